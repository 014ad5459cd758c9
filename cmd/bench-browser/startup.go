package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// profileStart loads route cold under the Chromium CPU profiler, from the
// navigation until the app is interactive, and prints the long tasks and
// the functions that took the most time: where a first visit's blocking
// time goes. Build the wasm without -s -w for Go function names.
func (r *runner) profileStart(route string, n, top int) error {
	b, stop, err := r.open(n, route, countNodes(), startProfile())
	if err != nil {
		return err
	}
	defer stop()
	var long [][2]float64
	if err := b.eval(10*time.Second, `__perf.long`, &long); err != nil {
		return err
	}
	var ready float64
	if err := b.eval(10*time.Second, `__perf.ready`, &ready); err != nil {
		return err
	}
	var nodes struct{ Created, Mount, Elements int }
	if err := b.eval(10*time.Second, `({created: __nodes.created, mount: __nodes.mount, elements: document.querySelectorAll("*").length})`, &nodes); err != nil {
		return err
	}
	prof, err := b.stopProfile()
	if err != nil {
		return err
	}
	fmt.Printf("%s: interactive at %s; long tasks (start, duration):", route, ms(ready))
	for _, l := range long {
		fmt.Printf(" %s+%s", ms(l[0]), ms(l[1]))
	}
	fmt.Printf("\n%s: scripts created %d elements and text nodes until the first mount replaced the prerender, %d until interactive; %d elements then\n", route, nodes.Mount, nodes.Created, nodes.Elements)
	self, total := profileTimes(prof)
	printLongTasks(prof, long, 30)
	printTop("self time, first visit to "+route, self, top)
	printTop("total time, first visit to "+route, total, top)
	return nil
}

// countNodes counts, in every document, the elements and text nodes that
// scripts create until go-app's first mount replaces the prerender (what
// that one task builds), and until the app is interactive.
func countNodes() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.__nodes = {created: 0, mount: -1};
document.addEventListener("DOMContentLoaded", () => {
  const root = document.body.firstElementChild;
  new MutationObserver((_, o) => { if (!root.isConnected) { __nodes.mount = __nodes.created; o.disconnect(); } })
    .observe(document.body, {childList: true});
});
for (const f of ["createElement", "createElementNS", "createTextNode"]) {
  const orig = Document.prototype[f];
  Document.prototype[f] = function (...args) {
    if (document.documentElement.dataset.app !== "ready") __nodes.created++;
    return orig.apply(this, args);
  };
}`).Do(ctx)
		return err
	})
}
