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
func historyPage(header app.UI, facts []app.UI, events []*dataset.Event, s query.State) app.UI {
	return layout("/",
		header,
		app.Dl().Class("facts").Body(facts...),
		eventStats(events, canonical("/", s.Encode())),
		app.P().Body(followLink(s)),
		app.H2().Text(N("org.events", len(events))),
		eventList(events),
	)
}

// eventStats sums up a list of events, oldest first: how many of each
// kind, and the first and latest dates. explore links to the same events
// in the explorer.
func eventStats(events []*dataset.Event, explore string) app.UI {
	if len(events) == 0 {
		return app.P().Text(T("stats.none"))
	}
	st := view.StatsOf(events)
	return app.Div().Class("event-stats").Body(
		app.Dl().Class("facts").Body(
			fact(T("chart.axis.events"), pr().Number(st.Count)),
			fact(T("stats.first"), pr().Date(st.First)),
			fact(T("stats.latest"), pr().Date(st.Latest)),
			app.Div().Body(app.Dt().Text(T("stats.by-kind")), app.Dd().Body(
				app.Ul().Class("inline-list").Body(app.Range(st.ByKind).Slice(func(i int) app.UI {
					return app.Li().Text(kindLabel(st.ByKind[i].Kind) + ": " + pr().Number(st.ByKind[i].Count))
				})),
			)),
		),
		app.P().Body(app.A().Href(link(explore)).Text(T("stats.explore"))),
	)
}
