package app

import (
	"strconv"

	"github.com/laborlens/laborlens/query"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// echartHost is the life of every drawn chart, shared by the chart figures,
// the timeline and any other ECharts view: the instance is created once its
// element is in the DOM, redrawn when what it shows (its key) changes,
// its clicks are sent on, and it is disposed of with its component. A chart
// component embeds it and tells it its element, its key and how to draw.
type echartHost struct {
	chart   *echart
	drawn   string // the key last drawn
	mounted bool   // false once dismounted, so a late ECharts load draws nothing
	// load loads what the chart needs before it is created; nil is
	// loadECharts (the map loads its own bundle and shapes instead).
	load func(ctx app.Context, ready func(app.Context))
	// create creates and draws the chart once ECharts is loaded; unobserve
	// stops waiting for the element to be visible.
	create    func(app.Context)
	unobserve func()
}

// mountChart loads ECharts if the page has not yet and, once element id
// is near the viewport (see whenVisible), creates the chart in it and
// draws it; clicks go to click, in the UI goroutine.
func (h *echartHost) mountChart(ctx app.Context, id string, click func(app.Context, clickTarget), draw func()) {
	h.mounted = true
	load := h.load
	if load == nil {
		load = loadECharts
	}
	load(ctx, func(ctx app.Context) {
		if !h.mounted {
			return
		}
		ctx.Defer(func(ctx app.Context) { // the element is in the DOM
			if !h.mounted {
				return
			}
			h.create = func(ctx app.Context) {
				if !h.mounted || h.chart != nil {
					return
				}
				c := newEChart(id)
				if c == nil {
					return
				}
				c.onClick(func(t clickTarget) {
					ctx.Dispatch(func(ctx app.Context) {
						if click != nil {
							click(ctx, t)
						}
					})
				})
				h.chart = c
				draw()
			}
			h.unobserve = whenVisible(ctx, id, h.create)
		})
	})
}

// drawNow creates and draws the chart at once if it waits to be visible,
// for what needs it drawn (a PNG download); in the UI goroutine.
func (h *echartHost) drawNow(ctx app.Context) {
	if h.chart == nil && h.create != nil {
		h.create(ctx)
	}
}

// drawKey names what a chart of a filtered view draws, for redrawing: the
// filters, the number of events (which tells the first render from the
// loaded one), the theme and the motion setting. The map adds its view.
func drawKey(s query.State, n int, prefs preferences) string {
	return s.Encode() + "|" + strconv.Itoa(n) + "|" + prefs.theme() + strconv.FormatBool(prefs.ReducedMotion)
}

// stale reports whether key is not what is drawn, so the chart needs a new
// option.
func (h *echartHost) stale(key string) bool { return h.drawn != key }

// show sends option to the chart and, once ECharts took it, marks element
// id as drawn with key (browser tests wait for that mark).
func (h *echartHost) show(id, key string, option []byte) {
	if h.chart == nil || option == nil {
		return
	}
	if h.chart.setOption(option) == nil {
		h.drawn = key
		app.Window().GetElementByID(id).Get("dataset").Set("drawn", key)
	}
}

// dismountChart disposes of the chart.
func (h *echartHost) dismountChart() {
	h.mounted = false
	if h.unobserve != nil {
		h.unobserve()
	}
	h.chart.dispose()
	h.chart = nil
}
