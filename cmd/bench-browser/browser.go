package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/laborlens/laborlens/internal/bench"
)

// probe is evaluated in every document before its own scripts: it records
// long tasks, the moment the app is interactive (go-app has mounted the
// page: data-app="ready" on <html>), and for keystrokes the input event's
// time and the last DOM change after it.
const probe = `window.__perf = {long: [], ready: -1, t0: 0, h: 0, last: 0};
try { new PerformanceObserver(l => { for (const e of l.getEntries()) __perf.long.push([e.startTime, e.duration]); }).observe({type: "longtask", buffered: true}); } catch (e) {}
new MutationObserver(() => {
  if (__perf.ready < 0 && document.documentElement.dataset.app === "ready") __perf.ready = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-app"]});
document.addEventListener("input", e => { __perf.t0 = e.timeStamp; __perf.h = performance.now(); __perf.last = 0; }, true);
document.addEventListener("DOMContentLoaded", () => {
  new MutationObserver(() => { __perf.last = performance.now(); })
    .observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
});`

// browser is one fresh headless Chromium with its own profile.
type browser struct {
	ctx     context.Context
	cancel  func()
	profile string
}

func newBrowser(exe string, throttle float64) (*browser, error) {
	profile, err := os.MkdirTemp("", "laborlens-bench-")
	if err != nil {
		return nil, err
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), bench.ChromiumOptions(exe, profile)...)
	ctx, cancel := chromedp.NewContext(actx)
	b := &browser{ctx: ctx, profile: profile, cancel: func() { cancel(); cancelAlloc(); os.RemoveAll(profile) }}
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if _, err := page.AddScriptToEvaluateOnNewDocument(probe).Do(ctx); err != nil {
			return err
		}
		if throttle > 1 {
			return emulation.SetCPUThrottlingRate(throttle).Do(ctx)
		}
		return nil
	}))
	if err != nil {
		b.cancel()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	return b, nil
}

func (b *browser) close() { b.cancel() }

// eval evaluates expr into out within d.
func (b *browser) eval(d time.Duration, expr string, out any) error {
	ctx, cancel := context.WithTimeout(b.ctx, d)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate(expr, out))
}

// wait polls a JavaScript condition every 20 ms until it holds or d passes.
func (b *browser) wait(d time.Duration, cond string) error {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		var ok bool
		if err := b.eval(5*time.Second, "!!("+cond+")", &ok); err == nil && ok {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("timed out after %s waiting for %s", d, cond)
}

// navigate loads url and waits until the app is interactive.
func (b *browser) navigate(url string, d time.Duration) error {
	ctx, cancel := context.WithTimeout(b.ctx, d)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(url)); err != nil {
		return fmt.Errorf("loading %s: %w", url, err)
	}
	return b.wait(d, `window.__perf && __perf.ready >= 0`)
}

// timings are what one page load measured, in milliseconds.
type timings struct {
	FCP   float64 `json:"fcp"`
	Ready float64 `json:"ready"`
	TBT   float64 `json:"tbt"`
	HTML  float64 `json:"html"` // decoded size of the document
}

// timingsJS computes total blocking time as Lighthouse does: the part over
// 50 ms of every long task between first contentful paint and the moment
// the app is interactive.
const timingsJS = `(() => {
  const fcp = (performance.getEntriesByName("first-contentful-paint")[0] || {startTime: -1}).startTime;
  const nav = performance.getEntriesByType("navigation")[0];
  let tbt = 0;
  for (const [start, dur] of __perf.long) {
    if (start + dur > fcp && start < __perf.ready) tbt += Math.max(0, dur - 50);
  }
  return {fcp, ready: __perf.ready, tbt, html: nav ? nav.decodedBodySize : -1};
})()`

func (b *browser) timings() (timings, error) {
	var t timings
	err := b.eval(10*time.Second, timingsJS, &t)
	return t, err
}
