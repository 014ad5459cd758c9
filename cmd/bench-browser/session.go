package main

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/laborlens/laborlens/internal/bench"
)

// open serves LaborLens at n events, starts a fresh Chromium, runs before
// in it (e.g. starting the profiler) and loads route until the app is
// interactive. stop stops both.
func (r *runner) open(n int, route string, before ...chromedp.Action) (b *browser, stop func(), err error) {
	s, err := bench.StartEvents(r.bin, r.dir, n)
	if err != nil {
		return nil, nil, err
	}
	b, err = newBrowser(r.chromium, r.cpu)
	if err != nil {
		s.Stop()
		return nil, nil, err
	}
	stop = func() { b.close(); s.Stop() }
	if len(before) > 0 {
		if err := chromedp.Run(b.ctx, before...); err != nil {
			stop()
			return nil, nil, err
		}
	}
	if err := b.navigate(s.URL+route, 3*time.Minute); err != nil {
		stop()
		return nil, nil, err
	}
	return b, stop, nil
}

// typedThenErased is the keys that type query one character at a time,
// then erase it.
func typedThenErased(query string) []string {
	var keys []string
	for _, c := range query {
		keys = append(keys, string(c))
	}
	for range query {
		keys = append(keys, kb.Backspace)
	}
	return keys
}

// press sends key k to the focused element and waits until the page has
// settled (nothing changed for 300 ms after the input event). It returns
// the time from the input event to the page's last DOM change, in ms, or
// -1 when nothing changed.
func (b *browser) press(k string) (float64, error) {
	if err := chromedp.Run(b.ctx, chromedp.KeyEvent(k)); err != nil {
		return 0, err
	}
	if err := b.wait(time.Minute, `__perf.t0 > 0 && performance.now() - Math.max(__perf.t0, __perf.last) > 300`); err != nil {
		return 0, err
	}
	var v float64
	err := b.eval(5*time.Second, `__perf.last > 0 ? __perf.last - __perf.t0 : -1`, &v)
	return v, err
}

// startProfile starts Chromium's CPU profiler, sampling every 100 µs.
func startProfile() chromedp.Action {
	return chromedp.Tasks{profiler.Enable(), profiler.SetSamplingInterval(100), profiler.Start()}
}

// stopProfile stops the CPU profiler and returns what it recorded.
func (b *browser) stopProfile() (*profiler.Profile, error) {
	var prof *profiler.Profile
	err := chromedp.Run(b.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		prof, err = profiler.Stop().Do(ctx)
		return err
	}))
	if f := os.Getenv("BENCH_PROFILE_OUT"); f != "" && err == nil {
		// The whole profile, for Chromium's DevTools or a script.
		js, _ := json.Marshal(prof)
		err = os.WriteFile(f, js, 0o644)
	}
	return prof, err
}
