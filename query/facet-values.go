package query

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/geo"
	"github.com/laborlens/laborlens/outcome"
)

// facetValues is the table of one facet's values; a value's id is its index.
type facetValues struct {
	value, label []string
	rank         []int32 // the place of each value in the facet's order (see rankByCount)
	byRank       []int32 // the value at each place in the facet's order
	id           map[string]uint32
}

func (v *facetValues) set(values, labels []string) {
	v.value, v.label = values, labels
	v.id = make(map[string]uint32, len(values))
	order := make([]int, len(values))
	lower := make([]string, len(values)) // each label folded once, not at each comparison
	for i, s := range values {
		v.id[s] = uint32(i)
		order[i] = i
		lower[i] = strings.ToLower(labels[i])
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(strings.Compare(lower[a], lower[b]), strings.Compare(values[a], values[b]))
	})
	v.rank = make([]int32, len(values))
	v.byRank = make([]int32, len(values))
	for r, i := range order {
		v.rank[i], v.byRank[r] = int32(r), int32(i)
	}
}

// appendIDs appends the ids of the known values among keys to out, in
// their order.
func (v *facetValues) appendIDs(out []uint32, keys []string) []uint32 {
	for _, k := range keys {
		if id, ok := v.id[k]; ok {
			out = append(out, id)
		}
	}
	return out
}

// buildFacets records the facet values of each event: the table of each
// facet's values, then every event's values and regions, then the order
// of each facet's values and of the events by size.
func (ix *Index) buildFacets() {
	ix.setValueTables()
	ix.recordEvents()
	ix.rankByCount()
	ix.rankBySize()
}

// rankByCount orders each facet's values as its lists show them: by their
// count in the whole dataset, largest first, then in label order. The
// order does not follow the query or the filters: as a visitor types, or
// ticks one value after another, every value keeps its place and only its
// count changes (and a value with no event leaves, one with some
// returns), where an order by the current counts would move values under
// the pointer and have the page rewrite most of the list on a keystroke.
func (ix *Index) rankByCount() {
	sc := ix.getScratch()
	defer ix.scratch.Put(sc)
	sc.hits = ix.count(ix.compileFilter(&State{}), nil, sc)
	for fi := range numFacets {
		v, cnt := &ix.values[fi], sc.counts[fi]
		order := slices.Clone(v.byRank) // in label order
		slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(cnt[b], cnt[a]) })
		for r, id := range order {
			v.rank[id], v.byRank[r] = int32(r), id
		}
		clear(cnt)
	}
}

// setValueTables fills in the values of every facet: all kinds, outcomes
// and months; the countries the events name; the dataset's organizations
// and facilities; the years from the oldest event to the newest.
func (ix *Index) setValueTables() {
	ix.values[facetKind].set(kindValues())
	ix.values[facetCountry].set(countryValues(ix.events))
	ix.values[facetOrg].set(orgValues(ix.ds.Organizations))
	ix.values[facetFacility].set(facilityValues(ix.ds.Facilities))
	ix.values[facetOutcome].set(outcomeValues())
	var years []string
	ix.yearMin, years = yearValues(ix.events)
	ix.values[facetYear].set(years, years)
	ix.values[facetMonth].set(monthValues())
}

func kindValues() (vals, labels []string) {
	for _, k := range dataset.Kinds() {
		vals, labels = append(vals, string(k.Kind)), append(labels, k.Label)
	}
	return vals, labels
}

// countryValues are the countries some event names, by code.
func countryValues(events []*dataset.Event) (vals, labels []string) {
	present := map[string]bool{}
	for _, e := range events {
		for _, c := range e.Countries {
			present[c] = true
		}
	}
	for _, c := range slices.Sorted(maps.Keys(present)) {
		vals, labels = append(vals, c), append(labels, cmp.Or(dataset.CountryName(c), c))
	}
	return vals, labels
}

func orgValues(orgs []dataset.Organization) (vals, labels []string) {
	for _, o := range orgs {
		vals, labels = append(vals, o.ID), append(labels, cmp.Or(o.Name, o.ID))
	}
	return vals, labels
}

// facilityValues label a facility by its code and city: "BHM1 (Bessemer)".
func facilityValues(facilities []dataset.Facility) (vals, labels []string) {
	for _, f := range facilities {
		l := f.Code
		if f.City != "" {
			l += " (" + f.City + ")"
		}
		vals, labels = append(vals, f.Code), append(labels, l)
	}
	return vals, labels
}

func outcomeValues() (vals, labels []string) {
	for _, o := range outcome.All() {
		vals, labels = append(vals, string(o)), append(labels, o.Label())
	}
	return vals, labels
}

// yearValues are the years from the oldest event's to the newest's, and
// the first of them (0 and none without events).
func yearValues(events []*dataset.Event) (first int, years []string) {
	lo, hi := 0, -1
	for i, e := range events {
		if y := e.Date.Year; i == 0 || y < lo {
			lo = y
		}
		hi = max(hi, e.Date.Year)
	}
	for y := lo; y <= hi; y++ {
		years = append(years, strconv.Itoa(y))
	}
	return lo, years
}

func monthValues() (vals, labels []string) {
	for m := 1; m <= 12; m++ {
		vals, labels = append(vals, strconv.Itoa(m)), append(labels, format.Month(m))
	}
	return vals, labels
}

// recordEvents records each event's value ids: one kind, outcome, year
// and month (0: none) an event; its countries, organizations and
// facilities as lists; international and each region as bitsets.
func (ix *Index) recordEvents() {
	n := len(ix.events)
	ix.kind, ix.outcome, ix.year = make([]uint8, n), make([]uint8, n), make([]uint16, n)
	ix.month, ix.intl = make([]uint8, n), newBits(n)
	ix.region = map[string][]uint64{}
	outcomes := map[string]outcome.Category{} // by Event.Outcome: the texts repeat
	for _, m := range []*multi{&ix.cty, &ix.org, &ix.fac} {
		m.off = make([]uint32, 1, n+1)
	}
	for i, e := range ix.events {
		ix.kind[i] = uint8(ix.values[facetKind].id[string(e.Kind)]) // validated: known
		o := outcome.Category(e.OutcomeCategory) // worked out ahead by the server, when it is
		if !o.Known() {
			var ok bool
			if o, ok = outcomes[e.Outcome]; !ok {
				o = outcome.Of(e)
				outcomes[e.Outcome] = o
			}
		}
		ix.outcome[i] = uint8(ix.values[facetOutcome].id[string(o)])
		ix.year[i] = uint16(e.Date.Year - ix.yearMin)
		if m := e.Date.Month; m >= 1 && m <= 12 {
			ix.month[i] = uint8(m)
		}
		if e.International {
			setBit(ix.intl, i)
		}
		ix.cty.add(&ix.values[facetCountry], e.Countries)
		ix.org.add(&ix.values[facetOrg], e.Organizations)
		ix.fac.add(&ix.values[facetFacility], e.Facilities)
		for _, r := range geo.EventRegions(e, ix.ds.Facility) {
			set := ix.region[r]
			if set == nil {
				set = newBits(n)
				ix.region[r] = set
			}
			setBit(set, i)
		}
	}
}

// rankBySize orders the events by their headline participants, largest
// first (none last, the order of the dataset kept among equals), for
// SortSize. Each event is one uint64, its size inverted above its index,
// sorted as numbers: a stable sort with a comparison function took
// ~385 ms at 100,000 events in the browser.
func (ix *Index) rankBySize() {
	n := len(ix.events)
	keys := make([]uint64, n)
	for i, e := range ix.events {
		size := uint64(0) // none: after every count
		if p := e.Participants; len(p) > 0 {
			size = uint64(min(max(p[0].Count, 0), math.MaxUint32-1)) + 1
		}
		keys[i] = (math.MaxUint32-size)<<32 | uint64(i)
	}
	slices.Sort(keys)
	ix.bySize = make([]uint32, n)
	ix.sizeRank = make([]uint32, n)
	for r, k := range keys {
		i := uint32(k)
		ix.bySize[r], ix.sizeRank[i] = i, uint32(r)
	}
}
