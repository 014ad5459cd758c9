package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/view"
)

// relatedSection renders the related events and the previous/next links.
func (loc *Locale) relatedSection(e *dataset.Event) app.UI {
	groups := view.Related(data, e)
	older, newer := view.Neighbours(data, e)
	return app.Section().Class("related").Aria("labelledby", "related-h").Body(
		app.H2().ID("related-h").Text(loc.T("related.title")),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Text(loc.T("related.none"))
		}),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Div().Body(app.H3().Text(loc.T("related.by."+g.By, "name", g.Name)), loc.eventList(g.Events))
		}),
		app.Nav().Class("prev-next").Aria("label", loc.T("related.in-time")).Body(
			app.If(older != nil, func() app.UI {
				return app.A().Rel("prev").Href(loc.link("/events/" + older.ID)).Text("← " + loc.T("related.earlier") + ": " + older.Title)
			}),
			app.If(newer != nil, func() app.UI {
				return app.A().Rel("next").Href(loc.link("/events/" + newer.ID)).Text(loc.T("related.later") + ": " + newer.Title + " →")
			}),
		),
	)
}
