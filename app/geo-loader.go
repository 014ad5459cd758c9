package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The map's ECharts bundle (web/build/echarts-map.min.js) and geography
// (web/geo/{area}.json) are fetched only when a map is shown, once per
// page; each area's shapes are registered with ECharts under the area's
// name. Nothing of them is loaded on the other routes, not even by the
// service worker: once a map has loaded them, the page adds them to the
// worker's cache, so the map draws offline from then on.

// staticURL is the versioned URL of a file under /web/.
func staticURL(name string) string {
	return strings.TrimRight(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/") + "/" + name
}

// geoURL is where the browser loads an area's shapes from.
func geoURL(area string) string { return staticURL("geo/" + area + ".json") }

// The state of the loads. Only the UI goroutine touches it.
var (
	geoRegistered = map[string]bool{}                // areas registered with ECharts
	geoWaiting    = map[string][]func(app.Context){} // callers waiting for an area's fetch
)

// jsFuncs are the callbacks of one load, released together at its end.
type jsFuncs []app.Func

func (fs *jsFuncs) add(f func(v app.Value) any) app.Func {
	h := app.FuncOf(func(this app.Value, args []app.Value) any {
		var v app.Value
		if len(args) > 0 {
			v = args[0]
		}
		return f(v)
	})
	*fs = append(*fs, h)
	return h
}

func (fs jsFuncs) release() {
	for _, f := range fs {
		f.Release()
	}
}

// loadGeo registers the area's shapes with ECharts, loading the map's
// bundle and fetching the shapes the first time, then calls ready in the
// UI goroutine. It does nothing on the server; a failed load is logged and
// ready is not called (the tables still hold every number).
func loadGeo(ctx app.Context, area string, ready func(app.Context)) {
	if app.IsServer {
		return
	}
	if !app.Window().Get("laborlensMapReady").Truthy() {
		loadMapLib(ctx, func(ctx app.Context) { loadGeo(ctx, area, ready) })
		return
	}
	if geoRegistered[area] {
		ready(ctx)
		return
	}
	geoWaiting[area] = append(geoWaiting[area], ready)
	if len(geoWaiting[area]) > 1 {
		return // a fetch is under way
	}
	var fs jsFuncs
	finish := func(geoJSON app.Value, err any) {
		ctx.Dispatch(func(ctx app.Context) {
			fs.release()
			waiting := geoWaiting[area]
			delete(geoWaiting, area)
			if err != nil {
				app.Logf("loading the %s map from %s: %v", area, geoURL(area), err)
				return
			}
			if guard("registerMap", func() { app.Window().Get("echarts").Call("registerMap", area, geoJSON) }) != nil {
				return
			}
			geoRegistered[area] = true
			keepOffline(geoURL(area))
			for _, fn := range waiting {
				fn(ctx)
			}
		})
	}
	toJSON := fs.add(func(res app.Value) any {
		if !res.Get("ok").Bool() {
			return app.Window().Get("Promise").Call("reject", "HTTP "+res.Get("status").String())
		}
		return res.Call("json")
	})
	register := fs.add(func(geoJSON app.Value) any { finish(geoJSON, nil); return nil })
	fail := fs.add(func(err app.Value) any { finish(app.Null(), err.String()); return nil })
	if err := guard("fetch", func() {
		app.Window().Call("fetch", geoURL(area)).Call("then", toJSON).Call("then", register).Call("catch", fail)
	}); err != nil {
		finish(app.Null(), err)
	}
}

// loadMapLib loads the map's ECharts bundle, ECharts with the map chart and
// the geo component, which replaces window.echarts; then it calls ready in
// the UI goroutine.
func loadMapLib(ctx app.Context, ready func(app.Context)) {
	loadScript(ctx, "echarts-map.min.js", ready)
}

// loadECharts makes sure window.echarts exists, loading the common bundle
// (web/build/echarts.min.js) the first time a chart mounts, then calls
// ready in the UI goroutine. Pages without a chart (the explorer, event
// pages, the list embed) never download it. The map's bundle, when it came
// first, is a superset and stays.
func loadECharts(ctx app.Context, ready func(app.Context)) {
	if app.IsServer {
		return
	}
	if app.Window().Get("echarts").Truthy() {
		ready(ctx)
		return
	}
	loadScript(ctx, "echarts.min.js", ready)
}

// scriptWaiting holds, per script under /web/ being loaded, the callers
// waiting for it. Only the UI goroutine touches it.
var scriptWaiting = map[string][]func(app.Context){}

// loadScript adds the versioned script name (a file under /web/) to the
// page, keeps it for offline use once it ran, and calls ready in the UI
// goroutine. A failed load is logged and ready is not called; the next
// caller tries again.
func loadScript(ctx app.Context, name string, ready func(app.Context)) {
	scriptWaiting[name] = append(scriptWaiting[name], ready)
	if len(scriptWaiting[name]) > 1 {
		return // a load is under way
	}
	src := staticURL(name)
	var fs jsFuncs
	done := func(ok bool) any {
		ctx.Dispatch(func(ctx app.Context) {
			fs.release()
			waiting := scriptWaiting[name]
			delete(scriptWaiting, name)
			if !ok {
				app.Logf("loading %s failed; the tables hold the numbers", src)
				return
			}
			keepOffline(src)
			for _, fn := range waiting {
				fn(ctx)
			}
		})
		return nil
	}
	doc := app.Window().Get("document")
	script := doc.Call("createElement", "script")
	script.Set("onload", fs.add(func(app.Value) any { return done(true) }))
	script.Set("onerror", fs.add(func(app.Value) any { return done(false) }))
	script.Set("src", src)
	doc.Get("head").Call("appendChild", script)
}

// keepOffline adds a versioned URL to the service worker's cache
// (internal/server/app-worker.js names it laborlens-{version}). The browser's
// HTTP cache answers the request: versioned URLs never change.
func keepOffline(url string) {
	caches := app.Window().Get("caches")
	if !caches.Truthy() {
		return
	}
	var fs jsFuncs
	add := fs.add(func(cache app.Value) any { return cache.Call("add", url) })
	end := fs.add(func(err app.Value) any {
		if err.Truthy() {
			app.Logf("keeping %s for offline use: %v", url, err.String())
		}
		fs.release()
		return nil
	})
	ok := fs.add(func(app.Value) any { fs.release(); return nil })
	guard("caches", func() {
		caches.Call("open", "laborlens-"+app.Getenv("GOAPP_VERSION")).Call("then", add).Call("then", ok, end)
	})
}
