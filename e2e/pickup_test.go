package e2e

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// slowNetwork throttles the tab so that the wasm (about 2 MB compressed)
// takes several seconds to arrive, as on a slow phone connection.
func slowNetwork() chromedp.Action {
	return chromedp.Tasks{
		network.Enable(),
		network.EmulateNetworkConditions(false, 40, 250*1024, 250*1024),
	}
}

// What a visitor types, ticks and chooses in the prerendered page while the
// wasm is still downloading is all there once the app runs: the query, with
// the focus and caret still in the box, the ticked kind, the chosen order,
// and their results; typing goes on without a lost keystroke.
func TestNothingIsLostBeforeTheApp(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, slowNetwork(), chromedp.Navigate(s.URL+"/"), waitJS(`document.getElementById("q")`))

	tb.run(t, chromedp.Click("#f-kind-union-election", chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const s = document.getElementById("sort"); s.value = "oldest"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`, nil),
		chromedp.Click("#q", chromedp.ByQuery),
		input.InsertText("besemer"))
	var early string
	tb.eval(t, `document.documentElement.dataset.app === "ready" ? "" : location.search`, &early)
	if early == "" {
		t.Fatal("the app was running before the test had typed: the network is not slow enough to test the prerendered page")
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(early, "?"))
	if q.Get("q") != "besemer" || q.Get("kind") != "union-election" || q.Get("sort") != "oldest" {
		t.Errorf("before the app ran, the URL was %q: it does not follow what the visitor did", early)
	}

	tb.run(t, waitWasm(), input.InsertText(" vote"),
		waitJS(`new URL(location).searchParams.get("q") === "besemer vote"`))
	var state struct {
		Value, Focus, Sort string
		Caret              int
		Ticked             []string
		Kinds, Dates       []string
	}
	tb.eval(t, `({
		value: document.getElementById("q").value,
		focus: document.activeElement && document.activeElement.id,
		caret: document.getElementById("q").selectionStart,
		sort: document.getElementById("sort").value,
		ticked: [...document.querySelectorAll(".facets input:checked")].map(i => i.id),
		kinds: [...new Set([...document.querySelectorAll(".event-list .kind")].map(k => k.textContent))],
		dates: [...document.querySelectorAll(".event-list time")].map(t => t.getAttribute("datetime")),
	})`, &state)
	if state.Value != "besemer vote" || state.Focus != "q" || state.Caret != len("besemer vote") {
		t.Errorf("after the app started the box holds %q with the focus on %q and the caret at %d: typing was lost", state.Value, state.Focus, state.Caret)
	}
	if strings.Join(state.Ticked, ",") != "f-kind-union-election" || state.Sort != "oldest" {
		t.Errorf("after the app started: ticked %v, order %q; want the union-election kind and oldest first", state.Ticked, state.Sort)
	}
	if len(state.Dates) == 0 || len(state.Kinds) != 1 || state.Kinds[0] != "Union election" {
		t.Fatalf("the results are not the visitor's: kinds %v, %d events", state.Kinds, len(state.Dates))
	}
	for i := 1; i < len(state.Dates); i++ {
		if state.Dates[i] < state.Dates[i-1] {
			t.Errorf("results not oldest first: %v", state.Dates)
			break
		}
	}
	var bessemer bool
	tb.eval(t, `[...document.querySelectorAll(".event-list h3")].some(h => h.textContent.includes("Bessemer"))`, &bessemer)
	if !bessemer {
		t.Error("“besemer vote” with union elections does not find Bessemer")
	}
}
