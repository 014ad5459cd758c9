package e2e

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// mapTableMismatches compares the map's data with its tables, cell for
// cell: the shapes' series with the country (or state) table, the
// facility points with the facility table. It returns the differences.
const mapTableMismatches = `(() => {
  const opt = echarts.getInstanceByDom(document.getElementById("map-chart")).getOption();
  const us = new URL(location).searchParams.get("area") === "us";
  const rows = (caption) => {
    const t = [...document.querySelectorAll("#map-tables table")].find(t => t.caption.textContent.startsWith(caption));
    return t ? [...t.querySelectorAll("tbody tr")].map(tr => [...tr.children].map(c => c.textContent)) : null;
  };
  const bad = [];
  // ECharts adds an item without a value for every shape without data.
  const shapes = opt.series.find(s => s.type === "map").data.filter(d => typeof d.value === "number" && !isNaN(d.value));
  const byPlace = rows(us ? "Events by US state" : "Events by country");
  if (!byPlace) return ["no table for the shapes"];
  if (shapes.length !== byPlace.length) bad.push("shapes: " + shapes.length + " on the map, " + byPlace.length + " rows");
  const table = new Map(byPlace.map(r => [r[0], r[r.length - 1]]));
  for (const d of shapes) {
    if (table.get(d.name) !== String(d.value)) bad.push(d.name + ": map " + d.value + ", table " + table.get(d.name));
  }
  const points = opt.series.find(s => s.type === "scatter").data;
  const facilities = rows("Events by facility");
  const placed = facilities.filter(r => r[3] !== "not on the map" && (!us || r[2] === "United States"));
  if (points.length !== placed.length) bad.push("facilities: " + points.length + " on the map, " + placed.length + " placed rows");
  points.forEach((d, i) => {
    const r = placed[i] || [];
    if (d.name !== r[0] || String(d.value[2]) !== r[4]) bad.push("facility " + i + ": map " + d.name + " " + d.value[2] + ", table " + r.join(" | "));
  });
  if (shapes.length === 0 || points.length === 0) bad.push("nothing compared");
  return bad;
})()`

// The map draws on /map and /embed/map, its tables hold its numbers, and
// clicking a country on the canvas filters the view to it.
func TestMapDrawsAndDrillsDown(t *testing.T) {
	s := startServer(t)

	// Prerendered with its tables, for visitors without scripts.
	_, html, _ := get(t, s.URL+"/map")
	for _, want := range []string{"Events by country", "Events by US state", "Events by facility", "JFK8"} {
		if !strings.Contains(html, want) {
			t.Errorf("the prerendered /map lacks %q", want)
		}
	}

	tb := newBrowser(t, timeout(t, 4*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/map"), waitWasm(), waitJS(drawn("map-chart")))
	tb.run(t, chromedp.Evaluate(`document.getElementById("map-chart").scrollIntoView({block: "center"})`, nil))
	tb.screenshot(t, "screenshot-map.png")
	var bad []string
	tb.eval(t, mapTableMismatches, &bad)
	if len(bad) > 0 {
		t.Errorf("the map and its tables differ:\n%s", strings.Join(bad, "\n"))
	}

	clickGermany(t, tb, s.URL)

	// The US map, by state: drawn, and its tables agree too.
	tb.run(t, chromedp.Navigate(s.URL+"/map?area=us"), waitWasm(), waitJS(drawn("map-chart")),
		waitJS(`echarts.getInstanceByDom(document.getElementById("map-chart")).getOption().geo[0].map === "us"`))
	bad = nil
	tb.eval(t, mapTableMismatches, &bad)
	if len(bad) > 0 {
		t.Errorf("the US map and its tables differ:\n%s", strings.Join(bad, "\n"))
	}

	// The keyboard zooms, and the zoom goes to the URL as charts.MapView
	// writes it (to 1/100), beside the area.
	tb.run(t, chromedp.Focus("#map-chart", chromedp.ByQuery), chromedp.KeyEvent("+"),
		waitJS(`Number(new URL(location).searchParams.get("zoom")) > 1`))
	var params map[string]string
	tb.eval(t, `Object.fromEntries(new URL(location).searchParams)`, &params)
	if !regexp.MustCompile(`^\d+(\.\d\d?)?$`).MatchString(params["zoom"]) || params["area"] != "us" {
		t.Errorf("after zooming the US map the URL holds %v, want area=us and a zoom to 1/100", params)
	}

	// The embed draws too.
	tb.run(t, chromedp.Navigate(s.URL+"/embed/map?kind=strike"), waitWasm(), waitJS(drawn("map-chart")))
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("page errors: %v", errs)
	}
}

// clickGermany clicks Germany where ECharts drew it, at a point of it that no
// facility's circle covers (a click on a circle opens the facility):
// ECharts' own click event applies the filter. The view is zoomed onto
// Germany first: on the whole world it is a few pixels wide, under the
// circles of its own facilities.
func clickGermany(t *testing.T, tb *tab, base string) {
	tb.run(t, chromedp.Navigate(base+"/map?zoom=6&center=10.4,51.1"), waitWasm(), waitJS(drawn("map-chart")))
	var before string
	tb.eval(t, `document.getElementById("matching-h").textContent`, &before)
	var pos []float64
	tb.eval(t, `(() => {
  const el = document.getElementById("map-chart");
  el.scrollIntoView({block: "center"});
  const chart = echarts.getInstanceByDom(el);
  const px = lonLat => chart.convertToPixel({geoIndex: 0}, lonLat);
  const circles = chart.getOption().series.filter(s => s.type === "scatter").flatMap(s => s.data)
    .map(d => ({at: px(d.value.slice(0, 2)), r: (d.symbolSize || 10) / 2 + 4}));
  const inGermany = [[10.0, 51.0], [12.5, 52.5], [10.5, 49.5], [13.0, 51.2], [9.5, 48.5], [10.0, 53.2]];
  const p = inGermany.map(px).find(q => circles.every(c => Math.hypot(q[0] - c.at[0], q[1] - c.at[1]) > c.r));
  if (!p) return null;
  const r = el.getBoundingClientRect();
  return [r.left + p[0], r.top + p[1]];
})()`, &pos)
	if len(pos) != 2 {
		t.Fatal("every candidate point of Germany is under a facility's circle")
	}
	tb.run(t, chromedp.MouseClickXY(pos[0], pos[1]),
		waitJS(`new URL(location).searchParams.get("country") === "DE"`),
		waitJS(`document.getElementById("matching-h").textContent.includes("in Germany")`))
	var after string
	tb.eval(t, `document.getElementById("matching-h").textContent`, &after)
	if after == before {
		t.Errorf("the list beside the map did not change after the click: %q", after)
	}
	var listed []string
	tb.eval(t, `[...document.querySelectorAll(".map-list .event-list > li")].map(li => li.textContent)`, &listed)
	if len(listed) == 0 {
		t.Error("no events listed beside the map for Germany")
	}
}

// isMapFile tells the map's own downloads: its geography and its bundle.
func isMapFile(url string) bool {
	return strings.Contains(url, "/web/geo/") || strings.Contains(url, "/echarts-map.min.js")
}

// recordRequests records the URLs the tab requests that match; the
// function it returns lists them so far. network.Enable must run.
func recordRequests(tb *tab, match func(url string) bool) func() []string {
	var mu sync.Mutex
	var urls []string
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && match(e.Request.URL) {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(urls)
	}
}

// mapFilesCached lists the map's files in the service worker's cache.
const mapFilesCached = `(async () => {
  const key = (await caches.keys()).find(k => k.startsWith("laborlens-"));
  if (!key) return [];
  return (await (await caches.open(key)).keys()).map(r => new URL(r.url).pathname)
    .filter(p => p.includes("/web/geo/") || p.endsWith("/echarts-map.min.js"));
})()`

// The map's geography and bundle are loaded only where a map is shown:
// neither / nor its service worker fetches any of them.
func TestGeographyNotFetchedOnHome(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	fetched := recordRequests(tb, isMapFile)
	tb.run(t, network.Enable(), chromedp.Navigate(s.URL+"/"), waitWasm(),
		waitJS(`document.querySelectorAll("a[href^='/events/']").length >= 20`),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	var cached []string
	tb.run(t, chromedp.Evaluate(mapFilesCached, &cached, awaitPromise))
	if got := fetched(); len(got) > 0 || len(cached) > 0 {
		t.Errorf("the first visit to / fetched the map's files: requests %v, service worker cache %v", got, cached)
	}
	for _, line := range s.Logs() {
		if isMapFile(line) {
			t.Errorf("the server sent a map file on the visit to /: %s", line)
		}
	}
	// The same checks can fail: the map does fetch them, and keeps them.
	tb.run(t, chromedp.Navigate(s.URL+"/map"), waitWasm(), waitJS(drawn("map-chart")),
		chromedp.Poll(mapFilesCached+`.then(l => l.length === 2)`, nil, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	if len(fetched()) == 0 {
		t.Error("/map drew without fetching its files: the checks above prove nothing")
	}
}

// What the map adds to a first visit of /map, in bytes transferred: its
// bundle and its geography (logged; go test -v).
func TestMapFirstVisitBytes(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/map"), waitWasm(), waitJS(drawn("map-chart")))
	var sizes map[string]float64
	tb.eval(t, `(() => {
  const out = {};
  for (const e of performance.getEntriesByType("resource")) {
    const p = new URL(e.name).pathname.replace(/^\/[0-9a-f]+\/web\//, "");
    out[p] = (out[p] || 0) + e.transferSize;
  }
  return out;
})()`, &sizes)
	var geo, lib, all float64
	for p, n := range sizes {
		all += n
		switch {
		case strings.HasPrefix(p, "geo/"):
			geo += n
		case p == "echarts-map.min.js":
			lib += n
		}
	}
	if geo == 0 || lib == 0 {
		t.Fatalf("the first visit to /map transferred no map files: %v", sizes)
	}
	t.Logf("first visit to /map: the map adds %.0f bytes (bundle %.0f, geography %.0f) of %.0f bytes of resources", geo+lib, lib, geo, all)
}

// After one visit, with the server gone, /map reloads and draws.
func TestMapOffline(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/map"), waitWasm(), waitJS(drawn("map-chart")),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)),
		chromedp.Poll(mapFilesCached+`.then(l => l.length === 2)`, nil, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	// The US map's shapes, fetched online once, are kept too.
	tb.run(t, chromedp.Navigate(s.URL+"/map?area=us"), waitWasm(), waitJS(drawn("map-chart")),
		chromedp.Poll(mapFilesCached+`.then(l => l.length === 3)`, nil, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	s.Stop()
	if code, _, _ := tryGet(s.URL + "/"); code != 0 {
		t.Fatalf("server still answers after Stop (status %d)", code)
	}
	tb.run(t, chromedp.Navigate(s.URL+"/map"), waitWasm(), waitJS(drawn("map-chart")),
		waitJS(`echarts.getInstanceByDom(document.getElementById("map-chart")).getOption().geo[0].map === "world"`))
	tb.run(t, chromedp.Reload(), waitWasm(), waitJS(drawn("map-chart")))
}
