package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// In the app, "show all" (a submit button of the explorer's form) lists
// every organization without a reload, keeping what was typed.
func TestShowAllInTheApp(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm(), waitJS(`document.getElementById("q")`))
	tb.run(t, chromedp.SendKeys("#q", "amazon", chromedp.ByQuery),
		waitJS(`new URL(location).searchParams.get("q") === "amazon"`),
		chromedp.Evaluate(`window.__sameDocument = true`, nil),
		click(`.facets button.show-all[value=org]`),
		waitJS(`new URL(location).searchParams.get("all") === "org"`),
		// The URL changes first, the list in the next frame.
		waitJS(`document.querySelectorAll("input[name=org]").length > 12`))
	var got struct {
		Q    string `json:"q"`
		Orgs int    `json:"orgs"`
		Same bool   `json:"same"`
	}
	tb.eval(t, `({q: new URL(location).searchParams.get("q"), orgs: document.querySelectorAll("input[name=org]").length, same: !!window.__sameDocument})`, &got)
	if got.Q != "amazon" || got.Orgs <= 12 || !got.Same {
		t.Errorf("after “show all” organizations: q=%q, %d organizations listed, same document %v (want amazon, more than 12, true)", got.Q, got.Orgs, got.Same)
	}
}
