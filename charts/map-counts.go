package charts

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/geo"
)

// MapCounts are the numbers the map draws: the events of each country,
// each US state and each facility.
type MapCounts struct {
	Countries  map[string]int // by ISO code: events that name the country
	States     map[string]int // by state name: events in the state, by geo.EventRegions
	Facilities map[string]int // by code: events at the facility
	// Unplaced counts the events in no country (international actions
	// without one); NoState the US events in no state.
	Unplaced, NoState int
}

// CountMap counts events the way the map draws them; facility looks a
// facility up by code. An event counts once in each country, state and
// facility it names.
func CountMap(events []*dataset.Event, facility func(string) (*dataset.Facility, bool)) MapCounts {
	c := MapCounts{Countries: map[string]int{}, States: map[string]int{}, Facilities: map[string]int{}}
	for _, e := range compact(events) {
		seen := map[string]bool{}
		for _, code := range e.Countries {
			if !seen[code] {
				seen[code] = true
				c.Countries[code]++
			}
		}
		if len(seen) == 0 {
			c.Unplaced++
		}
		states := 0
		for _, r := range geo.EventRegions(e, facility) {
			if _, ok := geo.USStates[r]; ok && seen["US"] {
				c.States[r]++
				states++
			}
		}
		if seen["US"] && states == 0 {
			c.NoState++
		}
		for _, code := range slices.Compact(slices.Sorted(slices.Values(e.Facilities))) {
			c.Facilities[code]++
		}
	}
	return c
}

// MapTables are the map's numbers as data tables: by country, by US state
// and by facility, each most events first.
type MapTables struct {
	Countries, States, Facilities Table
}

// byCount sorts keys most events first, then by label.
func byCount(n map[string]int, label func(string) string) []string {
	keys := slices.Collect(func(yield func(string) bool) {
		for k := range n {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(n[b], n[a]), cmp.Compare(label(a), label(b)), cmp.Compare(a, b))
	})
	return keys
}

func identity(s string) string { return s }

// mapTables writes the counts as tables.
func mapTables(c MapCounts, facility func(string) (*dataset.Facility, bool), th *theme) MapTables {
	events := th.t("chart.axis.events")
	t := MapTables{
		Countries:  Table{Caption: th.t("map.table.countries"), Columns: []string{th.t("facet.country"), th.t("chart.code"), events}},
		States:     Table{Caption: th.t("map.table.states"), Columns: []string{th.t("map.table.state"), events}},
		Facilities: Table{Caption: th.t("map.table.facilities"), Columns: []string{th.t("facet.facility"), th.t("map.table.place"), th.t("facet.country"), th.t("map.table.located"), events}, English: []int{1}},
	}
	for _, code := range byCount(c.Countries, countryLabel) {
		t.Countries.Rows = append(t.Countries.Rows, []string{th.p.Country(code), code, strconv.Itoa(c.Countries[code])})
	}
	for _, s := range byCount(c.States, identity) {
		t.States.Rows = append(t.States.Rows, []string{s, strconv.Itoa(c.States[s])})
	}
	for _, code := range byCount(c.Facilities, identity) {
		place, country, located := "", "", th.t("map.table.unplaced")
		if f, ok := facility(code); ok {
			place, country = facilityPlace(f), th.p.Country(f.Country)
			if f.Placed() {
				located = th.or("map.table.at-"+string(f.CoordPrecision), "its "+string(f.CoordPrecision))
			}
		}
		t.Facilities.Rows = append(t.Facilities.Rows, []string{code, place, country, located, strconv.Itoa(c.Facilities[code])})
	}
	t.Countries.cut()
	t.States.cut()
	t.Facilities.cut()
	return t
}

// facilityPlace is "City, Region" or what of it is known.
func facilityPlace(f *dataset.Facility) string {
	switch {
	case f.City != "" && f.Region != "":
		return f.City + ", " + f.Region
	case f.City != "":
		return f.City
	}
	return f.Region
}
