package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// isEChartsLib tells the common ECharts bundle's URL.
func isEChartsLib(url string) bool { return strings.HasSuffix(url, "/echarts.min.js") }

// echartsCached is true when the service worker's cache holds the common
// ECharts bundle.
const echartsCached = `(async () => {
  const key = (await caches.keys()).find(k => k.startsWith("laborlens-"));
  if (!key) return false;
  return (await (await caches.open(key)).keys()).some(r => r.url.endsWith("/echarts.min.js"));
})()`

// ECharts is loaded only where a chart is drawn: the explorer, an event
// page and the list embed (and their service worker) never fetch it. The
// first chart fetches it and keeps it, so charts then draw offline.
func TestEChartsOnlyWhereDrawn(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	fetched := recordRequests(tb, isEChartsLib)
	_, home, _ := get(t, s.URL+"/")
	links := eventLink.FindAllStringSubmatch(home, -1)
	if len(links) == 0 {
		t.Fatal("no event links on /")
	}
	tb.run(t, network.Enable(), chromedp.Navigate(s.URL+"/"), waitWasm(),
		waitJS(`document.querySelectorAll("a[href^='/events/']").length >= 20`),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	for _, route := range []string{"/events/" + links[0][1], "/embed/list"} {
		tb.run(t, chromedp.Navigate(s.URL+route), waitWasm())
	}
	var cached bool
	tb.run(t, chromedp.Evaluate(echartsCached, &cached, awaitPromise))
	var loaded bool
	tb.eval(t, `!!window.echarts`, &loaded)
	if got := fetched(); len(got) > 0 || cached || loaded {
		t.Errorf("pages without a chart loaded ECharts: requests %v, in the worker's cache %v, window.echarts %v", got, cached, loaded)
	}
	if n := echartsSent(s); n > 0 {
		t.Errorf("the server sent ECharts %d times to pages without a chart", n)
	}

	// The same checks can fail: the charts fetch it, once, and keep it.
	tb.run(t, chromedp.Navigate(s.URL+"/charts"), waitWasm(), waitJS(drawn("chart-per-year")),
		chromedp.Poll(echartsCached, nil, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	// Moving to the timeline in the app reuses it.
	tb.run(t, chromedp.Click(`nav a[href="/timeline"]`, chromedp.ByQuery), waitJS(drawn("timeline-chart")))
	if n := echartsSent(s); n != 1 {
		t.Errorf("/charts and then /timeline: the server sent ECharts %d times, want 1 (requests: %v)", n, fetched())
	}

	s.Stop()
	if code, _, _ := tryGet(s.URL + "/"); code != 0 {
		t.Fatalf("server still answers after Stop (status %d)", code)
	}
	tb.run(t, chromedp.Navigate(s.URL+"/charts"), waitWasm(), waitJS(drawn("chart-per-year")))
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("page errors: %v", errs)
	}
}

// echartsSent counts the server's full answers for the ECharts bundle (the
// worker's copy is taken from the browser's HTTP cache).
func echartsSent(s *server) int {
	n := 0
	for _, line := range s.Logs() {
		if strings.Contains(line, "/echarts.min.js") && strings.Contains(line, "status=200") {
			n++
		}
	}
	return n
}
