package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
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
		app.H2().Text(format.Plural(len(events), "event", "events")+", oldest first"),
		eventList(events),
	)
}

// eventStats sums up a list of events, oldest first: how many of each
// kind, and the first and latest dates. explore links to the same events
// in the explorer.
func eventStats(events []*dataset.Event, explore string) app.UI {
	if len(events) == 0 {
		return app.P().Text("No events recorded.")
	}
	st := view.StatsOf(events)
	return app.Div().Class("event-stats").Body(
		app.Dl().Class("facts").Body(
			fact("Events", format.Thousands(st.Count)),
			fact("First", format.Date(st.First)),
			fact("Latest", format.Date(st.Latest)),
			app.Div().Body(app.Dt().Text("By kind"), app.Dd().Body(
				app.Ul().Class("inline-list").Body(app.Range(st.ByKind).Slice(func(i int) app.UI {
					return app.Li().Text(st.ByKind[i].Kind.Label() + ": " + strconv.Itoa(st.ByKind[i].Count))
				})),
			)),
		),
		app.P().Body(app.A().Href(explore).Text("Filter, chart and export these events")),
	)
}
