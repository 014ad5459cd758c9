package app

import (
	"net/url"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// chartFigure is one chart: its title and description, the chart drawn by
// ECharts, a data table with the same numbers, and a PNG download. It
// redraws when its Key (filters and theme) changes and is disposed when
// its view unmounts.
type chartFigure struct {
	app.Compo
	*Locale
	Chart  charts.Chart
	Events []*dataset.Event
	Prefs  preferences
	Key    string                         // changes whenever what is drawn changes
	Drill  func(app.Context, clickTarget) // applies a clicked element's filter
	// NoCaption leaves the title out (embeds with title=0).
	NoCaption bool

	echartHost
	figure    *charts.Figure // nil for an unknown chart
	built     string         // the Key figure was aggregated for
	showTable bool
}

func (f *chartFigure) elementID() string { return "chart-" + f.Chart.ID }

func (f *chartFigure) OnPreRender(ctx app.Context) { f.build() }

// OnInit builds the table in the browser before the first render, which
// then hands chartTable the prerender's table to keep.
func (f *chartFigure) OnInit() {
	if app.IsClient {
		f.build()
	}
}

func (f *chartFigure) OnMount(ctx app.Context) {
	f.mountChart(ctx, f.elementID(), f.Drill, f.draw)
}

// OnUpdate aggregates again only when the key changed: a chart not yet
// drawn (it waits to be near the viewport) is stale, but its figure is
// not, and seven figures aggregated twice were ~50 ms of /charts' first
// mount.
func (f *chartFigure) OnUpdate(ctx app.Context) {
	if f.built != f.Key {
		f.build()
	}
	if f.stale(f.Key) {
		ctx.Defer(func(app.Context) { f.draw() })
	}
}

func (f *chartFigure) OnDismount() { f.dismountChart() }

// build aggregates the events, for the table now; draw encodes the
// option (most of the time: its JSON) and sends it to ECharts, once the
// chart is drawn.
func (f *chartFigure) build() {
	fig, err := charts.Assemble(f.Chart.ID, f.Events, f.config())
	if err != nil {
		app.Log(err)
	}
	f.figure, f.built = fig, f.Key
}

func (f *chartFigure) table() charts.Table {
	if f.figure == nil {
		return charts.Table{}
	}
	return f.figure.Table()
}

func (f *chartFigure) config() charts.Config {
	return charts.Config{
		Theme:         f.Prefs.theme(),
		ReducedMotion: f.Prefs.ReducedMotion,
		OrgName:       charts.OrgNames(data),
		Printer:       f.pr(),
	}
}

func (f *chartFigure) draw() {
	if f.chart == nil || f.figure == nil {
		return
	}
	option, err := f.figure.Option()
	if err != nil {
		app.Log(err)
		return
	}
	f.show(f.elementID(), f.Key, option)
}

func (f *chartFigure) toggleTable(ctx app.Context, e app.Event) { f.showTable = !f.showTable }

func (f *chartFigure) downloadPNG(ctx app.Context, e app.Event) {
	f.drawNow(ctx)
	saveDataURL("laborlens-"+f.Chart.ID+".png", f.chart.pngURL(f.Prefs.background()))
}

func (f *chartFigure) Render() app.UI {
	tableID := "table-" + f.Chart.ID
	// Before the wasm runs there is no chart: the table stands in for it.
	tableShown := f.showTable || app.IsServer
	label := f.T("chart.show-table")
	if f.showTable {
		label = f.T("chart.hide-table")
	}
	title := charts.Title(f.Chart.ID, f.pr())
	return app.Figure().Class("chart-figure").ID("figure-"+f.Chart.ID).Body(
		app.If(!f.NoCaption, func() app.UI {
			return app.FigCaption().Body(
				app.H2().Text(title),
				app.P().Class("muted").Text(charts.Description(f.Chart.ID, f.pr())),
			)
		}),
		app.Div().ID(f.elementID()).Class("chart").Role("img").Aria("label", f.T("chart.aria", "title", title)),
		app.Div().Class("chart-actions needs-app").Body(
			app.Button().Type("button").Aria("expanded", f.showTable).Aria("controls", tableID).Text(label).OnClick(f.toggleTable),
			app.Button().Type("button").Text(f.T("chart.png")).OnClick(f.downloadPNG),
		),
		boolAttr(app.Div().ID(tableID).Class("chart-table"), app.HTMLDiv.Hidden, !tableShown).Body(
			&chartTable{Locale: f.Locale, ChartID: f.Chart.ID, Table: f.table()},
		),
	)
}

// dataTable renders a chart's numbers; every cell is a text node, and the
// dataset's own text is marked English.
func (loc *Locale) dataTable(t charts.Table) app.UI {
	if len(t.Columns) == 0 {
		return nil
	}
	return app.Table().Body(
		app.Caption().Text(t.Caption),
		app.THead().Body(app.Tr().Body(app.Range(t.Columns).Slice(func(i int) app.UI {
			return app.Th().Scope("col").Text(t.Columns[i])
		}))),
		app.TBody().Body(app.Range(t.Rows).Slice(func(i int) app.UI {
			row := t.Rows[i]
			return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
				en := slices.Contains(t.English, j)
				if j == 0 {
					return markEnglish(loc, app.Th().Scope("row"), en).Text(row[j])
				}
				return markEnglish(loc, app.Td(), en).Text(row[j])
			}))
		})),
		app.If(t.Omitted > 0, func() app.UI {
			return app.TFoot().Body(app.Tr().Body(
				app.Td().ColSpan(len(t.Columns)).Text(loc.N("table.omitted", t.Omitted)),
			))
		}),
	)
}

// drillTo merges a clicked element's filter into s and returns the URL
// query of the result: the chart's filter replaces the same parameters.
func drillTo(s query.State, filter url.Values) url.Values {
	v := s.Values()
	for k, vals := range filter {
		v[k] = vals
	}
	return v
}
