package main

import (
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
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
	b, stop, err := r.open(n, "/")
	if err != nil {
		return err
	}
	defer stop()
	var ok bool
	if err := b.eval(5*time.Second, mutationsJS, &ok); err != nil {
		return err
	}
	if err := chromedp.Run(b.ctx, chromedp.Focus("#q", chromedp.ByQuery)); err != nil {
		return err
	}
	for i, k := range typedThenErased(query) {
		lat, err := b.press(k)
		if err != nil {
			return err
		}
		var m map[string]int
		if err := b.eval(5*time.Second, `__mut`, &m); err != nil {
			return err
		}
		fmt.Printf("key %d %q: %.0f ms %v\n", i, k, lat, m)
	}
	return nil
}
