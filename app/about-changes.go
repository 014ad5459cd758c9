package app

import (
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// changesSection is the /about section on what this release changed since
// the previous one: counts, the renamed ids, and the added and changed
// events behind a disclosure. /changes.json has the same lists.
func changesSection(c *dataset.Changes) app.UI {
	if c == nil {
		return nil
	}
	eventLinks := func(ids []string) app.UI {
		return app.Ul().Class("change-list").Body(app.Range(ids).Slice(func(i int) app.UI {
			title := ids[i]
			if e, ok := data.Event(ids[i]); ok {
				title = e.Title
			}
			return app.Li().Body(app.A().Href("/events/" + ids[i]).Text(title))
		}))
	}
	since := "version " + c.From
	if c.FromUpdated != "" {
		since += " (" + c.FromUpdated + ")"
	}
	return app.Section().Class("changes").Aria("labelledby", "changes-h").Body(
		app.H2().ID("changes-h").Text(T("about.changes")),
		english(app.P()).Body(
			app.Text("Since "+since+", version "+c.To+" added "+format.Plural(len(c.Added), "event", "events")+
				", changed "+format.Plural(len(c.Changed), "event", "events")+" and removed "+format.Plural(len(c.Removed), "event", "events")+
				". An event counts as changed when any of its fields, figures or sources did. Every release lists its changes in "),
			app.A().Href("/changes.json").Text("changes.json"),
			app.Text(", worked out from the dataset and a snapshot of the previous release's event ids and content hashes."),
		),
		app.If(len(c.Renamed) > 0, func() app.UI {
			return app.Div().Body(
				english(app.P()).Text("Corrected dates changed "+format.Plural(len(c.Renamed), "event's id", "events' ids")+"; the old addresses still lead to them:"),
				app.Ul().Class("change-list").Body(app.Range(c.Renamed).Slice(func(i int) app.UI {
					r := c.Renamed[i]
					return app.Li().Body(app.Code().Text(r.From), app.Text(" → "), app.A().Href(link("/events/"+r.To)).Text(r.To))
				})),
			)
		}),
		app.If(len(c.Removed) > 0, func() app.UI {
			return app.Div().Body(app.P().Text("Removed:"), app.Ul().Class("change-list").Body(
				app.Range(c.Removed).Slice(func(i int) app.UI { return app.Li().Body(app.Code().Text(c.Removed[i])) })))
		}),
		app.If(len(c.Added) > 0, func() app.UI {
			return app.Details().Body(app.Summary().Text("The "+format.Plural(len(c.Added), "event", "events")+" added"), eventLinks(c.Added))
		}),
		app.If(len(c.Changed) > 0, func() app.UI {
			return app.Details().Body(app.Summary().Text("The "+format.Plural(len(c.Changed), "event", "events")+" changed"), eventLinks(c.Changed))
		}),
	)
}
