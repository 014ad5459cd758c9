package main

import (
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/laborlens/laborlens/internal/bench"
)

// mutationsJS records, after each input event, the DOM mutations the page
// makes, counted by kind: attributes by name, nodes added and removed, and
// text changes.
const mutationsJS = `window.__mut = {};
document.addEventListener("input", () => { __mut = {}; }, true);
new MutationObserver(l => {
  for (const m of l) {
    let k = m.type === "attributes" ? "attr " + m.attributeName : m.type === "characterData" ? "text" : "";
    if (k) { __mut[k] = (__mut[k] || 0) + 1; continue; }
    __mut["added"] = (__mut["added"] || 0) + m.addedNodes.length;
    __mut["removed"] = (__mut["removed"] || 0) + m.removedNodes.length;
  }
}).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
true`

// printMutations types query at n events and prints what each keystroke
// changed in the DOM, to see what a render touches.
func (r *runner) printMutations(n int, query string) error {
	s, err := bench.StartEvents(r.bin, r.dir, n)
	if err != nil {
		return err
	}
	defer s.Stop()
	b, err := newBrowser(r.chromium, 1)
	if err != nil {
		return err
	}
	defer b.close()
	if err := b.navigate(s.URL+"/", 3*time.Minute); err != nil {
		return err
	}
	var ok bool
	if err := b.eval(5*time.Second, mutationsJS, &ok); err != nil {
		return err
	}
	if err := chromedp.Run(b.ctx, chromedp.Focus("#q", chromedp.ByQuery)); err != nil {
		return err
	}
	var keys []string
	for _, c := range query {
		keys = append(keys, string(c))
	}
	for range query {
		keys = append(keys, kb.Backspace)
	}
	for i, k := range keys {
		if err := chromedp.Run(b.ctx, chromedp.KeyEvent(k)); err != nil {
			return err
		}
		if err := b.wait(time.Minute, `__perf.t0 > 0 && performance.now() - Math.max(__perf.t0, __perf.last) > 300`); err != nil {
			return err
		}
		var m map[string]int
		if err := b.eval(5*time.Second, `__mut`, &m); err != nil {
			return err
		}
		var lat float64
		if err := b.eval(5*time.Second, `__perf.last > 0 ? __perf.last - __perf.t0 : -1`, &lat); err != nil {
			return err
		}
		fmt.Printf("key %d %q: %.0f ms %v\n", i, k, lat, m)
	}
	return nil
}
