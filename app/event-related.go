package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/view"
)

// relatedSection renders the related events and the previous/next links.
func relatedSection(e *dataset.Event) app.UI {
	groups := view.Related(data, e)
	older, newer := view.Neighbours(data, e)
	return app.Section().Class("related").Aria("labelledby", "related-h").Body(
		app.H2().ID("related-h").Text("Related events"),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Text("No other event shares this one's campaign, facility or organizations.")
		}),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Div().Body(app.H3().Text(g.Title), eventList(g.Events))
		}),
		app.Nav().Class("prev-next").Aria("label", "Events in time").Body(
			app.If(older != nil, func() app.UI {
				return app.A().Rel("prev").Href("/events/" + older.ID).Text("← Earlier: " + older.Title)
			}),
			app.If(newer != nil, func() app.UI {
				return app.A().Rel("next").Href("/events/" + newer.ID).Text("Later: " + newer.Title + " →")
			}),
		),
	)
}
