package query

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// facetValuesOf returns the values an event has for a facet.
func facetValuesOf(e *dataset.Event, f Facet) []string {
	switch f {
	case FacetKind:
		return []string{string(e.Kind)}
	case FacetCountry:
		return e.Countries
	case FacetOrg:
		return e.Organizations
	case FacetFacility:
		return e.Facilities
	case FacetOutcome:
		return []string{string(OutcomeOf(e))}
	case FacetYear:
		return []string{strconv.Itoa(e.Date.Year)}
	}
	return nil
}

// passes reports whether an event passes the State's filter of one facet.
func passes(e *dataset.Event, s State, f Facet) bool {
	if f == FacetYear {
		y := e.Date.Year
		return (s.From == 0 || y >= s.From) && (s.To == 0 || y <= s.To)
	}
	sel := s.values(f)
	if len(sel) == 0 {
		return true
	}
	for _, v := range facetValuesOf(e, f) {
		if slices.Contains(sel, v) {
			return true
		}
	}
	return false
}

// checkFacets compares a search's hits and facets with brute force over
// the events that match its query.
func checkFacets(t *testing.T, ix *Index, s State) {
	t.Helper()
	r := ix.Search(s)
	text := ix.Search(State{Q: s.Q}).Hits
	var want []string
	counts := map[Facet]map[string]int{}
	for _, f := range facetNames {
		counts[f] = map[string]int{}
	}
	for _, h := range text {
		pass := map[Facet]bool{}
		all := true
		for _, f := range facetNames {
			pass[f] = passes(h.Event, s, f)
			all = all && pass[f]
		}
		if all {
			want = append(want, h.Event.ID)
		}
		for _, f := range facetNames {
			others := true
			for _, g := range facetNames {
				others = others && (g == f || pass[g])
			}
			if others {
				for _, v := range facetValuesOf(h.Event, f) {
					counts[f][v]++
				}
			}
		}
	}
	got := ids(r.Hits)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("%s: %d hits, want %d", s.Encode(), len(got), len(want))
	}
	for _, f := range facetNames {
		list := r.Facets.Get(f)
		seen := map[string]bool{}
		for i, c := range list {
			if seen[c.Value] {
				t.Errorf("%s: facet %s lists %s twice", s.Encode(), f, c.Value)
			}
			seen[c.Value] = true
			if c.N != counts[f][c.Value] {
				t.Errorf("%s: facet %s, %s: N = %d, want %d", s.Encode(), f, c.Value, c.N, counts[f][c.Value])
			}
			if c.Selected != s.Has(f, c.Value) {
				t.Errorf("%s: facet %s, %s: Selected = %v", s.Encode(), f, c.Value, c.Selected)
			}
			if c.N == 0 && !c.Selected {
				t.Errorf("%s: facet %s lists %s with no event", s.Encode(), f, c.Value)
			}
			if c.Label == "" {
				t.Errorf("%s: facet %s, %s has no label", s.Encode(), f, c.Value)
			}
			if i > 0 && list[i-1].N < c.N {
				t.Errorf("%s: facet %s is not sorted by count", s.Encode(), f)
			}
			if i > 0 && list[i-1].N == c.N && c.N > 0 && strings.ToLower(list[i-1].Label) > strings.ToLower(c.Label) {
				t.Errorf("%s: facet %s: %q before %q", s.Encode(), f, list[i-1].Label, c.Label)
			}
		}
		for v, n := range counts[f] {
			if n > 0 && !seen[v] {
				t.Errorf("%s: facet %s misses %s (%d)", s.Encode(), f, v, n)
			}
		}
		for _, v := range s.values(f) {
			if !seen[v] {
				t.Errorf("%s: facet %s misses the selected %s", s.Encode(), f, v)
			}
		}
	}
}

func TestFacetsBruteForce(t *testing.T) {
	ds := dataset.Synthetic(400, 5)
	ix := NewIndex(ds)
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(e *dataset.Event, f Facet) string {
		vals := facetValuesOf(e, f)
		if len(vals) == 0 {
			return ""
		}
		return vals[rng.IntN(len(vals))]
	}
	queries := []string{"", "", "heat", "union", "bessemer", "pay strike", "surveilance", "zzzz"}
	for i := range 300 {
		s := State{}.WithQuery(queries[rng.IntN(len(queries))])
		for _, f := range []Facet{FacetKind, FacetCountry, FacetOrg, FacetFacility, FacetOutcome} {
			for range rng.IntN(3) * rng.IntN(2) {
				if v := pick(&ds.Events[rng.IntN(len(ds.Events))], f); v != "" {
					s = s.With(f, v)
				}
			}
		}
		switch rng.IntN(4) {
		case 0:
			s = s.WithYears(2014+rng.IntN(8), 2016+rng.IntN(10))
		case 1:
			s = s.WithYears(0, 2018)
		}
		if i%50 == 0 {
			s = s.With(FacetCountry, "NZ").With(FacetYear, "1950") // selected, yet in no event
		}
		checkFacets(t, ix, s)
		if t.Failed() {
			t.FailNow()
		}
	}
}

func TestFacetsReal(t *testing.T) {
	ds, ix := realData(t)
	r := ix.Search(State{})
	if n := sum(r.Facets.Kind); n != len(ds.Events) {
		t.Errorf("kinds add up to %d, want %d", n, len(ds.Events))
	}
	if n := sum(r.Facets.Outcome); n != len(ds.Events) {
		t.Errorf("outcomes add up to %d, want %d", n, len(ds.Events))
	}
	for _, s := range []State{
		{Kinds: []dataset.Kind{dataset.Strike}, Countries: []string{"DE"}, From: 2019, To: 2024},
		{Q: "union", Outcomes: []Outcome{Won, Lost}},
		{Q: "amazon", Kinds: []dataset.Kind{dataset.Strike, dataset.Walkout}, Countries: []string{"US", "GB"}},
		{Facilities: []string{"JFK8", "BHM1"}},
	} {
		checkFacets(t, ix, s)
	}
	// Labels are for people.
	r = ix.Search(State{Countries: []string{"DE"}, Kinds: []dataset.Kind{dataset.UnionElection}})
	for _, c := range r.Facets.Country {
		if c.Value == "DE" && c.Label != "Germany" {
			t.Errorf("DE is labelled %q", c.Label)
		}
	}
	for _, c := range r.Facets.Kind {
		if c.Value == "union-election" && (c.Label != "Union election" || !c.Selected) {
			t.Errorf("union-election: %+v", c)
		}
	}
}

func sum(l []Count) int {
	n := 0
	for _, c := range l {
		n += c.N
	}
	return n
}
