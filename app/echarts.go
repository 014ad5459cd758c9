package app

import (
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file is the one place that talks to ECharts. A JavaScript exception
// inside a call from Go panics the whole Go program, so every call goes
// through guard, which turns it into an error.

// echart is one ECharts instance drawn in a DOM element.
type echart struct {
	inst     app.Value
	click    app.Func
	resize   app.Func
	watcher  app.Value
	handlers []app.Func // other event handlers, released on dispose
}

// guard runs fn and returns a JavaScript exception it raised as an error.
func guard(what string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("echarts %s: %v", what, r)
			app.Log(err)
		}
	}()
	fn()
	return nil
}

// newEChart draws into the element with the given id. It returns nil on the
// server, when ECharts is not loaded, or when the element is missing.
func newEChart(id string) *echart {
	if app.IsServer {
		return nil
	}
	lib := app.Window().Get("echarts")
	el := app.Window().GetElementByID(id)
	if !lib.Truthy() || !el.Truthy() {
		return nil
	}
	c := &echart{}
	if guard("init", func() { c.inst = lib.Call("init", el, nil, map[string]any{"renderer": "canvas"}) }) != nil {
		return nil
	}
	// Follow the element's size: the window, the layout or a font change.
	c.resize = app.FuncOf(func(this app.Value, args []app.Value) any {
		guard("resize", func() { c.inst.Call("resize") })
		return nil
	})
	c.watcher = app.Window().Get("ResizeObserver").New(c.resize)
	c.watcher.Call("observe", el)
	return c
}

// setOption replaces the chart's option with the JSON one.
func (c *echart) setOption(option []byte) error {
	if c == nil {
		return nil
	}
	return guard("setOption", func() {
		obj := app.Window().Get("JSON").Call("parse", string(option))
		c.inst.Call("setOption", obj, true)
	})
}

// clickTarget is what a click on a chart element asks for: a filter to
// apply, an event to open, or another page (a facility's) to open.
type clickTarget struct {
	Filter  url.Values
	EventID string
	Page    string
}

// onClick calls fn with what each clicked element carries in its data item:
// a "filter" object of query parameters, or an event "id".
func (c *echart) onClick(fn func(clickTarget)) {
	if c == nil {
		return
	}
	c.click = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		d := args[0].Get("data")
		if !d.Truthy() || d.Type() != app.TypeObject {
			return nil
		}
		var t clickTarget
		if id := d.Get("id"); id.Type() == app.TypeString {
			t.EventID = id.String()
		}
		if p := d.Get("page"); p.Type() == app.TypeString {
			t.Page = p.String()
		}
		if f := d.Get("filter"); f.Truthy() && f.Type() == app.TypeObject {
			t.Filter = url.Values{}
			keys := app.Window().Get("Object").Call("keys", f)
			for i := 0; i < keys.Length(); i++ {
				k := keys.Index(i).String()
				t.Filter.Set(k, app.Window().Get("String").Invoke(f.Get(k)).String())
			}
		}
		fn(t)
		return nil
	})
	guard("on", func() { c.inst.Call("on", "click", c.click) })
}

// on calls fn, without arguments, on each of the chart's events of the
// given type, e.g. "georoam".
func (c *echart) on(event string, fn func()) {
	if c == nil {
		return
	}
	h := app.FuncOf(func(this app.Value, args []app.Value) any {
		fn()
		return nil
	})
	c.handlers = append(c.handlers, h)
	guard("on", func() { c.inst.Call("on", event, h) })
}

// geoView returns the zoom and centre (lon, lat) of the chart's geo
// component, as the visitor left them.
func (c *echart) geoView() (zoom float64, center []float64) {
	if c == nil {
		return 1, nil
	}
	guard("getOption", func() {
		g := c.inst.Call("getOption").Get("geo")
		if !g.Truthy() || g.Length() == 0 {
			return
		}
		g = g.Index(0)
		if z := g.Get("zoom"); z.Type() == app.TypeNumber {
			zoom = z.Float()
		}
		if ce := g.Get("center"); ce.Truthy() && ce.Length() == 2 {
			center = []float64{ce.Index(0).Float(), ce.Index(1).Float()}
		}
	})
	return zoom, center
}

// size returns the chart's width and height in pixels.
func (c *echart) size() (w, h float64) {
	if c == nil {
		return 0, 0
	}
	guard("getWidth", func() { w, h = c.inst.Call("getWidth").Float(), c.inst.Call("getHeight").Float() })
	return w, h
}

// dispatch sends an action to the chart, e.g. a dataZoom.
func (c *echart) dispatch(action map[string]any) {
	if c == nil {
		return
	}
	guard("dispatchAction", func() { c.inst.Call("dispatchAction", action) })
}

// zoomRange returns the dataZoom window in percent of the x axis.
func (c *echart) zoomRange() (start, end float64) {
	start, end = 0, 100
	if c == nil {
		return
	}
	guard("getOption", func() {
		dz := c.inst.Call("getOption").Get("dataZoom")
		if dz.Truthy() && dz.Length() > 0 {
			start, end = dz.Index(0).Get("start").Float(), dz.Index(0).Get("end").Float()
		}
	})
	return start, end
}

// pngURL renders the chart as a PNG data URL on the given background.
func (c *echart) pngURL(background string) string {
	if c == nil {
		return ""
	}
	var u string
	guard("getDataURL", func() {
		u = c.inst.Call("getDataURL", map[string]any{"type": "png", "pixelRatio": 2, "backgroundColor": background}).String()
	})
	return u
}

// dispose frees the chart and everything attached to it.
func (c *echart) dispose() {
	if c == nil {
		return
	}
	c.watcher.Call("disconnect")
	guard("dispose", func() { c.inst.Call("dispose") })
	c.resize.Release()
	if c.click != nil {
		c.click.Release()
	}
	for _, h := range c.handlers {
		h.Release()
	}
}

// saveDataURL downloads a data URL as a file.
func saveDataURL(name, dataURL string) {
	if dataURL == "" {
		return
	}
	doc := app.Window().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", dataURL)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
}
