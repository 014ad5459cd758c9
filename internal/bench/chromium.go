package bench

import (
	"os"

	"github.com/chromedp/chromedp"
)

// ChromiumOptions are the flags every headless Chromium LaborLens drives
// runs with (the browser tests' and the benchmarks'): a profile of its
// own, no first-run, update or sync traffic, a desktop window.
// BENCH_JS_FLAGS, when set, is passed to V8 (--js-flags), to compare
// its options (e.g. --no-wasm-lazy-compilation) on the same build.
func ChromiumOptions(exe, profile string) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	if f := os.Getenv("BENCH_JS_FLAGS"); f != "" {
		opts = append(opts, chromedp.Flag("js-flags", f))
	}
	return opts
}
