package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
)

// historyPage is the page of an organization or a facility: its header
// and facts, the statistics of its events with a link to them in the
// explorer (the events s selects), a feed link and the events, oldest
// first.
func (loc *Locale) historyPage(header app.UI, facts []app.UI, events []*dataset.Event, s query.State) app.UI {
	return loc.layout("/",
		header,
		app.Dl().Class("facts").Body(facts...),
		loc.eventStats(events, canonical("/", s.Encode())),
		app.P().Body(loc.followLink(s)),
		app.H2().Text(loc.N("org.events", len(events))),
		loc.eventList(events),
	)
}

// eventStats sums up a list of events, oldest first: how many of each
// kind, and the first and latest dates. explore links to the same events
// in the explorer.
func (loc *Locale) eventStats(events []*dataset.Event, explore string) app.UI {
	if len(events) == 0 {
		return app.P().Text(loc.T("stats.none"))
	}
	st := view.StatsOf(events)
	return app.Div().Class("event-stats").Body(
		app.Dl().Class("facts").Body(
			fact(loc.T("chart.axis.events"), loc.pr().Number(st.Count)),
			fact(loc.T("stats.first"), loc.pr().Date(st.First)),
			fact(loc.T("stats.latest"), loc.pr().Date(st.Latest)),
			app.Div().Body(app.Dt().Text(loc.T("stats.by-kind")), app.Dd().Body(
				app.Ul().Class("inline-list").Body(app.Range(st.ByKind).Slice(func(i int) app.UI {
					return app.Li().Text(loc.kindLabel(st.ByKind[i].Kind) + ": " + loc.pr().Number(st.ByKind[i].Count))
				})),
			)),
		),
		app.P().Body(app.A().Href(loc.link(explore)).Text(loc.T("stats.explore"))),
	)
}
