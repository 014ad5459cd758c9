package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// warmState is what the page says of its warm-up worker (see
// internal/server/app-warm.js): <html data-warm> and the worker's error.
const warmState = `[document.documentElement.dataset.warm || "", window.laborlensWarmError || ""]`

// The page compiles the wasm once and runs the start of the same program
// in a worker (web/warm.js) before it runs the module itself: the worker
// answers, the app becomes interactive, with no console error and no CSP
// violation, and the worker's own dataset request is the only one the
// server sees (the page's is answered by the HTTP cache).
func TestStartWarmsUpInAWorker(t *testing.T) {
	s := startServer(t)
	for _, route := range []string{"/", "/charts", "/embed/list"} {
		tb := newBrowser(t, timeout(t, 2*time.Minute))
		tb.run(t, chromedp.Navigate(s.URL+route), waitWasm())
		var state []string
		tb.eval(t, warmState, &state)
		if state[0] != "done" || state[1] != "" {
			t.Errorf("%s: data-warm %q, worker error %q; want done", route, state[0], state[1])
		}
		var csp []string
		tb.eval(t, `window.__csp`, &csp)
		if len(csp) > 0 || len(tb.Errors()) > 0 {
			t.Errorf("%s: CSP violations %v, console errors %v", route, csp, tb.Errors())
		}
		// The app works: a search filters the list.
		if route == "/" {
			tb.run(t, chromedp.SendKeys("#q", "bessemer", chromedp.ByQuery),
				waitJS(`location.search.includes("q=bessemer") && document.querySelectorAll(".event-list .event-card").length > 0`))
		}
	}
	if dataTransfers := s.transfers("/web/dataset.bin"); dataTransfers != 3 {
		t.Errorf("three first visits transferred dataset.bin %d times, want once each:\n%s", dataTransfers, strings.Join(s.Logs(), "\n"))
	}
}

// Where the worker cannot help the page starts anyway: a worker that never
// answers is given up after the page's bound ("timeout"), a browser
// without workers starts at once ("none").
func TestStartWithoutTheWarmUpWorker(t *testing.T) {
	s := startServer(t)
	for _, c := range []struct{ stub, want string }{
		{`window.Worker = class { postMessage() {} terminate() {} };`, "timeout"},
		{`window.Worker = undefined;`, "none"},
	} {
		tb := newBrowser(t, timeout(t, 2*time.Minute))
		tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(c.stub).Do(ctx)
			return err
		}), chromedp.Navigate(s.URL+"/"), waitWasm())
		var state []string
		tb.eval(t, warmState, &state)
		if state[0] != c.want {
			t.Errorf("with %s data-warm is %q, want %q", c.stub, state[0], c.want)
		}
		if errs := tb.Errors(); len(errs) > 0 {
			t.Errorf("with %s: console errors %v", c.stub, errs)
		}
	}
}

// A sandboxed embed's origin is opaque: it cannot start a worker from
// LaborLens's origin, and starts without one.
func TestSandboxedEmbedStartsWithoutTheWorker(t *testing.T) {
	s := startServer(t)
	partner := partnerPage(t, `<iframe id="boxed" sandbox="allow-scripts" src="`+s.URL+`/embed/list?id=boxed" height="400" style="width:600px;border:0"></iframe>`)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(partner))
	frame := frameTarget(t, tb, "id=boxed")
	var state []string
	if err := chromedp.Run(frame, waitWasm(), chromedp.Evaluate(warmState, &state)); err != nil {
		t.Fatalf("the sandboxed embed did not start: %v", err)
	}
	if state[0] != "none" && state[0] != "failed" {
		t.Errorf("the sandboxed embed's data-warm is %q, want none or failed", state[0])
	}
}
