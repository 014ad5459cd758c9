package e2e

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// landmarks is a script that records where the page's headings, lead and
// list items on the first screen sit: [tag, top, text] in document order.
const landmarks = `[...document.querySelectorAll("main h1, main p.lead, main h2, main li")]
  .filter(e => e.getBoundingClientRect().top + scrollY < innerHeight)
  .map(e => [e.tagName + "." + e.className, e.getBoundingClientRect().top + scrollY, e.textContent.replace(/\s+/g, " ").trim().slice(0, 24)])`

// What the visitor reads does not move when the app starts: the prerendered
// page, before the wasm has arrived, and the app's first render put the
// headings, lead and list of the first screen at the same heights, on a
// phone's 360 by 740 px.
// (A jump there is a layout shift, and makes the browser count the page's
// largest text as painted again, late, on a slow connection: on /timeline,
// Lighthouse's mobile LCP was the lead paragraph, moved by 25 px at 9.8 s.)
// /charts and /map are not in the list: before the wasm their data tables
// stand in for the drawings, by design, and the page is longer.
func TestPageDoesNotMoveWhenTheAppStarts(t *testing.T) {
	s := startServer(t)
	before := newBrowser(t, timeout(t, 3*time.Minute))
	before.run(t, network.Enable(), network.SetBlockedURLs([]string{"*app.wasm*"}), chromedp.EmulateViewport(360, 740))
	var event string
	before.run(t, chromedp.Navigate(s.URL+"/"), waitJS(`document.readyState === "complete"`))
	before.eval(t, `document.querySelector('.event-list a[href^="/events/"]').getAttribute("href")`, &event)
	for _, route := range []string{"/", "/timeline", event, "/embed/list"} {
		var pre, app [][3]any
		before.run(t, chromedp.Navigate(s.URL+route), waitJS(`document.readyState === "complete"`))
		before.eval(t, landmarks, &pre)
		// A first visit each time: what the app remembers of earlier
		// visits (new since, followed) is not the point here.
		after := newBrowser(t, timeout(t, 3*time.Minute))
		after.run(t, chromedp.EmulateViewport(360, 740), chromedp.Navigate(s.URL+route), waitWasm())
		after.eval(t, landmarks, &app)
		if len(pre) < 2 {
			t.Fatalf("%s: too few landmarks before the app: %v", route, pre)
		}
		if len(pre) != len(app) {
			t.Errorf("%s: %d landmarks before the app, %d after:\n%v\n%v", route, len(pre), len(app), pre, app)
			continue
		}
		for i := range pre {
			y0, y1 := pre[i][1].(float64), app[i][1].(float64)
			if pre[i][0] != app[i][0] || math.Abs(y0-y1) > 1 {
				t.Errorf("%s: %v %q at %s px before the app, %v %q at %s px after", route, pre[i][0], pre[i][2], fmt.Sprint(math.Round(y0)), app[i][0], app[i][2], fmt.Sprint(math.Round(y1)))
			}
		}
	}
}
