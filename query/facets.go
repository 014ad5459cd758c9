package query

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/geo"
	"github.com/laborlens/laborlens/outcome"
)

// Facet names a filterable property of events; it is also the name of the
// facet's parameter in the URL, except Year, whose parameters are from and to.
// Year and Month hold one value at most: With replaces it.
type Facet string

// The facets.
const (
	FacetKind     Facet = "kind"
	FacetCountry  Facet = "country"
	FacetOrg      Facet = "org"
	FacetFacility Facet = "facility"
	FacetOutcome  Facet = "outcome"
	FacetYear     Facet = "year"
	FacetMonth    Facet = "month" // the calendar month, "1"–"12", of events dated to the month or day
)

const (
	facetKind = iota
	facetCountry
	facetOrg
	facetFacility
	facetOutcome
	facetYear
	facetMonth
	numFacets
	facetRegion = numFacets // not a facet: a filter like international, checked by parse
)

var facetNames = [numFacets]Facet{FacetKind, FacetCountry, FacetOrg, FacetFacility, FacetOutcome, FacetYear, FacetMonth}

// Count is one value of a facet and the number of events that have it.
type Count struct {
	Value    string // as in the URL: "strike", "DE", "amazon-labor-union", "BHM1", "won", "2021", "7"
	Label    string // for people: "Strike", "Germany", "Amazon Labor Union", "BHM1 (Bessemer)", "Won", "2021", "July"
	N        int
	Selected bool // the value is in the State's filters
}

// Facets holds the counts of each facet's values among the events that
// match the query and every active filter of the other facets (the
// disjunctive rule: selecting a value of a facet does not hide its
// siblings). Each list is sorted by N, largest first, then by label; values
// with no event are left out unless selected. Month counts only the events
// dated to the month or the day. The international filter has no list: it
// restricts every facet.
type Facets struct {
	Kind, Country, Org, Facility, Outcome, Year []Count
	Month                                       []Count
}

// Get returns the counts of one facet.
func (f *Facets) Get(name Facet) []Count {
	switch name {
	case FacetKind:
		return f.Kind
	case FacetCountry:
		return f.Country
	case FacetOrg:
		return f.Org
	case FacetFacility:
		return f.Facility
	case FacetOutcome:
		return f.Outcome
	case FacetYear:
		return f.Year
	case FacetMonth:
		return f.Month
	}
	return nil
}

func (f *Facets) list(i int) *[]Count {
	return [numFacets]*[]Count{&f.Kind, &f.Country, &f.Org, &f.Facility, &f.Outcome, &f.Year, &f.Month}[i]
}

// facetValues is the table of one facet's values; a value's id is its index.
type facetValues struct {
	value, label []string
	rank         []int32 // the place of each value in label order
	byRank       []int32 // the value at each place in label order
	id           map[string]uint32
}

func (v *facetValues) set(values, labels []string) {
	v.value, v.label = values, labels
	v.id = make(map[string]uint32, len(values))
	order := make([]int, len(values))
	for i, s := range values {
		v.id[s] = uint32(i)
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(strings.Compare(strings.ToLower(labels[a]), strings.ToLower(labels[b])), strings.Compare(values[a], values[b]))
	})
	v.rank = make([]int32, len(values))
	v.byRank = make([]int32, len(values))
	for r, i := range order {
		v.rank[i], v.byRank[r] = int32(r), int32(i)
	}
}

// buildFacets records the facet values of each event.
func (ix *Index) buildFacets() {
	ds := ix.ds
	var vals, labels []string

	for _, k := range dataset.Kinds() {
		vals, labels = append(vals, string(k.Kind)), append(labels, k.Label)
	}
	ix.values[facetKind].set(vals, labels)

	present := map[string]bool{}
	for _, e := range ix.events {
		for _, c := range e.Countries {
			present[c] = true
		}
	}
	vals, labels = nil, nil
	for _, c := range slices.Sorted(maps.Keys(present)) {
		vals, labels = append(vals, c), append(labels, cmp.Or(dataset.CountryName(c), c))
	}
	ix.values[facetCountry].set(vals, labels)

	vals, labels = nil, nil
	for _, o := range ds.Organizations {
		vals, labels = append(vals, o.ID), append(labels, cmp.Or(o.Name, o.ID))
	}
	ix.values[facetOrg].set(vals, labels)

	vals, labels = nil, nil
	for _, f := range ds.Facilities {
		l := f.Code
		if f.City != "" {
			l += " (" + f.City + ")"
		}
		vals, labels = append(vals, f.Code), append(labels, l)
	}
	ix.values[facetFacility].set(vals, labels)

	vals, labels = nil, nil
	for _, o := range outcome.All() {
		vals, labels = append(vals, string(o)), append(labels, o.Label())
	}
	ix.values[facetOutcome].set(vals, labels)

	lo, hi := 0, -1
	for i, e := range ix.events {
		if y := e.Date.Year; i == 0 || y < lo {
			lo = y
		}
		hi = max(hi, e.Date.Year)
	}
	ix.yearMin = lo
	vals, labels = nil, nil
	for y := lo; y <= hi; y++ {
		vals = append(vals, strconv.Itoa(y))
	}
	ix.values[facetYear].set(vals, vals)

	vals, labels = nil, nil
	for m := 1; m <= 12; m++ {
		vals, labels = append(vals, strconv.Itoa(m)), append(labels, format.Month(m))
	}
	ix.values[facetMonth].set(vals, labels)

	memo := map[string]outcome.Category{}
	n := len(ix.events)
	ix.kind, ix.outcome, ix.year = make([]uint8, n), make([]uint8, n), make([]uint16, n)
	ix.month, ix.intl = make([]uint8, n), make([]uint64, (n+63)/64)
	ix.region = map[string][]uint64{}
	ids := func(v *facetValues, keys []string) []uint32 {
		var out []uint32
		for _, k := range keys {
			if id, ok := v.id[k]; ok {
				out = append(out, id)
			}
		}
		return out
	}
	for i, e := range ix.events {
		ix.kind[i] = uint8(ix.values[facetKind].id[string(e.Kind)]) // validated: known
		o, ok := memo[e.Outcome]
		if !ok {
			o = outcome.Of(e)
			memo[e.Outcome] = o
		}
		ix.outcome[i] = uint8(ix.values[facetOutcome].id[string(o)])
		ix.year[i] = uint16(e.Date.Year - lo)
		if m := e.Date.Month; m >= 1 && m <= 12 {
			ix.month[i] = uint8(m)
		}
		if e.International {
			ix.intl[i>>6] |= 1 << (i & 63)
		}
		ix.cty.add(ids(&ix.values[facetCountry], e.Countries)...)
		ix.org.add(ids(&ix.values[facetOrg], e.Organizations)...)
		ix.fac.add(ids(&ix.values[facetFacility], e.Facilities)...)
		for _, r := range geo.EventRegions(e, ix.ds.Facility) {
			set := ix.region[r]
			if set == nil {
				set = make([]uint64, (n+63)/64)
				ix.region[r] = set
			}
			set[i>>6] |= 1 << (i & 63)
		}
	}

	ix.bySize = make([]uint32, n)
	for i := range ix.bySize {
		ix.bySize[i] = uint32(i)
	}
	size := func(i uint32) int {
		if p := ix.events[i].Participants; len(p) > 0 {
			return p[0].Count
		}
		return -1
	}
	slices.SortStableFunc(ix.bySize, func(a, b uint32) int { return cmp.Compare(size(b), size(a)) })
	ix.sizeRank = make([]uint32, n)
	for r, i := range ix.bySize {
		ix.sizeRank[i] = uint32(r)
	}
}

// facets turns the counts into sorted Count lists and clears the counts.
// The lists of buf are reused when they are large enough.
func (ix *Index) facets(f *filter, s *State, sc *scratch, buf *Facets) Facets {
	var out Facets
	for fi := range numFacets {
		v := &ix.values[fi]
		cnt := sc.counts[fi]
		selected := func(id int) bool {
			if fi == facetYear {
				return f.active[fi] && id >= f.from && id <= f.to
			}
			return f.active[fi] && has(f.sel[fi], uint32(id))
		}
		// Sort keys: the count, descending, then the label's rank.
		keys := sc.keys[:0]
		for id, c := range cnt {
			if c > 0 || selected(id) {
				keys = append(keys, uint64(math.MaxInt32-c)<<32|uint64(v.rank[id]))
				cnt[id] = 0
			}
		}
		slices.Sort(keys)
		list := *buf.list(fi)
		if need := len(keys) + len(f.extra[fi]) + 2; cap(list) >= need {
			list = list[:len(keys)]
		} else {
			list = make([]Count, len(keys), need)
		}
		for i, k := range keys {
			id := v.byRank[uint32(k)]
			list[i] = Count{Value: v.value[id], Label: v.label[id], N: int(math.MaxInt32 - int32(k>>32)), Selected: selected(int(id))}
		}
		sc.keys = keys
		// Selected values that no event has, e.g. a year outside the data.
		tail := len(list)
		for _, x := range f.extra[fi] {
			list = append(list, Count{Value: x, Label: labelOf(facetNames[fi], x), Selected: true})
		}
		if fi == facetYear {
			for i, y := range [2]int{s.From, s.To} {
				if y != 0 && (i == 0 || y != s.From) && (y < ix.yearMin || y-ix.yearMin >= len(cnt)) {
					list = append(list, Count{Value: strconv.Itoa(y), Label: strconv.Itoa(y), Selected: true})
				}
			}
		}
		slices.SortFunc(list[tail:], func(a, b Count) int { return strings.Compare(a.Label, b.Label) })
		*out.list(fi) = list
	}
	return out
}

// labelOf names a value that the index does not know.
func labelOf(f Facet, v string) string {
	switch f {
	case FacetKind:
		return dataset.Kind(v).Label()
	case FacetCountry:
		return cmp.Or(dataset.CountryName(v), v)
	case FacetOutcome:
		return outcome.Category(v).Label()
	case FacetMonth:
		if m, ok := parseMonth(v); ok {
			return format.Month(m)
		}
	}
	return v
}

// monthName names a month, 1–12, in English: "January".
func monthName(m int) string { return time.Month(m).String() }
