package query

import "slices"

// filter is a State's filters compiled against the index.
type filter struct {
	active   [numFacets]bool
	sel      [numFacets][]uint64 // bitsets of selected value ids
	from, to int                 // year range, in years since yearMin
	extra    [numFacets][]string // selected values the index does not know
	intl     bool                // only international events; not a facet, so it restricts every count
	regionOn bool                // only the events in region; like intl
	region   []uint64            // bitset; nil for a region no event is in
	fresh    bool                // only the events new since the last visit; likewise
}

// A bitset holds one bit an event (or a facet value), by index.
func has(set []uint64, id uint32) bool {
	return int(id>>6) < len(set) && set[id>>6]&(1<<(id&63)) != 0
}

// newBits is an empty bitset of n bits; setBit sets bit i.
func newBits(n int) []uint64 { return make([]uint64, (n+63)/64) }

func setBit[I int | uint32](set []uint64, i I) { set[i>>6] |= 1 << (i & 63) }

func (ix *Index) compileFilter(s *State) *filter {
	f := &filter{}
	sel := func(facet int, vals []string) {
		if len(vals) == 0 {
			return
		}
		f.active[facet] = true
		v := &ix.values[facet]
		f.sel[facet] = newBits(len(v.value))
		for _, s := range vals {
			if id, ok := v.id[s]; ok {
				setBit(f.sel[facet], id)
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
	sel(facetMonth, s.values(FacetMonth))
	f.intl = s.International
	if s.Region != "" {
		f.regionOn, f.region = true, ix.region[s.Region]
	}
	f.fresh = s.New
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
// still counts for that facet. An event that fails the international
// filter counts nowhere.
//
// It runs once per event per keystroke, so it is written out in one piece:
// with the checks in a function and the counting in a loop over the facets
// (one switch for both cases) the counting pass over 100,000 synthetic
// events took 11 to 14 ms instead of 8 to 12 ms on the team's machine.
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
		if f.intl && !has(ix.intl, e) || f.regionOn && !has(f.region, e) || f.fresh && !has(ix.fresh, e) {
			continue
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
			if m := ix.month[e]; f.active[facetMonth] && (m == 0 || !has(f.sel[facetMonth], uint32(m-1))) {
				fail, nf = facetMonth, nf+1
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
			if m := ix.month[e]; m != 0 {
				cnt[facetMonth][m-1]++
			}
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
			case facetMonth:
				if m := ix.month[e]; m != 0 { // not when it failed for having no month
					cnt[facetMonth][m-1]++
				}
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
