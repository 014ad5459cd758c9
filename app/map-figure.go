package app

import (
	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mapFigure is the map: countries or US states shaded by their events and
// every placed facility as a circle, drawn by ECharts' geo component once
// the area's shapes are loaded; its tables (by country, state and
// facility); zoom buttons, keyboard zoom and pan, and a PNG download.
// Zooming and panning write zoom and center to the URL (replacing the
// history entry), so a shared link shows the same view.
type mapFigure struct {
	app.Compo
	*Locale
	Events    []*dataset.Event
	View      charts.MapView
	Prefs     preferences
	Key       string                         // changes whenever what is drawn changes
	Drill     func(app.Context, clickTarget) // applies a clicked shape's filter or opens a facility
	NoCaption bool

	echartHost
	option      []byte
	tables      charts.MapTables
	showTables  bool
	savePending bool
	saveView    app.Func // setTimeout callback: writes the view to the URL
}

const mapElementID = "map-chart"

func (f *mapFigure) area() string {
	if f.View.Area == "" {
		return charts.AreaWorld
	}
	return f.View.Area
}

func (f *mapFigure) OnPreRender(ctx app.Context) { f.build() }

func (f *mapFigure) OnMount(ctx app.Context) {
	f.build()
	f.saveView = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(app.Context) { f.writeView() })
		return nil
	})
	f.load = func(ctx app.Context, ready func(app.Context)) { loadGeo(ctx, f.area(), ready) }
	f.mountChart(ctx, mapElementID, f.Drill, func() {
		f.chart.on("georoam", f.roamed)
		f.draw()
	})
}

func (f *mapFigure) OnUpdate(ctx app.Context) {
	if f.stale(f.Key) {
		f.build()
		area := f.area()
		ctx.Defer(func(ctx app.Context) { loadGeo(ctx, area, func(app.Context) { f.draw() }) })
	}
}

func (f *mapFigure) OnDismount() {
	f.dismountChart()
	if f.saveView.Truthy() {
		f.saveView.Release()
	}
}

func (f *mapFigure) build() {
	option, tables, err := charts.BuildMap(f.Events, f.View, data.Facility, charts.Config{
		Theme: f.Prefs.theme(), ReducedMotion: f.Prefs.ReducedMotion, Printer: f.pr(),
	})
	if err != nil {
		app.Log(err)
	}
	f.option, f.tables = option, tables
}

// draw sends the option to ECharts once the shapes of its area are
// registered: the view may change area while a fetch is under way.
func (f *mapFigure) draw() {
	if geoRegistered[f.area()] {
		f.show(mapElementID, f.Key, f.option)
	}
}

// roamed runs on every step of a zoom or pan; the URL is written once the
// movement has paused, not at every step.
func (f *mapFigure) roamed() {
	if f.savePending || !f.saveView.Truthy() {
		return
	}
	f.savePending = true
	app.Window().Call("setTimeout", f.saveView, 300)
}

// writeView replaces the URL with one that holds the current zoom and
// centre. go-app is not told: the map already shows that view.
func (f *mapFigure) writeView() {
	f.savePending = false
	zoom, center := f.chart.geoView()
	v := charts.MapView{Area: f.area(), Zoom: zoom}
	if len(center) == 2 {
		v.Center = charts.NewCenter(center[0], center[1])
	}
	u := *app.Window().URL()
	q := u.Query()
	v.Set(q)
	u.RawQuery = q.Encode()
	guard("replaceState", func() { app.Window().Get("history").Call("replaceState", nil, "", u.String()) })
}

// zoomBy zooms around the middle of the map; panBy moves it by pixels.
func (f *mapFigure) zoomBy(factor float64) {
	w, h := f.chart.size()
	f.chart.dispatch(map[string]any{"type": "geoRoam", "componentType": "geo", "geoIndex": 0, "zoom": factor, "originX": w / 2, "originY": h / 2})
}

func (f *mapFigure) panBy(dx, dy float64) {
	f.chart.dispatch(map[string]any{"type": "geoRoam", "componentType": "geo", "geoIndex": 0, "dx": dx, "dy": dy})
}

// reset shows the whole area again.
func (f *mapFigure) reset(ctx app.Context, e app.Event) {
	u := *ctx.Page().URL()
	q := u.Query()
	charts.MapView{Area: f.area()}.Set(q)
	u.RawQuery = q.Encode()
	ctx.NavigateTo(&u)
}

// onKey: + and - zoom, the arrows pan, 0 shows the whole area.
func (f *mapFigure) onKey(ctx app.Context, e app.Event) {
	const step = 60
	switch e.Get("key").String() {
	case "+", "=":
		f.zoomBy(1.5)
	case "-", "_":
		f.zoomBy(1 / 1.5)
	case "ArrowLeft":
		f.panBy(step, 0)
	case "ArrowRight":
		f.panBy(-step, 0)
	case "ArrowUp":
		f.panBy(0, step)
	case "ArrowDown":
		f.panBy(0, -step)
	case "0":
		f.reset(ctx, e)
	default:
		return
	}
	e.PreventDefault()
}

func (f *mapFigure) toggleTables(ctx app.Context, e app.Event) { f.showTables = !f.showTables }

func (f *mapFigure) downloadPNG(ctx app.Context, e app.Event) {
	f.drawNow(ctx)
	saveDataURL("laborlens-map-"+f.area()+".png", f.chart.pngURL(f.Prefs.background()))
}

func (f *mapFigure) Render() app.UI {
	title := charts.MapTitleIn(f.area(), f.pr())
	shown := f.showTables || app.IsServer // before the wasm runs, the tables stand in for the map
	label := f.T("map.show-tables")
	if f.showTables {
		label = f.T("map.hide-tables")
	}
	tables := []charts.Table{f.tables.Countries, f.tables.States, f.tables.Facilities}
	box := app.Div().ID("map-tables").Class("chart-table map-tables")
	if !shown { // only when true: go-app prerenders Hidden(false) as hidden="false"
		box = box.Hidden(true)
	}
	if f.area() == charts.AreaUS {
		tables[0], tables[1] = tables[1], tables[0]
	}
	return app.Figure().Class("chart-figure map-figure").ID("figure-map").Body(
		app.If(!f.NoCaption, func() app.UI {
			return app.FigCaption().Body(
				app.H2().Text(title),
				app.P().Class("muted").Text(charts.MapDescriptionIn(f.pr())),
			)
		}),
		app.Div().ID(mapElementID).Class("chart map-chart").TabIndex(0).Role("application").
			Aria("roledescription", f.T("map.role")).
			Aria("label", f.T("map.aria", "title", title)).
			OnKeyDown(f.onKey),
		app.Div().Class("chart-actions").Body(
			app.Button().Type("button").Text(f.T("timeline.zoom-in")).OnClick(func(ctx app.Context, e app.Event) { f.zoomBy(1.5) }),
			app.Button().Type("button").Text(f.T("timeline.zoom-out")).OnClick(func(ctx app.Context, e app.Event) { f.zoomBy(1 / 1.5) }),
			app.Button().Type("button").Text(f.T("map.whole")).OnClick(f.reset),
			app.Button().Type("button").Aria("expanded", f.showTables).Aria("controls", "map-tables").Text(label).OnClick(f.toggleTables),
			app.Button().Type("button").Text(f.T("chart.png")).OnClick(f.downloadPNG),
		),
		box.Body(
			app.Range(tables).Slice(func(i int) app.UI { return f.dataTable(tables[i]) }),
		),
	)
}
