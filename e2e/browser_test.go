package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/laborlens/laborlens/internal/bench"
)

// tab is one browser tab with everything it reported to its console.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	errors  []string
	dialogs atomic.Int64 // alert, confirm and prompt dialogs opened: written by CDP's goroutine
}

// newBrowser starts a fresh headless Chromium with its own profile and
// returns its first tab. Everything is closed when the test ends.
func newBrowser(t *testing.T, parent context.Context) *tab {
	t.Helper()
	// A fresh profile. Not t.TempDir: Chromium may still be writing to it
	// while the test's cleanups run, so it is removed best-effort.
	profile, err := os.MkdirTemp("", "laborlens-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := bench.ChromiumOptions(browser, profile)
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
		time.Sleep(100 * time.Millisecond) // let Chromium let go of its profile; no assertion follows
		os.RemoveAll(profile)
	})
	tb := &tab{ctx: ctx}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				tb.addError("console.error: " + strings.Join(parts, " "))
			}
		case *page.EventJavascriptDialogOpening:
			tb.dialogs.Add(1)
		case *runtime.EventExceptionThrown:
			tb.addError("exception: " + ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				tb.addError(fmt.Sprintf("log %s: %s (%s)", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	// Record CSP violations in the page itself, too.
	err = chromedp.Run(ctx, log.Enable(), runtime.Enable(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber + " " + e.sample));`).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return tb
}

func (tb *tab) addError(s string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.errors = append(tb.errors, s)
}

// Errors returns console errors, exceptions and error log entries so far.
func (tb *tab) Errors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errors...)
}

// run runs actions in the tab, failing the test on error.
func (tb *tab) run(t *testing.T, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(tb.ctx, actions...); err != nil {
		t.Fatalf("browser: %v\nconsole: %s", err, strings.Join(tb.Errors(), "\n"))
	}
}

// eval evaluates a JavaScript expression into out.
func (tb *tab) eval(t *testing.T, expr string, out any) {
	t.Helper()
	tb.run(t, chromedp.Evaluate(expr, out))
}

// waitWasm waits until go-app has started the wasm (its loader is gone)
// and the app has mounted the page with its event handlers.
func waitWasm() chromedp.Action {
	return waitJS(`document.getElementById("app-wasm-loader") === null && document.documentElement.dataset.app === "ready"`)
}

// waitJS polls a JavaScript condition until it is true, for up to a
// minute. Errors while a page is being replaced (a reload) are retried.
func waitJS(cond string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(60 * time.Second)
		var lastErr error
		for time.Now().Before(deadline) {
			var ok bool
			err := chromedp.Evaluate("!!("+cond+")", &ok).Do(ctx)
			if err == nil && ok {
				return nil
			}
			lastErr = err
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
		return fmt.Errorf("timed out waiting for %s (last error: %v)", cond, lastErr)
	})
}

// screenshot saves a PNG of the page as name under $LABORLENS_SCREENSHOTS,
// when that is set (make screenshots sets it to docs/).
func (tb *tab) screenshot(t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("LABORLENS_SCREENSHOTS")
	if dir == "" {
		return
	}
	var png []byte
	tb.run(t, chromedp.CaptureScreenshot(&png))
	if err := os.WriteFile(dir+"/"+name, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// click waits for the element matching sel and clicks it from script, so a
// re-render between finding and clicking cannot lose the click.
func click(sel string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := waitJS(`document.querySelector(` + jsString(sel) + `)`).Do(ctx); err != nil {
			return err
		}
		return chromedp.Evaluate(`document.querySelector(`+jsString(sel)+`).click()`, nil).Do(ctx)
	})
}
