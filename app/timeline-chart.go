package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// timelineChart draws events on a time axis in lanes, with a range slider,
// zoom and pan by mouse, touch and keyboard (the buttons), and "jump to
// year". Clicking an event opens its page.
type timelineChart struct {
	app.Compo
	*Locale
	Events []*dataset.Event
	Lane   query.Lane
	Prefs  preferences
	Key    string
	Open   func(app.Context, clickTarget)

	echartHost
}

const timelineID = "timeline-chart"

func (c *timelineChart) OnMount(ctx app.Context) { c.mountChart(ctx, timelineID, c.Open, c.draw) }

func (c *timelineChart) OnUpdate(ctx app.Context) {
	if c.stale(c.Key) {
		ctx.Defer(func(app.Context) { c.draw() })
	}
}

func (c *timelineChart) OnDismount() { c.dismountChart() }

func (c *timelineChart) draw() {
	if c.chart == nil {
		return
	}
	option, err := charts.BuildTimeline(c.Events, c.Lane, charts.Config{
		Theme: c.Prefs.theme(), ReducedMotion: c.Prefs.ReducedMotion, OrgName: charts.OrgNames(data), Printer: c.pr(),
	})
	if err != nil {
		app.Log(err)
		return
	}
	c.show(timelineID, c.Key, option)
}

// zoom narrows (factor < 1) or widens (factor > 1) the visible window
// around its centre; pan moves it by a share of its width.
func (c *timelineChart) zoom(factor float64) {
	start, end := c.chart.zoomRange()
	mid, half := (start+end)/2, (end-start)/2*factor
	half = min(max(half, 1), 50)
	c.setWindow(mid-half, mid+half)
}

func (c *timelineChart) pan(share float64) {
	start, end := c.chart.zoomRange()
	d := (end - start) * share
	if start+d < 0 {
		d = -start
	}
	if end+d > 100 {
		d = 100 - end
	}
	c.setWindow(start+d, end+d)
}

func (c *timelineChart) setWindow(start, end float64) {
	c.chart.dispatch(map[string]any{"type": "dataZoom", "start": max(start, 0), "end": min(end, 100)})
}

func (c *timelineChart) jumpToYear(ctx app.Context, e app.Event) {
	y, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil {
		c.setWindow(0, 100)
		return
	}
	c.chart.dispatch(map[string]any{
		"type":       "dataZoom",
		"startValue": strconv.Itoa(y) + "-01-01",
		"endValue":   strconv.Itoa(y) + "-12-31",
	})
}

func (c *timelineChart) Render() app.UI {
	first, last := datasetYears()
	years := []app.UI{app.Option().Value("").Text(c.T("timeline.all-years"))}
	for y := last; y >= first; y-- {
		years = append(years, app.Option().Value(strconv.Itoa(y)).Text(strconv.Itoa(y)))
	}
	button := func(label, aria string, fn func()) app.UI {
		return app.Button().Type("button").Aria("label", aria).Text(label).
			OnClick(func(ctx app.Context, e app.Event) { fn() }, app.EventScope(aria))
	}
	return app.Div().Class("timeline").Body(
		app.Div().Class("timeline-controls needs-app").Body(
			app.Label().For("jump-year").Text(c.T("timeline.jump")),
			app.Select().ID("jump-year").Body(years...).OnChange(c.jumpToYear),
			button("−", c.T("timeline.zoom-out"), func() { c.zoom(1.6) }),
			button("+", c.T("timeline.zoom-in"), func() { c.zoom(0.6) }),
			button("←", c.T("timeline.earlier"), func() { c.pan(-0.3) }),
			button("→", c.T("timeline.later"), func() { c.pan(0.3) }),
		),
		app.Div().ID(timelineID).Class("chart chart-timeline").Role("img").
			Aria("label", c.N("timeline.aria", len(c.Events))),
	)
}
