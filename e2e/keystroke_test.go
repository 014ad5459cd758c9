package e2e

import (
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
	tb.eval(t, `(() => {
		const box = document.getElementById("q"), out = [];
		for (const q of `+jsStrings(queries)+`) {
			box.value = q;
			box.dispatchEvent(new Event("input", {bubbles: true}));
			out.push(`+snapshotJS+`);
		}
		return out;
	})()`, &sync)
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
