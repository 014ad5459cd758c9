package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
)

// timelinePage shows the matching events on a time axis and, as its text
// alternative and print view, as a list by year and month.
type timelinePage struct {
	app.Compo
	*Locale
	state  query.State
	result query.Result     // the search of state, newest first, done once per navigation
	events []*dataset.Event // oldest first
	prefsWatcher
}

var laneLabels = map[query.Lane]string{
	query.LaneKind:    "facet.kind",
	query.LaneCountry: "facet.country",
	query.LaneOrg:     "facet.org",
}

func (p *timelinePage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *timelinePage) OnNav(ctx app.Context) {
	onClientNav(ctx, p.load)
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *timelinePage) OnInit() {
	if app.IsClient {
		p.read(app.Window().URL())
	}
}

func (p *timelinePage) load(ctx app.Context) {
	p.read(ctx.Page().URL())
	p.setPageMeta(ctx, p.viewMeta(p.T("timeline.title"), p.T("timeline.description"), "/timeline", &p.result, p.state))
}

func (p *timelinePage) read(u *url.URL) {
	p.state = searchIndex().Parse(u.Query())
	p.result = searchIndex().Search(p.state.WithSort(query.SortNewest))
	p.events = reversed(hitEvents(&p.result))
	p.prefs = currentPreferences()
}

func (p *timelinePage) OnMount(ctx app.Context) { p.watch(ctx) }
func (p *timelinePage) OnDismount()             { p.stop() }

func (p *timelinePage) setLane(ctx app.Context, e app.Event) {
	ctx.Navigate(p.link(canonical("/timeline", p.state.WithLane(query.Lane(ctx.JSSrc().Get("value").String())).Encode())))
}

func (p *timelinePage) open(ctx app.Context, t clickTarget) { p.drillFrom(ctx, p.state, t) }

func (p *timelinePage) Render() app.UI {
	lane := p.state.EffectiveLane()
	key := drawKey(p.state, len(p.events), p.prefs)
	return p.layout("/timeline",
		pageHeader(p.T("timeline.title"), p.T("timeline.lead")),
		p.filterSummary(&p.result, p.state, viewHref("/timeline")),
		app.Div().Class("lane-switch needs-app").Body(
			app.Label().For("lane").Text(p.T("timeline.lanes")+" "),
			app.Select().ID("lane").OnChange(p.setLane).Body(
				app.Range(query.Lanes()).Slice(func(i int) app.UI {
					l := query.Lanes()[i]
					return boolAttr(app.Option().Value(string(l)), app.HTMLOption.Selected, lane == l).Text(p.T(laneLabels[l]))
				}),
			),
		),
		&timelineChart{Locale: p.Locale, Events: p.events, Lane: lane, Prefs: p.prefs, Key: key, Open: p.open},
		p.chronologicalList(p.events, p.state),
	)
}

// chronologicalList lists events by year and month, oldest first: the
// timeline's text alternative. Beyond view.ChronologyLimit events it lists the
// latest and links to all of them in the explorer, oldest first.
func (loc *Locale) chronologicalList(all []*dataset.Event, s query.State) app.UI {
	events := view.Latest(all)
	years := view.Chronology(events)
	return app.Section().Class("chronology").Aria("labelledby", "chronology-h").Body(
		app.H2().ID("chronology-h").Text(loc.N("timeline.all", len(all))),
		app.If(len(all) > len(events), func() app.UI {
			return app.P().Class("list-cut").Body(
				app.Text(loc.N("timeline.latest", len(events))+" "),
				app.A().Href(loc.link("/?"+s.WithSort(query.SortOldest).Encode())).Text(loc.N("timeline.see-all", len(all))),
				app.Text("."),
			)
		}),
		app.Range(years).Slice(func(i int) app.UI {
			y := years[i]
			return app.Section().Body(
				app.H3().ID("year-"+strconv.Itoa(y.Year)).Text(strconv.Itoa(y.Year)),
				app.Range(y.Months).Slice(func(j int) app.UI {
					m := y.Months[j]
					return app.Div().Body(app.H4().Text(loc.monthLabel(m.Label, m.Events)), loc.eventList(m.Events))
				}),
			)
		}),
	)
}
