package view

import "github.com/laborlens/laborlens/dataset"

// RelatedGroup is a titled list of events related to one event.
type RelatedGroup struct {
	Title  string
	By     string // what the events share: "campaign", "facility" or "org"
	Name   string // the campaign's or organization's name, the facility's code
	Events []*dataset.Event
}

// MaxRelated bounds each group, so a busy organization does not bury the page.
const MaxRelated = 6

// Related gathers the events of d that share e's campaign, facilities or
// organizations, each listed once, in the first group it fits, at most
// MaxRelated a group; groups left empty are dropped.
func Related(d *dataset.Dataset, e *dataset.Event) []RelatedGroup {
	seen := map[string]bool{e.ID: true}
	var groups []RelatedGroup
	add := func(title, by, name string, events []*dataset.Event) {
		g := RelatedGroup{Title: title, By: by, Name: name}
		for _, r := range events {
			if !seen[r.ID] && len(g.Events) < MaxRelated {
				seen[r.ID] = true
				g.Events = append(g.Events, r)
			}
		}
		if len(g.Events) > 0 {
			groups = append(groups, g)
		}
	}
	if c, ok := d.Campaign(e.Campaign); ok {
		add("In the campaign “"+c.Name+"”", "campaign", c.Name, d.EventsIn(c.ID))
	}
	for _, code := range e.Facilities {
		add("Also at "+code, "facility", code, d.EventsAt(code))
	}
	for _, id := range e.Organizations {
		if o, ok := d.Org(id); ok {
			add("Also involving "+o.Name, "org", o.Name, d.EventsOf(id))
		}
	}
	return groups
}

// Neighbours returns the events of d just before and after e in time.
func Neighbours(d *dataset.Dataset, e *dataset.Event) (older, newer *dataset.Event) {
	for i := range d.Events { // newest first
		if d.Events[i].ID != e.ID {
			continue
		}
		if i+1 < len(d.Events) {
			older = &d.Events[i+1]
		}
		if i > 0 {
			newer = &d.Events[i-1]
		}
		break
	}
	return older, newer
}
