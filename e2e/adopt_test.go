package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// adoptProbe marks the prerendered filters' checkboxes and result cards,
// and records, when go-app's first mount replaces the prerender, which of
// them the page then holds and what it reads. Right after that mount it
// ticks a box of the last filter group, as a visitor might before the app
// has mounted that group's own elements.
const adoptProbe = `window.__adopt = null;
document.addEventListener("DOMContentLoaded", () => {
  const root = document.body.firstElementChild;
  const boxes = () => [...document.querySelectorAll("#filters input[type=checkbox]")];
  const cards = () => [...document.querySelectorAll(".event-list article")];
  const text = () => [...document.querySelectorAll("#filters, .event-list")].map(e => e.textContent.replace(/\s+/g, "")).join("|");
  boxes().concat(cards()).forEach(e => e.__pre = true);
  const prerendered = text();
  new MutationObserver((_, o) => {
    if (root.isConnected) return;
    o.disconnect();
    const tick = document.querySelector("#facet-outcome input[type=checkbox]");
    window.__adopt = {
      boxes: boxes().length, preBoxes: boxes().filter(e => e.__pre).length,
      cards: cards().length, preCards: cards().filter(e => e.__pre).length,
      same: text() === prerendered, prerendered, mounted: text(),
      ticked: tick ? tick.value : "", tickedPre: !!(tick && tick.__pre),
    };
    setTimeout(() => tick && tick.click(), 0);
  }).observe(document.body, {childList: true});
});`

// The app's first mount keeps the prerendered filters and results (the
// same nodes, so what they show, their ticks and focus stay) rather than
// building them anew in the same task, and mounts its own a frame at a
// time after: by the time the app is ready no prerendered node is left,
// the page reads as it did, and a box ticked in between counts.
func TestFirstMountAdoptsThePrerender(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(adoptProbe).Do(ctx)
		return err
	}), chromedp.Navigate(s.URL+"/"), waitWasm())
	var at struct {
		Boxes, PreBoxes, Cards, PreCards int
		Same                             bool
		Prerendered, Mounted, Ticked     string
		TickedPre                        bool
	}
	tb.eval(t, `window.__adopt`, &at)
	if at.Boxes == 0 || at.Cards == 0 {
		t.Fatalf("after the first mount the page has %d filter boxes and %d result cards", at.Boxes, at.Cards)
	}
	if at.PreBoxes != at.Boxes || at.PreCards != at.Cards {
		t.Errorf("the first mount rebuilt the prerender: %d of %d filter boxes and %d of %d result cards are the prerendered ones", at.PreBoxes, at.Boxes, at.PreCards, at.Cards)
	}
	if !at.Same {
		t.Errorf("the first mount changed what the filters and results read:\nprerendered %.300s\nmounted     %.300s", at.Prerendered, at.Mounted)
	}
	if at.Ticked == "" || !at.TickedPre {
		t.Fatalf("the outcome group had no prerendered box to tick after the first mount (%q, prerendered %v)", at.Ticked, at.TickedPre)
	}
	var after struct {
		Pre         int
		Text, Query string
		Checked     bool
	}
	tb.run(t, waitJS(`new URL(location).searchParams.get("outcome") === `+jsString(at.Ticked)))
	tb.run(t, waitJS(`document.querySelector(".result-count") && document.querySelector("#facet-outcome input:checked")`))
	tb.eval(t, `({
		pre: [...document.querySelectorAll("#filters input[type=checkbox], .event-list article")].filter(e => e.__pre).length,
		query: location.search,
		checked: [...document.querySelectorAll("#facet-outcome input")].some(i => i.value === `+jsString(at.Ticked)+` && i.checked),
	})`, &after)
	if after.Pre != 0 {
		t.Errorf("%d prerendered filter boxes or result cards are still in the page once the app is ready", after.Pre)
	}
	if !after.Checked || !strings.Contains(after.Query, "outcome="+at.Ticked) {
		t.Errorf("the box ticked before its group was the app's: query %q, checked %v", after.Query, after.Checked)
	}
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("console errors: %s", strings.Join(errs, "\n"))
	}
}

// The timeline's chronology (100 cards, static links) keeps the
// prerendered list once the app runs, instead of go-app building it again
// at start-up; its links still navigate within the app, and a change of
// filters lists the events anew.
func TestTimelineKeepsItsPrerenderedList(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`document.addEventListener("DOMContentLoaded", () => {
  window.__pre = [...document.querySelectorAll(".chronology article")].map(e => (e.__pre = true, e)).length;
});`).Do(ctx)
		return err
	}), chromedp.Navigate(s.URL+"/timeline"), waitWasm())
	var kept struct{ Pre, Cards, Kept int }
	tb.eval(t, `({pre: window.__pre, cards: document.querySelectorAll(".chronology article").length,
		kept: [...document.querySelectorAll(".chronology article")].filter(e => e.__pre).length})`, &kept)
	if kept.Pre < 50 || kept.Cards != kept.Pre || kept.Kept != kept.Pre {
		t.Fatalf("the prerendered chronology had %d cards; the app shows %d, %d of them the prerendered ones", kept.Pre, kept.Cards, kept.Kept)
	}
	tb.run(t, chromedp.Evaluate(`window.__same = true; document.querySelector(".chronology article h3 a").click()`, nil),
		waitJS(`location.pathname.startsWith("/events/") && document.querySelector("h1")`))
	var same bool
	tb.eval(t, `window.__same === true`, &same)
	if !same {
		t.Error("following a card of the kept list reloaded the page")
	}
	tb.run(t, chromedp.Evaluate(`history.back()`, nil), waitJS(`location.pathname === "/timeline" && document.querySelector(".chronology article")`),
		chromedp.Evaluate(`goappNav("/timeline?kind=strike")`, nil),
		waitJS(`document.querySelectorAll(".chronology .kind").length > 0 && [...document.querySelectorAll(".chronology .kind")].every(k => k.classList.contains("kind-strike"))`))
}

// The charts' data tables are static: the app keeps the prerendered ones
// (the same nodes, ~2,000 of them on /charts) instead of building them
// again in its first mount, and they read as they did; a filter that
// changes the numbers replaces them with the app's own.
func TestChartsKeepThePrerenderedTables(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`document.addEventListener("DOMContentLoaded", () => {
  window.__tables = [...document.querySelectorAll(".chart-table table")].map(e => (e.__pre = true, e.textContent));
});`).Do(ctx)
		return err
	}), chromedp.Navigate(s.URL+"/charts"), waitWasm())
	tables := `[...document.querySelectorAll(".chart-table table")]`
	var got struct {
		N, Pre int
		Same   bool
	}
	tb.eval(t, `(t => ({n: t.length, pre: t.filter(e => e.__pre).length,
  same: JSON.stringify(t.map(e => e.textContent)) === JSON.stringify(window.__tables)}))(`+tables+`)`, &got)
	if got.N != len(chartIDs) || got.Pre != got.N || !got.Same {
		t.Errorf("after the app started /charts has %d chart tables, %d of them prerendered (want %d, all), reading the same: %v", got.N, got.Pre, len(chartIDs), got.Same)
	}
	// Strikes alone, in the app: the numbers change, and the tables are
	// the app's own.
	tb.run(t, chromedp.Evaluate(`(() => {
  const a = document.createElement("a");
  a.href = "/charts?kind=strike";
  document.querySelector("main").append(a);
  a.click();
})()`, nil), waitJS(`location.search === "?kind=strike"`), waitJS(tables+`.length === `+strconv.Itoa(len(chartIDs))+` && `+tables+`.every(e => !e.__pre)`))
}
