package app

import (
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// changesSection is the /about section on what this release changed since
// the previous one: counts, the renamed ids, and the added and changed
// events behind a disclosure. /changes.json has the same lists.
func (loc *Locale) changesSection(c *dataset.Changes) app.UI {
	if c == nil {
		return nil
	}
	eventLinks := func(ids []string) app.UI {
		return app.Ul().Class("change-list").Body(app.Range(ids).Slice(func(i int) app.UI {
			title := ids[i]
			if e, ok := data.Event(ids[i]); ok {
				title = e.Title
			}
			return app.Li().Body(english(loc, app.A()).Href(loc.link("/events/" + ids[i])).Text(title))
		}))
	}
	since := loc.T("about.changes.since", "version", c.From)
	if c.FromUpdated != "" {
		since = loc.T("about.changes.since-dated", "version", c.From, "date", c.FromUpdated)
	}
	// The file's name is a link inside the sentence.
	before, after, _ := strings.Cut(loc.T("about.changes.how", "file", "{file}"), "{file}")
	return app.Section().Class("changes").Aria("labelledby", "changes-h").Body(
		app.H2().ID("changes-h").Text(loc.T("about.changes")),
		app.P().Body(
			app.Text(loc.T("about.changes.counts", "since", since, "version", c.To, "added", loc.N("chart.events", len(c.Added)),
				"changed", loc.N("chart.events", len(c.Changed)), "removed", loc.N("chart.events", len(c.Removed)))+" "+before),
			app.A().Href("/changes.json").Text("changes.json"),
			app.Text(after),
		),
		app.If(len(c.Renamed) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Text(loc.N("about.changes.renamed", len(c.Renamed))),
				app.Ul().Class("change-list").Body(app.Range(c.Renamed).Slice(func(i int) app.UI {
					r := c.Renamed[i]
					return app.Li().Body(app.Code().Text(r.From), app.Text(" → "), app.A().Href(loc.link("/events/"+r.To)).Text(r.To))
				})),
			)
		}),
		app.If(len(c.Removed) > 0, func() app.UI {
			return app.Div().Body(app.P().Text(loc.T("about.changes.removed")), app.Ul().Class("change-list").Body(
				app.Range(c.Removed).Slice(func(i int) app.UI { return app.Li().Body(app.Code().Text(c.Removed[i])) })))
		}),
		app.If(len(c.Added) > 0, func() app.UI {
			return app.Details().Body(app.Summary().Text(loc.N("about.changes.added", len(c.Added))), eventLinks(c.Added))
		}),
		app.If(len(c.Changed) > 0, func() app.UI {
			return app.Details().Body(app.Summary().Text(loc.N("about.changes.changed", len(c.Changed))), eventLinks(c.Changed))
		}),
	)
}
