package app

import (
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// eventStats sums up a list of events, oldest first: how many of each
// kind, and the first and latest dates. explore links to the same events
// in the explorer.
func eventStats(events []*dataset.Event, explore string) app.UI {
	if len(events) == 0 {
		return app.P().Text("No events recorded.")
	}
	counts := map[dataset.Kind]int{}
	for _, e := range events {
		counts[e.Kind]++
	}
	kinds := make([]dataset.Kind, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if counts[kinds[i]] != counts[kinds[j]] {
			return counts[kinds[i]] > counts[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	return app.Div().Class("event-stats").Body(
		app.Dl().Class("facts").Body(
			fact("Events", format.Thousands(len(events))),
			fact("First", format.Date(events[0].Date)),
			fact("Latest", format.Date(events[len(events)-1].Date)),
			app.Div().Body(app.Dt().Text("By kind"), app.Dd().Body(
				app.Ul().Class("inline-list").Body(app.Range(kinds).Slice(func(i int) app.UI {
					return app.Li().Text(kinds[i].Label() + ": " + strconv.Itoa(counts[kinds[i]]))
				})),
			)),
		),
		app.P().Body(app.A().Href(explore).Text("Filter, chart and export these events")),
	)
}
