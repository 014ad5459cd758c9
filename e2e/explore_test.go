package e2e

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// resultCount reads "12 of 331 events" from the page.
func resultCount(t *testing.T, tb *tab) int {
	t.Helper()
	var text string
	tb.eval(t, `document.querySelector(".result-count").textContent`, &text)
	n, err := strconv.Atoi(strings.Fields(text)[0])
	if err != nil {
		t.Fatalf("result count %q: %v", text, err)
	}
	return n
}

func titles(t *testing.T, tb *tab) []string {
	t.Helper()
	var out []string
	tb.eval(t, `[...document.querySelectorAll(".event-list h3")].map(h => h.textContent)`, &out)
	return out
}

// A visitor types a query, with a typo, and finds the event; the URL keeps
// the query; no keystroke is lost; "/" focuses the box.
func TestSearchAsYouType(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm(), waitJS(`document.getElementById("q")`))

	// One keyDown carrying its text, as a real keyboard sends it (chromedp's
	// KeyEvent sends the character separately, which no preventDefault stops).
	tb.run(t, input.DispatchKeyEvent(input.KeyDown).WithKey("/").WithCode("Slash").WithText("/").WithWindowsVirtualKeyCode(191),
		input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191),
		waitJS(`document.activeElement && document.activeElement.id === "q" && document.activeElement.value === ""`))
	tb.run(t, chromedp.SendKeys("#q", "besemer union", chromedp.ByQuery),
		waitJS(`new URL(location).searchParams.get("q") === "besemer union"`))
	var value string
	tb.eval(t, `document.getElementById("q").value`, &value)
	if value != "besemer union" {
		t.Fatalf("the search box holds %q after typing %q: keystrokes were lost", value, "besemer union")
	}
	tb.run(t, waitJS(`[...document.querySelectorAll(".event-list h3")].some(h => h.textContent.includes("Bessemer"))`))
	if n := resultCount(t, tb); n == 0 || n > 40 {
		t.Errorf("“besemer union” found %d events", n)
	}
	var marks int
	tb.eval(t, `document.querySelectorAll(".event-list mark").length`, &marks)
	if marks == 0 {
		t.Error("the matched letters are not highlighted")
	}
	tb.screenshot(t, "screenshot-search.png")

	// Reloading the URL reproduces the view.
	var before []string = titles(t, tb)
	tb.run(t, chromedp.Reload(), waitWasm())
	if after := titles(t, tb); strings.Join(after, "|") != strings.Join(before, "|") {
		t.Errorf("a reload shows other results:\n%v\n%v", before, after)
	}
}

// Hostile search text is shown as text, never run.
func TestHostileQueryIsInert(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	hostile := `<img src=x onerror=alert(1)>"><script>alert(2)</script>`
	tb.run(t, chromedp.Navigate(s.URL+"/?q="+urlQueryEscape(hostile)), waitWasm(),
		chromedp.SendKeys("#q", "<b>x</b>", chromedp.ByQuery),
		// The app has taken the typed text: it is in the URL and the results
		// say what they were searched for.
		waitJS(`new URL(location).searchParams.get("q").endsWith("<b>x</b>")`),
		waitJS(`document.querySelector(".result-count") !== null`))
	var injected int
	tb.eval(t, `document.querySelectorAll("main img, main script, main b").length`, &injected)
	if dialogs := tb.dialogs.Load(); injected != 0 || dialogs != 0 {
		t.Fatalf("hostile query injected %d elements and opened %d dialogs", injected, dialogs)
	}
}

// Facets apply by clicking and through the URL, combine, show live counts,
// and back/forward walk through the changes.
func TestFacetsAndHistory(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	total := resultCount(t, tb)

	var label string
	tb.eval(t, `document.querySelector("label[for='f-kind-strike']").textContent`, &label)
	want, _ := strconv.Atoi(strings.Trim(strings.Fields(label)[len(strings.Fields(label))-1], "()"))
	tb.run(t, click("#f-kind-strike"),
		waitJS(`new URL(location).searchParams.get("kind") === "strike"`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(want)+` ")`))
	var kinds []string
	tb.eval(t, `[...new Set([...document.querySelectorAll(".event-list .kind")].map(k => k.textContent))]`, &kinds)
	if len(kinds) != 1 || kinds[0] != "Strike" {
		t.Errorf("with kind=strike the list shows kinds %v", kinds)
	}

	// A second facet combines with the first; its counts follow the first.
	tb.run(t, click("#f-country-DE"),
		waitJS(`new URL(location).searchParams.get("country") === "DE"`))
	both := resultCount(t, tb)
	if both == 0 || both >= want {
		t.Errorf("strikes in Germany: %d of %d strikes", both, want)
	}

	tb.run(t, chromedp.NavigateBack(), waitJS(`!new URL(location).searchParams.has("country")`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(want)+` ")`))
	tb.run(t, chromedp.NavigateBack(), waitJS(`!new URL(location).searchParams.has("kind")`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(total)+` ")`))
	tb.run(t, chromedp.NavigateForward(), waitJS(`new URL(location).searchParams.get("kind") === "strike"`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(want)+` ")`))

	// Chips remove one filter; "clear all" removes every one.
	tb.run(t, chromedp.Navigate(s.URL+"/?kind=strike&country=DE&from=2015&to=2020"), waitWasm())
	var chips int
	tb.eval(t, `document.querySelectorAll(".active-filters .chip").length`, &chips)
	if chips != 3 {
		t.Errorf("%d filter chips for kind, country and years", chips)
	}
	tb.run(t, click(`.active-filters .link-button`),
		waitJS(`location.search === ""`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(total)+` ")`))
}

// The visitor opens an event page from the results and follows a source.
func TestOpenEventAndFollowSource(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/?q=jfk8"), waitWasm(),
		click(".event-list h3 a"),
		waitJS(`location.pathname.startsWith("/events/") && document.querySelector(".sources a")`))
	var href string
	tb.eval(t, `document.querySelector(".sources a").href`, &href)
	opened := make(chan string, 1)
	newTab := chromedp.WaitNewTarget(tb.ctx, func(info *target.Info) bool {
		if info.Type == "page" {
			select {
			case opened <- info.URL:
			default:
			}
			return true
		}
		return false
	})
	// A real mouse click: a click from script would count as a blocked popup.
	tb.run(t, chromedp.Click(".sources a", chromedp.ByQuery, chromedp.NodeVisible))
	select {
	case <-newTab:
		if u := <-opened; u != href && u != "about:blank" && u != "" {
			t.Errorf("the source opened %q, want %q", u, href)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("clicking a source did not open a new tab")
	}
	var path string
	tb.eval(t, `location.pathname`, &path)
	if !strings.HasPrefix(path, "/events/") {
		t.Errorf("following a source navigated LaborLens away to %q", path)
	}
}

// The current selection downloads as CSV with a citation line and one row
// per event.
func TestExportCSV(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	dir := t.TempDir()
	tb.run(t, cdpbrowser.SetDownloadBehavior(cdpbrowser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir).WithEventsEnabled(true),
		chromedp.Navigate(s.URL+"/?country=GB"), waitWasm())
	n := resultCount(t, tb)
	tb.run(t, click("#export-csv"))
	var file string
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) && file == "" {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
		if len(matches) > 0 {
			file = matches[0]
		}
		time.Sleep(100 * time.Millisecond) // poll interval, bounded by the deadline
	}
	if file == "" {
		t.Fatal("no CSV was downloaded")
	}
	if !strings.Contains(filepath.Base(file), "gb") {
		t.Errorf("the file %q is not named after the filter", filepath.Base(file))
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	first, rest, _ := strings.Cut(string(b), "\n")
	if !strings.HasPrefix(first, "# Source: ") {
		t.Errorf("the first line %q is not a citation", first)
	}
	rows, err := csv.NewReader(strings.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != n {
		t.Fatalf("the CSV has %d events, the page says %d", len(rows)-1, n)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	for _, r := range rows[1:] {
		if !strings.Contains(r[col["countries"]], "GB") {
			t.Errorf("row %s is not in GB: %q", r[col["id"]], r[col["countries"]])
		}
	}
}

// The explorer fits a 360 px wide phone: nothing overflows sideways.
func TestPhoneLayout(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, time.Minute))
	tb.run(t, chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Navigate(s.URL+"/?q=teamsters"), waitWasm())
	for _, path := range []string{"/?q=teamsters", "/events/2023-05-31-amazon-corporate-walkout-seattle-hq", "/about", "/facilities/JFK8"} {
		tb.run(t, chromedp.Navigate(s.URL+path), waitWasm())
		var overflow int
		tb.eval(t, `document.documentElement.scrollWidth - window.innerWidth`, &overflow)
		if overflow > 0 {
			t.Errorf("%s overflows a 360 px screen by %d px", path, overflow)
		}
	}
	tb.run(t, chromedp.Navigate(s.URL+"/?q=teamsters"), waitWasm())
	tb.screenshot(t, "screenshot-phone.png")
}
