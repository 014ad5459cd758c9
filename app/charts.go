package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// chartsPage draws every chart over the events that match the current
// filters; clicking a bar or cell narrows the filters to it.
type chartsPage struct {
	app.Compo
	*Locale
	state  query.State
	result query.Result     // the search of state, done once per navigation
	events []*dataset.Event // result's events
	prefsWatcher
}

// matchingShown bounds the list of matching events under the charts.
const matchingShown = 20

func (p *chartsPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *chartsPage) OnNav(ctx app.Context) { onClientNav(ctx, p.load) }

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *chartsPage) OnInit() {
	if app.IsClient {
		p.read(app.Window().URL())
	}
}

func (p *chartsPage) read(u *url.URL) {
	p.state = searchIndex().Parse(u.Query())
	p.result = searchIndex().Search(p.state)
	p.events = hitEvents(&p.result)
	p.prefs = currentPreferences()
}

func (p *chartsPage) load(ctx app.Context) {
	p.read(ctx.Page().URL())
	p.setPageMeta(ctx, p.viewMeta(p.T("charts.title"), p.T("charts.description"), "/charts", &p.result, p.state))
}

func (p *chartsPage) OnMount(ctx app.Context) { p.watch(ctx) }
func (p *chartsPage) OnDismount()             { p.stop() }

// matching returns the events that match s, in its order.
func matching(s query.State) []*dataset.Event {
	r := searchIndex().Search(s)
	return hitEvents(&r)
}

// hitEvents lists the events of a search result, in its order.
func hitEvents(r *query.Result) []*dataset.Event {
	out := make([]*dataset.Event, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = h.Event
	}
	return out
}

// drill applies a clicked chart element: a filter narrows this view, an
// event opens its page.
func (p *chartsPage) drill(ctx app.Context, t clickTarget) {
	p.drillFrom(ctx, p.state, t)
}

func (loc *Locale) drillFrom(ctx app.Context, s query.State, t clickTarget) {
	switch {
	case t.EventID != "" && strings.HasPrefix(ctx.Page().URL().Path, "/embed/"):
		ctx.Navigate(loc.link("/embed/events/" + url.PathEscape(t.EventID)))
	case t.EventID != "":
		ctx.Navigate(loc.link("/events/" + url.PathEscape(t.EventID)))
	case t.Filter != nil:
		u := *ctx.Page().URL()
		u.RawQuery = loc.langValues(searchIndex().Parse(drillTo(s, t.Filter)).Values()).Encode()
		ctx.NavigateTo(&u)
	}
}

func (p *chartsPage) Render() app.UI {
	// The key names what is drawn; the count tells the first render (before
	// OnNav has loaded the events) from the loaded one.
	key := drawKey(p.state, len(p.events), p.prefs)
	all := charts.All()
	shown := p.events
	if len(shown) > matchingShown {
		shown = shown[:matchingShown]
	}
	return p.layout("/charts",
		pageHeader(p.T("charts.title"), p.T("charts.lead")),
		p.filterSummary(&p.result, p.state, viewHref("/charts")),
		app.Div().Class("chart-grid").Body(
			app.Range(all).Slice(func(i int) app.UI {
				return &chartFigure{Locale: p.Locale, Chart: all[i], Events: p.events, Prefs: p.prefs, Key: key, Drill: p.drill}
			}),
		),
		app.Section().Class("matching").Aria("labelledby", "matching-h").Body(
			app.H2().ID("matching-h").Text(p.N("count.matching", len(p.events))),
			p.eventList(shown),
			app.If(len(p.events) > len(shown), func() app.UI {
				return app.P().Body(app.A().Href(attr(p.link(canonical("/", p.state.Encode())))).Text(p.N("count.see-all", len(p.events))))
			}),
		),
	)
}

// filterSummary shows the active filters of a view as removable chips and
// a link to change them in the explorer; href is the view's address for a
// state.
func (loc *Locale) filterSummary(r *query.Result, s query.State, href func(query.State) string) app.UI {
	return app.Div().Class("filter-summary").Body(
		app.P().Class("result-count").Role("status").Aria("live", "polite").
			Text(loc.N("count.of", r.Total, "shown", loc.pr().Number(len(r.Hits)))),
		loc.activeFilters(r, s, href),
		app.P().Body(app.A().Href(attr(loc.link(canonical("/", s.Encode())))).Text(loc.T("charts.change-filters"))),
	)
}

// viewHref returns the address of the view at path for a state.
func viewHref(path string) func(query.State) string {
	return func(s query.State) string { return canonical(path, s.Encode()) }
}
