package e2e

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/i18n/catalog"
)

// interfaceTexts collects the page's text nodes and its labelling
// attributes (placeholder, aria-label, title), trimmed, leaving out the
// dataset's English text (inside lang="en") and the language switcher.
const interfaceTexts = `(() => {
	const out = [];
	const skip = (el) => el && el.closest && (el.closest('[lang="en"]:not(html)') || el.closest(".lang-switcher") || el.closest("script,style,noscript"));
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		if (!skip(n.parentElement) && n.textContent.trim()) out.push(n.textContent.trim());
	}
	for (const el of document.body.querySelectorAll("[placeholder],[aria-label],[title]")) {
		if (skip(el)) continue;
		for (const a of ["placeholder", "aria-label", "title"]) if (el.getAttribute(a)) out.push(el.getAttribute(a).trim());
	}
	return out;
})()`

// englishLeft lists the interface texts that are an English message
// whose translation in lang differs: labels the page forgot to translate.
func englishLeft(texts []string, lang string) []string {
	p := catalog.Printer(lang)
	seen := map[string]bool{}
	for _, s := range texts {
		seen[s] = true
	}
	var left []string
	for _, k := range i18n.English.Keys() {
		m, _ := i18n.English.Message(k)
		if strings.Contains(m, "{") || len([]rune(m)) < 3 || p.T(k) == m {
			continue
		}
		if seen[m] {
			left = append(left, m)
		}
	}
	return left
}

// /?lang=de is German before and after the wasm runs: navigation, facet
// names, dates and numbers, with no English label left but the dataset's
// own text, which is marked lang="en".
func TestGermanInterface(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	check := func(when string) {
		t.Helper()
		var texts []string
		tb.eval(t, interfaceTexts, &texts)
		if left := englishLeft(texts, "de"); len(left) > 0 {
			t.Errorf("%s: English left in the German interface: %q", when, left)
		}
		var got struct {
			Lang, Nav, Legend, Date, Count, Title string
		}
		tb.eval(t, `({lang: document.documentElement.lang,
			nav: document.querySelector(".site-header nav").textContent,
			legend: document.querySelector("#filters summary").textContent,
			date: document.querySelector(".event-meta time").textContent,
			count: document.querySelector(".result-count").textContent,
			title: document.querySelector(".event-list h3").getAttribute("lang")})`, &got)
		if got.Lang != "de" || !strings.Contains(got.Nav, "Erkunden") || !strings.Contains(got.Nav, "Zeitleiste") || got.Legend != "Art" {
			t.Errorf("%s: lang %q, navigation %q, first facet %q", when, got.Lang, got.Nav, got.Legend)
		}
		if !strings.Contains(got.Count, "Ereignissen") || got.Title != "en" {
			t.Errorf("%s: count %q, title lang %q", when, got.Count, got.Title)
		}
		if !germanDate(got.Date) {
			t.Errorf("%s: the first date %q is not German", when, got.Date)
		}
	}
	// Before the wasm: scripts off.
	tb.run(t, emulation.SetScriptExecutionDisabled(true), chromedp.Navigate(s.URL+"/?lang=de"), waitJS(`true`))
	check("prerendered")
	tb.run(t, emulation.SetScriptExecutionDisabled(false), chromedp.Navigate(s.URL+"/?lang=de"), waitWasm())
	check("after the wasm")
	// Numbers: the total is over a thousand only in larger datasets; the
	// facet counts and totals use the German digit grouping either way.
	var count string
	tb.eval(t, `document.querySelector(".result-count").textContent`, &count)
	if strings.Contains(count, ",") {
		t.Errorf("count %q has an English thousands separator", count)
	}
}

// germanDate reports whether s reads as a German date: "3. März 2023",
// "März 2023" or a year.
func germanDate(s string) bool {
	for _, m := range strings.Fields("Januar Februar März April Mai Juni Juli August September Oktober November Dezember") {
		if strings.Contains(s, m) {
			return true
		}
	}
	return len(s) == 4
}

// Choosing another language keeps the filters, and links keep the language.
func TestSwitchLanguageKeepsFilters(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/?kind=strike&lang=de"), waitWasm())
	tb.run(t, chromedp.Evaluate(`(() => { const l = document.getElementById("lang"); l.value = "pl"; l.dispatchEvent(new Event("change", {bubbles: true})); })()`, nil),
		waitJS(`new URL(location).searchParams.get("lang") === "pl"`), waitWasm(),
		waitJS(`document.querySelector("#filters summary") && document.querySelector("#filters summary").textContent === "Rodzaj"`))
	var got struct{ Kind, Href, Chip string }
	tb.eval(t, `({kind: new URL(location).searchParams.get("kind"),
		href: document.querySelector('.site-header nav a[href^="/timeline"]').getAttribute("href"),
		chip: document.querySelector(".active-filters .chip").textContent})`, &got)
	if got.Kind != "strike" || got.Href != "/timeline?lang=pl" || !strings.Contains(got.Chip, "Strajk") {
		t.Errorf("after switching to Polish: kind %q, timeline link %q, chip %q", got.Kind, got.Href, got.Chip)
	}
	// Without scripts the switcher is a GET form that carries the filters.
	tb.run(t, emulation.SetScriptExecutionDisabled(true), chromedp.Navigate(s.URL+"/?kind=strike&lang=pl"), waitJS(`true`))
	var hidden []string
	tb.eval(t, `[...document.querySelectorAll(".lang-switcher input[type=hidden]")].map(i => i.name + "=" + i.value)`, &hidden)
	if strings.Join(hidden, "&") != "kind=strike" {
		t.Errorf("the switcher's form carries %q, want kind=strike", hidden)
	}
}

// Without lang, the first visit follows the browser's preferred languages
// and writes the language into the URL.
func TestPreferredLanguage(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		return emulation.SetUserAgentOverride("Mozilla/5.0 LaborLens test").WithAcceptLanguage("fr-FR,fr;q=0.9").Do(ctx)
	}), chromedp.Navigate(s.URL+"/"), waitWasm(),
		waitJS(`new URL(location).searchParams.get("lang") === "fr" && document.documentElement.lang === "fr"`))
	var nav string
	tb.eval(t, `document.querySelector(".site-header nav").textContent`, &nav)
	if !strings.Contains(nav, "Chronologie") {
		t.Errorf("navigation %q is not French", nav)
	}
}

// /embed/charts/per-year?lang=pl draws Polish axis names and legend, and
// its prerendered table is Polish too.
func TestPolishChartEmbed(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/embed/charts/per-year?lang=pl"), waitWasm(),
		waitJS(`(() => { const el = document.querySelector(".chart"); const c = el && window.echarts && echarts.getInstanceByDom(el); return c && c.getOption().series.length > 0; })()`))
	var got struct {
		X, Y, Title string
		Series      []string
		Columns     []string
		Lang        string
	}
	tb.eval(t, `(() => { const o = echarts.getInstanceByDom(document.querySelector(".chart")).getOption();
		return {x: o.xAxis[0].name, y: o.yAxis[0].name, title: o.title[0].text, series: o.series.map(s => s.name),
			columns: [...document.querySelectorAll(".chart-table th[scope=col], .chart-table thead th")].map(th => th.textContent),
			lang: document.documentElement.lang}; })()`, &got)
	if got.X != "Rok" || got.Y != "Wydarzenia" || got.Title != "Wydarzenia według roku i rodzaju" || got.Lang != "pl" {
		t.Errorf("axis names %q, %q, title %q, lang %q", got.X, got.Y, got.Title, got.Lang)
	}
	if !slices.Contains(got.Series, "Strajk") || slices.Contains(got.Series, "Strike") {
		t.Errorf("legend (series) %q, want Polish kinds", got.Series)
	}
	if len(got.Columns) > 0 && got.Columns[0] != "Rok" {
		t.Errorf("table columns %q", got.Columns)
	}
}

// "Streik" typed on the German explorer and "grève" on the French one
// find the strikes.
func TestSearchAcrossLanguages(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/?kind=strike"), waitWasm())
	strikes := resultCount(t, tb)
	for _, c := range []struct{ lang, q string }{{"de", "Streik"}, {"fr", "grève"}, {"fr", "greve"}} {
		tb.run(t, chromedp.Navigate(s.URL+"/?lang="+c.lang), waitWasm(), waitJS(`document.getElementById("q")`),
			chromedp.SendKeys("#q", c.q, chromedp.ByQuery),
			waitJS(`new URL(location).searchParams.get("q") === `+jsString(c.q)))
		var kinds []string
		tb.eval(t, `[...document.querySelectorAll(".event-list .event-meta .kind")].map(k => k.className)`, &kinds)
		n := resultCount(t, tb)
		if n < strikes || len(kinds) == 0 {
			t.Errorf("%q (%s) finds %d events, fewer than the %d strikes", c.q, c.lang, n, strikes)
		}
		strike := 0
		for _, k := range kinds {
			if strings.Contains(k, "kind-strike") {
				strike++
			}
		}
		if strike*2 < len(kinds) {
			t.Errorf("%q (%s): only %d of the first %d results are strikes", c.q, c.lang, strike, len(kinds))
		}
	}
}

// The other pages in German, as the server prerenders them: no English
// message is left outside the dataset's own text.
func TestGermanPages(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, emulation.SetScriptExecutionDisabled(true))
	var event string
	for _, path := range []string{"/charts", "/timeline", "/map", "/about", "/nope", "/embed/charts/per-year", "/embed/list", "/events/"} {
		if path == "/events/" {
			path += event
		}
		tb.run(t, chromedp.Navigate(s.URL+path+"?lang=de"), waitJS(`document.body`))
		if event == "" {
			tb.eval(t, `(() => { const a = document.querySelector('.event-list h3 a'); return a ? a.getAttribute("href").split("?")[0].split("/").pop() : ""; })()`, &event)
		}
		var texts []string
		tb.eval(t, interfaceTexts, &texts)
		if left := englishLeft(texts, "de"); len(left) > 0 {
			t.Errorf("%s?lang=de: English left: %q", path, left)
		}
	}
}

// go-app's loader pill reads in the page's language while the wasm loads:
// every text it shows, from the prerendered one to the last progress
// figure, is German on /?lang=de.
func TestLoaderInLanguage(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.__loader = [];
			new MutationObserver(() => {
				const l = document.getElementById("app-wasm-loader-label");
				if (l && l.textContent !== window.__loader[window.__loader.length - 1]) window.__loader.push(l.textContent);
			}).observe(document, {childList: true, subtree: true, characterData: true});`).Do(ctx)
		return err
	}), chromedp.Navigate(s.URL+"/?lang=de"), waitWasm())
	var labels []string
	tb.eval(t, `window.__loader`, &labels)
	if len(labels) == 0 {
		t.Fatal("the loader showed no label")
	}
	var wrong []string
	for _, l := range labels {
		if !strings.HasPrefix(l, "Interaktive Funktionen werden geladen… ") || strings.Contains(l, "Loading") {
			wrong = append(wrong, l)
		}
	}
	if len(wrong) > 0 {
		t.Errorf("the German page's loader showed %d labels not in German, first %q (of %d)", len(wrong), wrong[0], len(labels))
	}
}

// The tooltips of the largest chart and of the timeline (every event,
// those without a place named by their countries) on German pages are
// German but for the dataset's own words, which are marked English:
// outside those marks no country has its English name, and figures,
// dates and kinds are written the German way.
func TestGermanTooltips(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	for _, c := range []struct{ path, id string }{{"/embed/charts/largest", "chart-largest"}, {"/timeline", "timeline-chart"}} {
		tb.run(t, chromedp.Navigate(s.URL+c.path+"?lang=de"), waitWasm(), waitJS(drawn(c.id)))
		germanTooltips(t, tb, c.id)
	}
}

func germanTooltips(t *testing.T, tb *tab, id string) {
	t.Helper()
	var tips []string
	tb.eval(t, `echarts.getInstanceByDom(document.getElementById(`+jsString(id)+`)).getOption().series
		.flatMap(s => s.data).map(d => d && d.tooltip && d.tooltip.formatter || "")`, &tips)
	all := strings.Join(tips, "\n")
	if len(tips) == 0 || !strings.Contains(all, `<b><span lang="en">`) {
		t.Errorf("%s: the German tooltips do not mark the titles English: %.300q", id, tips)
		return
	}
	german := regexp.MustCompile(`<span lang="en">[^<]*</span>`).ReplaceAllString(all, "")
	de := catalog.Printer("de")
	for _, c := range dataset.Countries() {
		if n := dataset.CountryName(c.Code); n != de.Country(c.Code) && regexp.MustCompile(`\b`+regexp.QuoteMeta(n)+`\b`).MatchString(german) {
			t.Errorf("%s: a German tooltip names %q in English", id, n)
		}
	}
	if !regexp.MustCompile(`\d\.\d{3}`).MatchString(german) || !germanDate(german) || strings.Contains(german, "<br>Strike") {
		t.Errorf("%s: the German tooltips' own words are not German: %.600s", id, german)
	}
}
