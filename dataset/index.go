package dataset

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// lookup holds the tables behind the lookup methods: those of the
// organizations, facilities and campaigns, built by index, and those of
// the events, built on their first use, once: at 100,000 events they took
// ~380 ms of the browser's start, and the first page (the explorer, the
// timeline) reads none of them.
type lookup struct {
	orgs       map[string]int
	facilities map[string]int
	campaigns  map[string]int

	eventsOnce sync.Once
	events     map[string]int      // id -> index in Events
	former     map[string]int      // former id -> index in Events
	byOrg      map[string][]*Event // oldest first
	byFacility map[string][]*Event
	byCampaign map[string][]*Event
}

// index builds the lookup tables, but the events'. Parse, Decode and
// Synthetic call it; a Dataset built by hand is indexed on its first
// lookup, which is then not safe to race with other lookups. A dataset
// must not be changed once indexed.
func (d *Dataset) index() {
	x := &lookup{
		orgs:       make(map[string]int, len(d.Organizations)),
		facilities: make(map[string]int, len(d.Facilities)),
		campaigns:  make(map[string]int, len(d.Campaigns)),
	}
	for i := range d.Organizations {
		x.orgs[d.Organizations[i].ID] = i
	}
	for i := range d.Facilities {
		x.facilities[d.Facilities[i].Code] = i
	}
	for i := range d.Campaigns {
		x.campaigns[d.Campaigns[i].ID] = i
	}
	d.idx = x
}

// eventTables returns the lookup tables with the events' built.
func (d *Dataset) eventTables() *lookup {
	x := d.lookups()
	x.eventsOnce.Do(func() {
		x.events, x.former = make(map[string]int, len(d.Events)), map[string]int{}
		x.byOrg, x.byFacility, x.byCampaign = map[string][]*Event{}, map[string][]*Event{}, map[string][]*Event{}
		// Walk the events oldest first, the reverse of their canonical
		// order, so that each list comes out in order.
		order := make([]*Event, len(d.Events))
		for i := range d.Events {
			e := &d.Events[i]
			x.events[e.ID] = i
			for _, old := range e.FormerIDs {
				x.former[old] = i
			}
			order[len(order)-1-i] = e
		}
		if !slices.IsSortedFunc(order, oldestFirst) {
			slices.SortStableFunc(order, oldestFirst)
		}
		for _, e := range order {
			for _, id := range e.Organizations {
				if l := x.byOrg[id]; len(l) == 0 || l[len(l)-1] != e {
					x.byOrg[id] = append(l, e)
				}
			}
			for _, code := range e.Facilities {
				if l := x.byFacility[code]; len(l) == 0 || l[len(l)-1] != e {
					x.byFacility[code] = append(l, e)
				}
			}
			if e.Campaign != "" {
				x.byCampaign[e.Campaign] = append(x.byCampaign[e.Campaign], e)
			}
		}
	})
	return x
}

// oldestFirst is the reverse of the canonical order of events: by date,
// ties by id descending.
func oldestFirst(a, b *Event) int {
	return cmp.Or(a.Date.Compare(b.Date), strings.Compare(b.ID, a.ID))
}

func (d *Dataset) lookups() *lookup {
	if d.idx == nil {
		d.index()
	}
	return d.idx
}

// Event returns the event with the given id.
func (d *Dataset) Event(id string) (*Event, bool) {
	i, ok := d.eventTables().events[id]
	if !ok {
		return nil, false
	}
	return &d.Events[i], true
}

// Renamed returns the event whose former id is old: ids are permanent, so
// the address of an event whose id a correction changed leads to it.
func (d *Dataset) Renamed(old string) (*Event, bool) {
	i, ok := d.eventTables().former[old]
	if !ok {
		return nil, false
	}
	return &d.Events[i], true
}

// Org returns the organization with the given id.
func (d *Dataset) Org(id string) (*Organization, bool) {
	i, ok := d.lookups().orgs[id]
	if !ok {
		return nil, false
	}
	return &d.Organizations[i], true
}

// Facility returns the facility with the given code.
func (d *Dataset) Facility(code string) (*Facility, bool) {
	i, ok := d.lookups().facilities[code]
	if !ok {
		return nil, false
	}
	return &d.Facilities[i], true
}

// Campaign returns the campaign with the given id.
func (d *Dataset) Campaign(id string) (*Campaign, bool) {
	i, ok := d.lookups().campaigns[id]
	if !ok {
		return nil, false
	}
	return &d.Campaigns[i], true
}

// EventsOf returns the events that list the organization among their
// organizations, oldest first. The slice is the caller's; the events are
// the dataset's own.
func (d *Dataset) EventsOf(orgID string) []*Event {
	return slices.Clone(d.eventTables().byOrg[orgID])
}

// EventsAt returns the events at the facility, oldest first.
func (d *Dataset) EventsAt(code string) []*Event {
	return slices.Clone(d.eventTables().byFacility[code])
}

// EventsIn returns the events of the campaign, oldest first.
func (d *Dataset) EventsIn(campaignID string) []*Event {
	return slices.Clone(d.eventTables().byCampaign[campaignID])
}
