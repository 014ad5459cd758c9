package query

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
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
// siblings). Each list is in the facet's fixed order, whatever the query
// and filters: by the value's count in the whole dataset, largest first,
// then by label (a value keeps its place as the counts change); values
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
		// Sort keys: the value's place in the facet's order, then its count.
		keys := sc.keys[:0]
		for id, c := range cnt {
			if c > 0 || selected(id) {
				keys = append(keys, uint64(v.rank[id])<<32|uint64(uint32(c)))
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
			id := v.byRank[k>>32]
			list[i] = Count{Value: v.value[id], Label: v.label[id], N: int(uint32(k)), Selected: selected(int(id))}
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
