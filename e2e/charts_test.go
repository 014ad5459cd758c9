package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// chartIDs are the charts the charts page must draw.
var chartIDs = []string{"per-year", "by-country", "top-orgs", "largest", "calendar", "outcomes", "elections"}

// drawn is true once the chart in the element has drawn a non-blank canvas.
func drawn(id string) string {
	return `(() => {
  const el = document.getElementById(` + jsString(id) + `);
  if (!el || !el.dataset.drawn) return false;
  const c = el.querySelector("canvas");
  if (!c || c.width === 0 || c.height === 0) return false;
  const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  for (let i = 3; i < px.length; i += 4 * 97) if (px[i] !== 0) return true;
  return false;
})()`
}

// drawnInView scrolls the element id into view and waits until its chart
// is drawn: a chart is drawn once it comes near the viewport.
func drawnInView(id string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(`document.getElementById(`+jsString(id)+`).scrollIntoView({block: "center"})`, nil),
		waitJS(drawn(id)),
	}
}

// undrawn is true while no ECharts instance exists in the element id.
func undrawn(id string) string {
	return `!document.querySelector("#" + ` + jsString(id) + ` + "[_echarts_instance_]")`
}

func TestChartsDrawAndDrillDown(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/charts"), waitWasm(), waitJS(drawn("chart-per-year")))
	// The last chart is far below the fold: not drawn until scrolled to,
	// then drawn; and so is every other.
	last := "chart-" + chartIDs[len(chartIDs)-1]
	var waiting bool
	tb.eval(t, undrawn(last), &waiting)
	if !waiting {
		t.Errorf("%s, below the fold, was drawn before it was scrolled into view", last)
	}
	for _, id := range chartIDs {
		tb.run(t, drawnInView("chart-"+id))
	}
	tb.run(t, chromedp.Evaluate(`scrollTo(0, 0)`, nil))
	tb.screenshot(t, "screenshot-charts.png")

	// The table lists the same numbers as the chart: per-year, per kind.
	tb.run(t, click(`#figure-per-year .chart-actions button`), waitJS(`!document.getElementById("table-per-year").hidden`))
	var mismatches []string
	tb.eval(t, `(() => {
  const opt = echarts.getInstanceByDom(document.getElementById("chart-per-year")).getOption();
  const years = opt.xAxis[0].data.map(d => typeof d === "object" ? String(d.value) : String(d));
  const table = document.querySelector("#table-per-year table");
  const cols = [...table.querySelectorAll("thead th")].map(th => th.textContent);
  const rows = {};
  for (const tr of table.querySelectorAll("tbody tr")) {
    const cells = [...tr.children].map(c => c.textContent);
    rows[cells[0]] = cells;
  }
  const bad = [];
  let checked = 0;
  for (const series of opt.series) {
    const col = cols.indexOf(series.name);
    series.data.forEach((d, i) => {
      const v = Number(d && typeof d === "object" ? d.value : d) || 0;
      const row = rows[years[i]];
      const cell = row && col >= 0 ? Number(row[col]) || 0 : NaN;
      checked++;
      if (cell !== v) bad.push(series.name + " " + years[i] + ": chart " + v + ", table " + cell);
    });
  }
  if (checked === 0) bad.push("nothing compared");
  return bad;
})()`, &mismatches)
	if len(mismatches) > 0 {
		t.Errorf("the per-year table and chart differ:\n%s", strings.Join(mismatches, "\n"))
	}

	// Clicking a bar applies its filter: the URL and the list follow.
	var before string
	tb.eval(t, `document.getElementById("matching-h").textContent`, &before)
	var pos []float64
	tb.eval(t, `(() => {
  const el = document.getElementById("chart-by-country");
  el.scrollIntoView({block: "center"});
  const chart = echarts.getInstanceByDom(el);
  const opt = chart.getOption();
  const s = opt.series[0];
  const first = s.data[0];
  const value = typeof first === "object" ? first.value : first;
  const cat = opt.yAxis[0].data[0];
  const name = typeof cat === "object" ? cat.value : cat;
  const p = chart.convertToPixel({seriesIndex: 0}, [value / 2, name]);
  const r = el.getBoundingClientRect();
  return [r.left + p[0], r.top + p[1]];
})()`, &pos)
	tb.run(t, chromedp.MouseClickXY(pos[0], pos[1]),
		waitJS(`new URL(location).searchParams.has("country") || new URL(location).searchParams.has("international")`))
	var after string
	tb.eval(t, `document.getElementById("matching-h").textContent`, &after)
	if after == before {
		t.Errorf("the matching list did not change after the click: %q", after)
	}
}

// zoomWindow is the timeline's visible window, in percent of the axis.
const zoomWindow = `echarts.getInstanceByDom(document.getElementById("timeline-chart")).getOption().dataZoom[0]`

func TestTimelineZoomsAndFollowsTheme(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/timeline"), waitWasm(), waitJS(drawn("timeline-chart")))
	tb.screenshot(t, "screenshot-timeline.png")
	zoom := func() (start, end float64) {
		var z []float64
		tb.eval(t, `(w => [w.start, w.end])(`+zoomWindow+`)`, &z)
		return z[0], z[1]
	}

	// Drag the slider's left handle to the right.
	var handle []float64
	tb.eval(t, `(() => {
  const el = document.getElementById("timeline-chart");
  el.scrollIntoView({block: "center"});
  const chart = echarts.getInstanceByDom(el);
  const model = chart.getModel().getComponent("dataZoom", 0);
  const view = chart.getViewOfComponentModel(model);
  const r = el.getBoundingClientRect();
  const loc = view._location, size = view._size;
  return [r.left + loc.x, r.top + loc.y + size[1] / 2, size[0]];
})()`, &handle)
	x, y, width := handle[0], handle[1], handle[2]
	mouse := func(typ input.MouseType, x float64, buttons int64) chromedp.Action {
		ev := input.DispatchMouseEvent(typ, x, y).WithButtons(buttons)
		if typ != input.MouseMoved {
			ev = ev.WithButton(input.Left).WithClickCount(1)
		}
		return ev
	}
	x += 3 // inside the handle, whatever the rounding of mouse coordinates
	tb.run(t,
		mouse(input.MouseMoved, x, 0),
		mouse(input.MousePressed, x, 1),
		mouse(input.MouseMoved, x+width*0.1, 1),
		mouse(input.MouseMoved, x+width*0.25, 1),
		mouse(input.MouseMoved, x+width*0.4, 1),
		mouse(input.MouseReleased, x+width*0.4, 0))
	// Each step waits for what it must achieve, with waitJS's deadline.
	until := func(what, cond string) {
		t.Helper()
		if err := chromedp.Run(tb.ctx, waitJS(cond)); err != nil {
			s, e := zoom()
			t.Errorf("%s: the window is %.1f%%–%.1f%% (%v)", what, s, e, err)
		}
	}
	until("dragging the slider's handle", zoomWindow+`.start >= 20`)

	// The keyboard path: jump to year, then the zoom buttons.
	tb.run(t, chromedp.SetValue("#jump-year", "2021", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("jump-year").dispatchEvent(new Event("change", {bubbles: true}))`, nil))
	until("jump to 2021", `(w => w.end - w.start <= 20)(`+zoomWindow+`)`)
	s0, e0 := zoom()
	tb.run(t, click(`button[aria-label="Zoom out"]`))
	until("zoom out", `(w => w.end - w.start > `+ftoa(e0-s0)+` + 0.01)(`+zoomWindow+`)`)
	s1, e1 := zoom()
	tb.run(t, click(`button[aria-label="Zoom in"]`))
	until("zoom in", `(w => w.end - w.start < `+ftoa(e1-s1)+` - 0.01)(`+zoomWindow+`)`)

	// Switching to the dark scheme redraws the charts in the dark theme.
	tb.run(t, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}),
		waitJS(`document.getElementById("timeline-chart").dataset.drawn.includes("dark")`))
	tb.run(t, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}}),
		waitJS(`document.getElementById("timeline-chart").dataset.drawn.includes("light")`))

	// Lanes switch to countries.
	tb.run(t, chromedp.SetValue("#lane", "country", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("lane").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitJS(`new URL(location).searchParams.get("lane") === "country"`),
		waitJS(`echarts.getInstanceByDom(document.getElementById("timeline-chart")).getOption().yAxis[0].data.some(d => String(d.value || d).includes("Germany"))`))
}

// 50 route changes between the chart views leak neither ECharts instances
// nor memory.
func TestChartsDoNotLeak(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 4*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/charts"), waitWasm(), waitJS(drawn("chart-per-year")))
	heap := func() float64 {
		var used float64
		tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error { return heapprofiler.CollectGarbage().Do(ctx) }))
		tb.eval(t, `performance.memory.usedJSHeapSize`, &used)
		return used
	}
	cycle := func() {
		tb.run(t, click(`nav a[href="/timeline"]`), waitJS(`location.pathname === "/timeline"`), waitJS(drawn("timeline-chart")),
			click(`nav a[href="/charts"]`), waitJS(`location.pathname === "/charts"`), waitJS(drawn("chart-per-year")))
	}
	for i := 0; i < 5; i++ { // warm up caches and JIT
		cycle()
	}
	base := heap()
	for i := 0; i < 25; i++ { // 50 route changes
		cycle()
	}
	grown := heap() - base
	for _, id := range chartIDs {
		tb.run(t, drawnInView("chart-"+id))
	}
	var instances int
	tb.eval(t, `document.querySelectorAll("[_echarts_instance_]").length`, &instances)
	t.Logf("JS heap after 50 route changes: %+.1f MB", grown/1e6)
	if instances != len(chartIDs) {
		t.Errorf("%d ECharts instances on the charts page, want %d", instances, len(chartIDs))
	}
	if grown > 8e6 {
		t.Errorf("the JS heap grew by %.1f MB over 50 route changes: charts are not disposed", grown/1e6)
	}
	var errs []string = tb.Errors()
	if len(errs) > 0 {
		t.Errorf("console errors: %s", fmt.Sprint(errs))
	}
}
