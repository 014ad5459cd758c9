package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// snapshotJS is what a visitor reads of the explorer: the result count and
// the titles listed.
const snapshotJS = `document.querySelector(".result-count").textContent + " | " + [...document.querySelectorAll(".event-list h3")].map(h => h.textContent).join(" | ")`

// Each keystroke's results are on the page when its input event's
// handlers have returned, in the event's own task, so the browser paints
// them in its next frame: the app does not wait for a timer of its own
// before rendering (go-app's engine, patched in wasm/_modules/go-app).
// Typed fast, several keystrokes in one task, the last one's results are
// the ones shown.
func TestKeystrokeRendersInItsOwnTask(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	var initial string
	tb.eval(t, snapshotJS, &initial)

	queries := []string{"b", "be", "bes", "bessemer"}
	var sync []string
	typeEach(t, tb, queries, snapshotJS, &sync)
	for i, got := range sync {
		if got == initial {
			t.Errorf("right after the input event of %q the page still shows the results before it", queries[i])
		}
	}
	if sync[0] == sync[len(sync)-1] {
		t.Errorf("right after the input events of %q and %q the page shows the same: %s", queries[0], queries[len(queries)-1], brief(sync[0]))
	}

	// Once the app is done (the address follows the query), the page is
	// what it showed at once.
	tb.run(t, waitJS(`new URL(location).searchParams.get("q") === "bessemer"`))
	var settled string
	tb.eval(t, snapshotJS, &settled)
	if last := sync[len(sync)-1]; last != settled {
		t.Errorf("right after the input event of %q the page showed\n%s\nand later\n%s", queries[len(queries)-1], brief(last), brief(settled))
	}
}

// typeEach puts each of queries in the search box with its input event,
// all in one task, and reads expr right after each event into out, a
// slice.
func typeEach(t *testing.T, tb *tab, queries []string, expr string, out any) {
	t.Helper()
	tb.eval(t, `(() => {
		const box = document.getElementById("q"), out = [];
		for (const q of `+jsStrings(queries)+`) {
			box.value = q;
			box.dispatchEvent(new Event("input", {bubbles: true}));
			out.push(`+expr+`);
		}
		return out;
	})()`, out)
}

// jsStrings is a JavaScript array literal of ss.
func jsStrings(ss []string) string {
	out := "["
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += jsString(s)
	}
	return out + "]"
}

// brief is the start of a snapshot, for a message.
func brief(s string) string {
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// While the visitor types, every filter value keeps its place: values
// leave the lists and come back, their counts change, but none moves
// ahead of another (each facet's order is the whole dataset's, see
// query.Facets), so a value does not jump away under the pointer.
func TestFacetOrderStaysWhileTyping(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	const order = `[...document.querySelectorAll(".facets input[type=checkbox]")].map(b => b.name + "=" + b.value)`
	var initial []string
	tb.eval(t, order, &initial)
	place := map[string]int{}
	for i, v := range initial {
		place[v] = i
	}
	var typed [][]string
	typeEach(t, tb, []string{"a", "am", "ama", "s", "st", "str", "strike", "b", "be", "bes"}, order, &typed)
	changed := false
	for i, values := range typed {
		last, lastV := -1, ""
		for _, v := range values {
			p, ok := place[v]
			if !ok {
				continue // shown now, beyond the first values before
			}
			if p < last {
				t.Errorf("keystroke %d: %s moved ahead of %s", i+1, v, lastV)
			}
			last, lastV = p, v
		}
		changed = changed || strings.Join(values, " ") != strings.Join(initial, " ")
	}
	if !changed {
		t.Error("no keystroke changed the filter lists: the test types nothing that they follow")
	}
}

// A result row that stays in the results while the visitor types keeps
// its DOM node, wherever it moves in the list: go-app's update matches
// the rows by event (resultRow.Key, wasm/_modules/go-app keyed.go) rather
// than by position, where a list shifted by one rewrote every row.
func TestResultRowsKeepTheirNodesWhileTyping(t *testing.T) {
	keptWhileTyping(t, "rows", "no row that stayed moved in the list: the test types nothing that reorders the results",
		`new Map([...document.querySelectorAll(".results .event-list > li")].map((li, i) => [li.id, {li, i}]))`)
}

// A filter value that stays in its facet's list while the visitor types
// keeps its DOM node when values before it leave the list or come back:
// go-app's update matches a facet's values by value (facetValue.Key,
// wasm/_modules/go-app keyed.go) rather than by position, where a value
// that left shifted every value after it and rewrote their checkboxes.
func TestFacetValuesKeepTheirNodesWhileTyping(t *testing.T) {
	keptWhileTyping(t, "filter values", "no filter value that stayed changed its place in its list: the test types nothing that makes values leave or come back",
		`new Map([...document.querySelectorAll(".facets input[type=checkbox]")].map(b => {
			const li = b.closest("li");
			return [b.name + "=" + b.value, {li, i: [...li.parentNode.children].indexOf(li)}];
		}))`)
}

// keptStep is what one keystroke did to a list's items: how many of those
// that stayed kept their node, how many of them moved, and the keys of
// those that got a new node.
type keptStep struct {
	Q     string   `json:"q"`
	Kept  int      `json:"kept"`
	Moved int      `json:"moved"`
	Lost  []string `json:"lost"`
}

// keptWhileTyping opens the explorer, types and erases a few queries, and
// compares after each keystroke the items that items (a JavaScript
// expression: a Map of each item's key to its node li and place i) lists
// with those before it: every item that stayed must have kept its node,
// and some must have moved (else it reports unmoved).
func keptWhileTyping(t *testing.T, what, unmoved, items string) {
	t.Helper()
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	var steps []keptStep
	queries := []string{"b", "be", "bes", "bess", "bes", "be", "b", "", "h", "he", "h", ""}
	tb.eval(t, `(() => {
		const box = document.getElementById("q"), out = [];
		const items = () => `+items+`;
		let prev = items();
		for (const q of `+jsStrings(queries)+`) {
			box.value = q;
			box.dispatchEvent(new Event("input", {bubbles: true}));
			const now = items();
			let kept = 0, moved = 0, lost = [];
			for (const [key, {li, i}] of now) {
				const p = prev.get(key);
				if (!p) continue;
				if (p.li !== li) { lost.push(key); continue; }
				kept++;
				if (p.i !== i) moved++;
			}
			out.push({q, kept, moved, lost});
			prev = now;
		}
		return out;
	})()`, &steps)
	moved := 0
	for _, st := range steps {
		if len(st.Lost) > 0 {
			t.Errorf("typing %q: %d %s that stayed got new nodes (%s), %d kept theirs", st.Q, len(st.Lost), what, strings.Join(st.Lost, ", "), st.Kept)
		}
		moved += st.Moved
	}
	if moved == 0 {
		t.Errorf("%s (%+v)", unmoved, steps)
	}
}
