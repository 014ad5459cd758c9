package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// relatedGroup is a titled list of events related to one event.
type relatedGroup struct {
	Title  string
	Events []*dataset.Event
}

// maxRelated bounds each group, so a busy organization does not bury the page.
const maxRelated = 6

// related gathers the events that share e's campaign, facilities or
// organizations, each event listed once, in the first group it fits.
func related(e *dataset.Event) []relatedGroup {
	seen := map[string]bool{e.ID: true}
	pick := func(title string, events []*dataset.Event) relatedGroup {
		g := relatedGroup{Title: title}
		for _, r := range events {
			if !seen[r.ID] && len(g.Events) < maxRelated {
				seen[r.ID] = true
				g.Events = append(g.Events, r)
			}
		}
		return g
	}
	var groups []relatedGroup
	add := func(g relatedGroup) {
		if len(g.Events) > 0 {
			groups = append(groups, g)
		}
	}
	if c, ok := data.Campaign(e.Campaign); ok {
		add(pick("In the campaign “"+c.Name+"”", data.EventsIn(c.ID)))
	}
	for _, code := range e.Facilities {
		add(pick("Also at "+code, data.EventsAt(code)))
	}
	for _, id := range e.Organizations {
		if o, ok := data.Org(id); ok {
			add(pick("Also involving "+o.Name, data.EventsOf(id)))
		}
	}
	return groups
}

// neighbours returns the events just before and after e in time.
func neighbours(e *dataset.Event) (older, newer *dataset.Event) {
	for i := range data.Events {
		if data.Events[i].ID != e.ID {
			continue
		}
		if i+1 < len(data.Events) {
			older = &data.Events[i+1]
		}
		if i > 0 {
			newer = &data.Events[i-1]
		}
		break
	}
	return older, newer
}

// relatedSection renders the related events and the previous/next links.
func relatedSection(e *dataset.Event) app.UI {
	groups := related(e)
	older, newer := neighbours(e)
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
