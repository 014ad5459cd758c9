package e2e

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/laborlens/laborlens/view"

	"github.com/chromedp/chromedp"
)

// query reads the page's URL query.
func pageQuery(t *testing.T, tb *tab) url.Values {
	t.Helper()
	var search string
	tb.eval(t, `location.search`, &search)
	q, _ := url.ParseQuery(strings.TrimPrefix(search, "?"))
	return q
}

// navigated waits for a page load caused by a click or a form submission.
func navigated(t *testing.T, tb *tab, cond string) {
	t.Helper()
	tb.run(t, waitJS(`document.readyState === "complete" && (`+cond+`)`))
}

// Without scripts, the server does the work: the search form submits and
// finds Bessemer despite the typo, a ticked kind applies, "show more"
// opens page 2, the order applies, chips remove filters, "show all" lists
// every organization, and the charts' tables and the timeline's list are
// in the page.
func TestWorksWithoutScripts(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, withoutScripts(), chromedp.Navigate(s.URL+"/"))
	var scripts bool
	tb.eval(t, `typeof Go !== "undefined" || !!document.documentElement.dataset.app`, &scripts)
	if scripts {
		t.Fatal("the page's scripts ran: the test would not show the page without them")
	}
	total := resultCount(t, tb)
	searchAndFilterWithoutScripts(t, tb)
	pageAndSortWithoutScripts(t, tb, s.URL, total)
	showAllWithoutScripts(t, tb)
	chartsAsTextWithoutScripts(t, tb, s.URL)
}

// A search, a kind ticked and a chip removed, by forms and links alone.
func searchAndFilterWithoutScripts(t *testing.T, tb *tab) {
	tb.run(t, chromedp.SendKeys("#q", "besemer\r", chromedp.ByQuery))
	navigated(t, tb, `new URL(location).searchParams.get("q") === "besemer"`)
	if ts := titles(t, tb); len(ts) == 0 || !strings.Contains(strings.Join(ts, "|"), "Bessemer") {
		t.Fatalf("searching “besemer” without scripts found %v", ts)
	}
	var box string
	tb.eval(t, `document.getElementById("q").value`, &box)
	if box != "besemer" {
		t.Errorf("the search box shows %q after the search", box)
	}

	// Tick a kind and apply: the query stays, the kind joins it.
	tb.run(t, chromedp.Click("#f-kind-union-election", chromedp.ByQuery), chromedp.Click(".apply", chromedp.ByQuery))
	navigated(t, tb, `new URL(location).searchParams.get("kind") === "union-election"`)
	var kinds []string
	tb.eval(t, `[...new Set([...document.querySelectorAll(".event-list .kind")].map(k => k.textContent))]`, &kinds)
	if q := pageQuery(t, tb); q.Get("q") != "besemer" || len(kinds) != 1 || kinds[0] != "Union election" {
		t.Errorf("after ticking a kind: query %v, kinds shown %v", q, kinds)
	}

	// A chip removes its filter.
	tb.run(t, chromedp.Click(`.active-filters a.chip`, chromedp.ByQuery))
	navigated(t, tb, `!new URL(location).searchParams.has("kind")`)
}

// Page 2 of everything (of total events), then the order.
func pageAndSortWithoutScripts(t *testing.T, tb *tab, base string, total int) {
	tb.run(t, chromedp.Navigate(base+"/"))
	if n := len(titles(t, tb)); n != view.PageSize {
		t.Fatalf("the first page lists %d events, want %d", n, view.PageSize)
	}
	tb.run(t, chromedp.Click(".show-more", chromedp.ByQuery))
	navigated(t, tb, `new URL(location).searchParams.get("page") === "2"`)
	if n := len(titles(t, tb)); n != 2*view.PageSize || resultCount(t, tb) != total {
		t.Errorf("page 2 lists %d events of %d, want %d of %d", n, resultCount(t, tb), 2*view.PageSize, total)
	}
	tb.run(t, chromedp.SetValue("#sort", "oldest", chromedp.ByQuery), chromedp.Click(".apply", chromedp.ByQuery))
	navigated(t, tb, `new URL(location).searchParams.get("sort") === "oldest"`)
	var dates []string
	tb.eval(t, `[...document.querySelectorAll(".event-list time")].map(t => t.getAttribute("datetime"))`, &dates)
	for i := 1; i < len(dates); i++ {
		if dates[i] < dates[i-1] {
			t.Fatalf("sorted oldest first without scripts, the list is not: %v", dates[:i+1])
		}
	}
	var sortShown string
	tb.eval(t, `document.getElementById("sort").value`, &sortShown)
	if sortShown != "oldest" || len(dates) != view.PageSize {
		t.Errorf("after sorting: the select shows %q, %d events listed", sortShown, len(dates))
	}
}

// Every organization, a link away.
func showAllWithoutScripts(t *testing.T, tb *tab) {
	tb.run(t, chromedp.Click(`.facets details:nth-of-type(3)`+` summary`, chromedp.ByQuery),
		chromedp.Click(`.facets button.show-all[value=org]`, chromedp.ByQuery))
	navigated(t, tb, `new URL(location).searchParams.get("all") === "org"`)
	var orgs int
	tb.eval(t, `document.querySelectorAll("input[name=org]").length`, &orgs)
	if orgs <= 12 {
		t.Errorf("“show all” organizations lists %d", orgs)
	}
}

// Charts and timeline as text.
func chartsAsTextWithoutScripts(t *testing.T, tb *tab, base string) {
	tb.run(t, chromedp.Navigate(base+"/charts?kind=strike"))
	var tables int
	tb.eval(t, `[...document.querySelectorAll(".chart-table table")].filter(t => t.offsetParent !== null && t.rows.length > 1).length`, &tables)
	if tables < 6 {
		t.Errorf("without scripts /charts shows %d data tables, want one per chart", tables)
	}
	tb.run(t, chromedp.Navigate(base+"/timeline?kind=strike"))
	var listed int
	tb.eval(t, `document.querySelectorAll(".chronology .event-card").length`, &listed)
	if n := resultCount(t, tb); listed == 0 || listed != min(n, view.ChronologyLimit) {
		t.Errorf("the timeline's chronological list has %d events, its count says %d (the list holds up to %d)", listed, n, view.ChronologyLimit)
	}
	// Past the limit, it says so and links to all of them in the explorer.
	var all string
	tb.eval(t, `(document.querySelector(".chronology .list-cut a") || {}).href || ""`, &all)
	if resultCount(t, tb) > view.ChronologyLimit && !strings.Contains(all, "sort=oldest") {
		t.Errorf("the cut chronology links to %q, want all its events in the explorer, oldest first", all)
	}
}

// A static site answers every filtered URL with the unfiltered page; once
// the app runs it applies the URL, and the URL is unchanged.
func TestStaticSiteAppliesTheURL(t *testing.T) {
	base := serveStatic(t)

	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(base+"/?kind=strike&q=amazon&sort=oldest"), waitWasm(),
		waitJS(`document.getElementById("f-kind-strike").checked`))
	var st struct {
		Box, Sort, Search string
		Kinds             []string
	}
	tb.eval(t, `({box: document.getElementById("q").value, sort: document.getElementById("sort").value, search: location.search,
		kinds: [...new Set([...document.querySelectorAll(".event-list .kind")].map(k => k.textContent))]})`, &st)
	if st.Box != "amazon" || st.Sort != "oldest" || len(st.Kinds) != 1 || st.Kinds[0] != "Strike" {
		t.Errorf("the static site's app did not apply the URL: %+v", st)
	}
	if q, _ := url.ParseQuery(strings.TrimPrefix(st.Search, "?")); q.Get("kind") != "strike" || q.Get("q") != "amazon" || q.Get("sort") != "oldest" {
		t.Errorf("the URL changed to %q", st.Search)
	}
}
