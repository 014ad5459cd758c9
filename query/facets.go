package query

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Facet names a filterable property of events; it is also the name of the
// facet's parameter in the URL, except Year, whose parameters are from and to.
type Facet string

// The facets.
const (
	FacetKind     Facet = "kind"
	FacetCountry  Facet = "country"
	FacetOrg      Facet = "org"
	FacetFacility Facet = "facility"
	FacetOutcome  Facet = "outcome"
	FacetYear     Facet = "year"
)

const (
	facetKind = iota
	facetCountry
	facetOrg
	facetFacility
	facetOutcome
	facetYear
	numFacets
)

var facetNames = [numFacets]Facet{FacetKind, FacetCountry, FacetOrg, FacetFacility, FacetOutcome, FacetYear}

// Count is one value of a facet and the number of events that have it.
type Count struct {
	Value    string // as in the URL: "strike", "DE", "amazon-labor-union", "BHM1", "won", "2021"
	Label    string // for people: "Strike", "Germany", "Amazon Labor Union", "BHM1 (Bessemer)", "Won", "2021"
	N        int
	Selected bool // the value is in the State's filters
}

// Facets holds the counts of each facet's values among the events that
// match the query and every active filter of the other facets (the
// disjunctive rule: selecting a value of a facet does not hide its
// siblings). Each list is sorted by N, largest first, then by label; values
// with no event are left out unless selected.
type Facets struct {
	Kind, Country, Org, Facility, Outcome, Year []Count
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
	}
	return nil
}

func (f *Facets) list(i int) *[]Count {
	return [numFacets]*[]Count{&f.Kind, &f.Country, &f.Org, &f.Facility, &f.Outcome, &f.Year}[i]
}

// facetValues is the table of one facet's values; a value's id is its index.
type facetValues struct {
	value, label []string
	rank         []int32 // the place of each value in label order
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
	for r, i := range order {
		v.rank[i] = int32(r)
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
	for _, o := range Outcomes() {
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

	memo := map[string]Outcome{}
	n := len(ix.events)
	ix.kind, ix.outcome, ix.year = make([]uint8, n), make([]uint8, n), make([]uint16, n)
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
			o = OutcomeOf(e)
			memo[e.Outcome] = o
		}
		ix.outcome[i] = uint8(ix.values[facetOutcome].id[string(o)])
		ix.year[i] = uint16(e.Date.Year - lo)
		ix.cty.add(ids(&ix.values[facetCountry], e.Countries)...)
		ix.org.add(ids(&ix.values[facetOrg], e.Organizations)...)
		ix.fac.add(ids(&ix.values[facetFacility], e.Facilities)...)
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

// filter is a State's filters compiled against the index.
type filter struct {
	active   [numFacets]bool
	sel      [numFacets][]uint64 // bitsets of selected value ids
	from, to int                 // year range, in years since yearMin
	extra    [numFacets][]string // selected values the index does not know
}

func has(set []uint64, id uint32) bool {
	return int(id>>6) < len(set) && set[id>>6]&(1<<(id&63)) != 0
}

func (ix *Index) compileFilter(s *State) *filter {
	f := &filter{}
	sel := func(facet int, vals []string) {
		if len(vals) == 0 {
			return
		}
		f.active[facet] = true
		v := &ix.values[facet]
		f.sel[facet] = make([]uint64, (len(v.value)+63)/64)
		for _, s := range vals {
			if id, ok := v.id[s]; ok {
				f.sel[facet][id>>6] |= 1 << (id & 63)
			} else {
				f.extra[facet] = append(f.extra[facet], s)
			}
		}
	}
	sel(facetKind, kindStrings(s.Kinds))
	sel(facetCountry, s.Countries)
	sel(facetOrg, s.Orgs)
	sel(facetFacility, s.Facilities)
	sel(facetOutcome, outcomeStrings(s.Outcomes))
	if s.From != 0 || s.To != 0 {
		f.active[facetYear] = true
		f.from, f.to = -1<<30, 1<<30
		if s.From != 0 {
			f.from = s.From - ix.yearMin
		}
		if s.To != 0 {
			f.to = s.To - ix.yearMin
		}
	}
	return f
}

func anyIn(set []uint64, ids []uint32) bool {
	for _, id := range ids {
		if has(set, id) {
			return true
		}
	}
	return false
}

// count walks the events that match the text (all events when ev is nil),
// collects those that pass every filter into hits, and counts facet values
// by the disjunctive rule: an event that fails exactly one facet's filter
// still counts for that facet.
func (ix *Index) count(f *filter, ev []uint32, sc *scratch) (hits []uint32) {
	hits = sc.hits[:0]
	n := len(ev)
	if ev == nil {
		n = len(ix.events)
	}
	cnt := &sc.counts
	anyActive := slices.Contains(f.active[:], true)
	for k := 0; k < n; k++ {
		e := uint32(k)
		if ev != nil {
			e = ev[k]
		}
		fail, nf := -1, 0
		if anyActive {
			if f.active[facetKind] && !has(f.sel[facetKind], uint32(ix.kind[e])) {
				fail, nf = facetKind, nf+1
			}
			if f.active[facetOutcome] && !has(f.sel[facetOutcome], uint32(ix.outcome[e])) {
				fail, nf = facetOutcome, nf+1
			}
			if y := int(ix.year[e]); f.active[facetYear] && (y < f.from || y > f.to) {
				fail, nf = facetYear, nf+1
			}
			if nf < 2 && f.active[facetCountry] && !anyIn(f.sel[facetCountry], ix.cty.of(int(e))) {
				fail, nf = facetCountry, nf+1
			}
			if nf < 2 && f.active[facetOrg] && !anyIn(f.sel[facetOrg], ix.org.of(int(e))) {
				fail, nf = facetOrg, nf+1
			}
			if nf < 2 && f.active[facetFacility] && !anyIn(f.sel[facetFacility], ix.fac.of(int(e))) {
				fail, nf = facetFacility, nf+1
			}
		}
		switch nf {
		case 0:
			hits = append(hits, e)
			cnt[facetKind][ix.kind[e]]++
			cnt[facetOutcome][ix.outcome[e]]++
			cnt[facetYear][ix.year[e]]++
			for _, id := range ix.cty.of(int(e)) {
				cnt[facetCountry][id]++
			}
			for _, id := range ix.org.of(int(e)) {
				cnt[facetOrg][id]++
			}
			for _, id := range ix.fac.of(int(e)) {
				cnt[facetFacility][id]++
			}
		case 1:
			switch fail {
			case facetKind:
				cnt[facetKind][ix.kind[e]]++
			case facetOutcome:
				cnt[facetOutcome][ix.outcome[e]]++
			case facetYear:
				cnt[facetYear][ix.year[e]]++
			case facetCountry:
				for _, id := range ix.cty.of(int(e)) {
					cnt[facetCountry][id]++
				}
			case facetOrg:
				for _, id := range ix.org.of(int(e)) {
					cnt[facetOrg][id]++
				}
			case facetFacility:
				for _, id := range ix.fac.of(int(e)) {
					cnt[facetFacility][id]++
				}
			}
		}
	}
	sc.hits = hits
	return hits
}

// facets turns the counts into sorted Count lists and clears the counts.
func (ix *Index) facets(f *filter, s *State, sc *scratch) Facets {
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
		n := len(f.extra[fi])
		for id, c := range cnt {
			if c > 0 || selected(id) {
				n++
			}
		}
		list := make([]Count, 0, n+2)
		for id, c := range cnt {
			if c > 0 || selected(id) {
				list = append(list, Count{Value: v.value[id], Label: v.label[id], N: int(c), Selected: selected(id)})
				cnt[id] = 0
			}
		}
		rank := func(c *Count) int32 {
			if id, ok := v.id[c.Value]; ok {
				return v.rank[id]
			}
			return 1 << 30
		}
		// Selected values that no event has, e.g. a year outside the data.
		for _, x := range f.extra[fi] {
			list = append(list, Count{Value: x, Label: labelOf(facetNames[fi], x), Selected: true})
		}
		if fi == facetYear {
			for _, y := range [2]int{s.From, s.To} {
				if y != 0 && (y < ix.yearMin || y-ix.yearMin >= len(cnt)) {
					list = append(list, Count{Value: strconv.Itoa(y), Label: strconv.Itoa(y), Selected: true})
				}
			}
		}
		slices.SortFunc(list, func(a, b Count) int {
			return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(rank(&a), rank(&b)), strings.Compare(a.Label, b.Label))
		})
		*out.list(fi) = slices.CompactFunc(list, func(a, b Count) bool { return a.Value == b.Value })
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
		return Outcome(v).Label()
	}
	return v
}
