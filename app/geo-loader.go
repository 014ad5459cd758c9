package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The map's geography (web/geo/{area}.json) and its ECharts bundle are
// fetched only when a map is shown, once per page; each area's shapes are
// registered with ECharts under the area's name. The service worker
// precaches them, so the map draws offline too.

// geoURL is where the browser loads an area's shapes from: the versioned
// static resources location, like the dataset.
func geoURL(area string) string {
	return strings.TrimRight(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/") + "/geo/" + area + ".json"
}

// geoRegistered records the areas registered with ECharts. Only the UI
// goroutine touches it.
var geoRegistered = map[string]bool{}

// loadGeo registers the area's shapes with ECharts, fetching them the
// first time, then calls ready in the UI goroutine. It does nothing on the
// server or without ECharts; a failed fetch is logged and ready is not
// called (the tables still hold every number).
func loadGeo(ctx app.Context, area string, ready func(app.Context)) {
	if app.IsServer {
		return
	}
	if !app.Window().Get("laborlensMapReady").Truthy() {
		loadMapLib(ctx, func(ctx app.Context) { loadGeo(ctx, area, ready) })
		return
	}
	lib := app.Window().Get("echarts")
	if !lib.Truthy() {
		return
	}
	if geoRegistered[area] {
		ready(ctx)
		return
	}
	var funcs []app.Func
	release := func() {
		for _, f := range funcs {
			f.Release()
		}
	}
	fn := func(f func(v app.Value) any) app.Func {
		h := app.FuncOf(func(this app.Value, args []app.Value) any {
			var v app.Value
			if len(args) > 0 {
				v = args[0]
			}
			return f(v)
		})
		funcs = append(funcs, h)
		return h
	}
	toJSON := fn(func(res app.Value) any {
		if !res.Get("ok").Bool() {
			return app.Window().Get("Promise").Call("reject", "HTTP "+res.Get("status").String())
		}
		return res.Call("json")
	})
	register := fn(func(geoJSON app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			defer release()
			if guard("registerMap", func() { lib.Call("registerMap", area, geoJSON) }) == nil {
				geoRegistered[area] = true
				ready(ctx)
			}
		})
		return nil
	})
	fail := fn(func(err app.Value) any {
		app.Logf("loading the %s map from %s: %v", area, geoURL(area), err)
		ctx.Dispatch(func(app.Context) { release() })
		return nil
	})
	guard("fetch", func() {
		app.Window().Call("fetch", geoURL(area)).Call("then", toJSON).Call("then", register).Call("catch", fail)
	})
}

// The ECharts every page loads lacks the map chart and the geo component:
// the map loads web/build/echarts-map.min.js, that bundle with them, which
// replaces window.echarts. mapLibWaiting are the callers waiting for it.
var (
	mapLibLoading bool
	mapLibWaiting []func(app.Context)
)

// loadMapLib loads the map's ECharts bundle once, then calls ready in the
// UI goroutine.
func loadMapLib(ctx app.Context, ready func(app.Context)) {
	mapLibWaiting = append(mapLibWaiting, ready)
	if mapLibLoading {
		return
	}
	mapLibLoading = true
	doc := app.Window().Get("document")
	script := doc.Call("createElement", "script")
	var onload, onerror app.Func
	done := func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			onload.Release()
			onerror.Release()
			mapLibLoading = false
			waiting := mapLibWaiting
			mapLibWaiting = nil
			if !ok {
				app.Log("loading the map's ECharts bundle failed; the tables hold the numbers")
				return
			}
			for _, fn := range waiting {
				fn(ctx)
			}
		})
	}
	onload = app.FuncOf(func(this app.Value, args []app.Value) any { done(true); return nil })
	onerror = app.FuncOf(func(this app.Value, args []app.Value) any { done(false); return nil })
	script.Set("onload", onload)
	script.Set("onerror", onerror)
	script.Set("src", strings.TrimRight(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/")+"/echarts-map.min.js")
	doc.Get("head").Call("appendChild", script)
}
