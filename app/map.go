package app

import (
	"net/url"
	"strings"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mapPage is /map: where organizing at Amazon happens. The map follows the
// filters; clicking a country or a state filters to it and lists its
// events beside the map, clicking a facility opens its page. Its own URL
// parameters are area (world or us), zoom and center.
type mapPage struct {
	app.Compo
	*Locale
	state  query.State
	view   charts.MapView
	result query.Result
	events []*dataset.Event
	prefsWatcher
}

func (p *mapPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *mapPage) OnNav(ctx app.Context)   { onClientNav(ctx, p.load) }
func (p *mapPage) OnMount(ctx app.Context) { p.watch(ctx) }
func (p *mapPage) OnDismount()             { p.stop() }

func (p *mapPage) load(ctx app.Context) {
	q := ctx.Page().URL().Query()
	p.state = searchIndex().Parse(q)
	p.view = charts.ParseMapView(q)
	p.result = searchIndex().Search(p.state)
	p.events = hitEvents(&p.result)
	p.prefs = currentPreferences()
	m := p.viewMeta(p.T("map.title"), p.T("map.description"), "/map", &p.result, p.state)
	m.Canonical = p.href(p.state)
	p.setPageMeta(ctx, m)
}

// href is the map's address for s, in the same area.
func (p *mapPage) href(s query.State) string {
	v := s.Values()
	charts.MapView{Area: p.view.Area}.Set(v)
	return canonical("/map", v.Encode())
}

// mapKey names what a map draws, for redrawing: drawKey and the view.
func mapKey(s query.State, v charts.MapView, n int, prefs preferences) string {
	return drawKey(s, n, prefs) + "|" + v.Key()
}

func (p *mapPage) Render() app.UI {
	shown := p.events
	if len(shown) > matchingShown {
		shown = shown[:matchingShown]
	}
	drill := func(ctx app.Context, t clickTarget) { p.mapDrill(ctx, p.state, p.view, t) }
	return p.layout("/map",
		pageHeader(p.T("map.title"), p.T("map.lead")),
		p.filterSummary(&p.result, p.state, p.href),
		p.areaSwitch("/map", p.state, p.view.Area, nil),
		app.Div().Class("map-layout").Body(
			&mapFigure{Locale: p.Locale, Events: p.events, View: p.view, Prefs: p.prefs, Key: mapKey(p.state, p.view, len(p.events), p.prefs), Drill: drill},
			app.Section().Class("matching map-list").Aria("labelledby", "matching-h").Body(
				app.H2().ID("matching-h").Text(p.mapListHeading(p.state, len(p.events))),
				p.eventList(shown),
				app.If(len(p.events) > len(shown), func() app.UI {
					return app.P().Body(app.A().Href(p.link("/?" + p.state.Encode())).Text(p.N("count.see-all", len(p.events))))
				}),
			),
		),
	)
}

// mapListHeading says what the list beside the map holds.
func (loc *Locale) mapListHeading(s query.State, n int) string {
	var where []string
	for _, c := range s.Countries {
		where = append(where, loc.countryName(c))
	}
	if s.Region != "" {
		where = append(where, s.Region)
	}
	h := loc.N("count.matching", n)
	if len(where) > 0 {
		h = loc.N("map.events-in", n, "where", strings.Join(where, ", "))
	}
	return h
}

// areaSwitch links to the world map and to the US map, with the filters
// and the extra parameters (an embed's).
func (loc *Locale) areaSwitch(path string, s query.State, current string, extra url.Values) app.UI {
	areaLink := func(area, label string) app.UI {
		v := s.Values()
		charts.MapView{Area: area}.Set(v)
		for k, x := range extra {
			v[k] = x
		}
		href := path
		if len(v) > 0 {
			href += "?" + v.Encode()
		}
		a := app.A().Href(loc.link(href)).Text(label)
		if area == current || (current == "" && area == charts.AreaWorld) {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	return app.Nav().Class("area-switch").Aria("label", loc.T("map.area")).Body(
		app.Ul().Body(areaLink(charts.AreaWorld, loc.T("map.world")), areaLink(charts.AreaUS, loc.T("map.us"))),
	)
}

// mapDrill applies a click on the map: a country or state filters the
// view to it (the United States also turns to the map of its states), a
// facility opens its page. The map's area is kept; the zoom is reset.
func (loc *Locale) mapDrill(ctx app.Context, s query.State, mv charts.MapView, t clickTarget) {
	embedded := strings.HasPrefix(ctx.Page().URL().Path, "/embed/")
	switch {
	case t.Page != "" && embedded:
		// The full app cannot be framed by the partner's page: a new tab.
		app.Window().Call("open", t.Page, "_blank", "noopener")
	case t.Page != "":
		ctx.Navigate(loc.link(t.Page))
	case t.Filter != nil:
		u := *ctx.Page().URL()
		v := searchIndex().Parse(drillTo(s, t.Filter)).Values()
		area := mv.Area
		if t.Filter.Get(charts.ParamCountry) == "US" {
			area = charts.AreaUS
		}
		charts.MapView{Area: area}.Set(v)
		old := u.Query()
		for _, k := range view.EmbedOnly {
			if x := old.Get(k); x != "" {
				v.Set(k, x)
			}
		}
		u.RawQuery = loc.langValues(v).Encode()
		ctx.NavigateTo(&u)
	}
}
