package query

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
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
		return []string{string(outcome.Of(e))}
	case FacetYear:
		return []string{strconv.Itoa(e.Date.Year)}
	case FacetMonth:
		if e.Date.Month != 0 {
			return []string{strconv.Itoa(e.Date.Month)}
		}
	}
	return nil
}

// passes reports whether an event passes the State's filter of one facet.
func passes(e *dataset.Event, s State, f Facet) bool {
	if f == FacetYear {
		y := e.Date.Year
		return (s.From == 0 || y >= s.From) && (s.To == 0 || y <= s.To)
	}
	if f == FacetMonth {
		return s.Month == 0 || e.Date.Month == s.Month
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
// the events that match its query. The international filter, which has no
// facet, restricts every count.
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
		if s.International && !h.Event.International {
			continue
		}
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
	all := ix.Search(State{}).Facets
	for _, f := range facetNames {
		list := r.Facets.Get(f)
		checkOrderOfAll(t, f, all.Get(f))
		// Every list is in the order of the whole dataset's list.
		place, last := map[string]int{}, -1
		for i, c := range all.Get(f) {
			place[c.Value] = i
		}
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
			if p, ok := place[c.Value]; ok {
				if p < last {
					t.Errorf("%s: facet %s: %q before %q, against the facet's order", s.Encode(), f, list[i-1].Label, c.Label)
				}
				last = p
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

// checkOrderOfAll checks the order of a facet's list over the whole
// dataset, its fixed order: by count, largest first, then by label.
func checkOrderOfAll(t *testing.T, f Facet, list []Count) {
	t.Helper()
	for i := 1; i < len(list); i++ {
		a, b := list[i-1], list[i]
		if a.N < b.N || a.N == b.N && strings.ToLower(a.Label) > strings.ToLower(b.Label) {
			t.Errorf("facet %s over every event: %q (%d) before %q (%d)", f, a.Label, a.N, b.Label, b.N)
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
		if rng.IntN(3) == 0 {
			s = s.WithMonth(1 + rng.IntN(12))
		}
		s = s.WithInternational(rng.IntN(4) == 0)
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
		{Q: "union", Outcomes: []outcome.Category{outcome.Won, outcome.Lost}},
		{Q: "amazon", Kinds: []dataset.Kind{dataset.Strike, dataset.Walkout}, Countries: []string{"US", "GB"}},
		{Facilities: []string{"JFK8", "BHM1"}},
		{Month: 11},
		{From: 2021, To: 2021, Month: 7},
		{Q: "strike", Month: 11, Countries: []string{"DE"}},
		{International: true},
		{International: true, Month: 11, Kinds: []dataset.Kind{dataset.Strike}},
		{Q: "amazon", International: true, From: 2020},
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

// The calendar cell "July 2021" and the Black Friday question "every
// November", checked against the dates themselves.
func TestMonthFilter(t *testing.T) {
	ds, ix := realData(t)
	byMonth := map[[2]int]int{}
	november, dated, intl := 0, 0, 0
	for i := range ds.Events {
		d := ds.Events[i].Date
		if d.Month != 0 {
			byMonth[[2]int{d.Year, d.Month}]++
			dated++
		}
		if d.Month == 11 {
			november++
		}
		if ds.Events[i].International {
			intl++
		}
	}
	if dated == len(ds.Events) || intl == 0 {
		t.Fatalf("the real data no longer tests this: %d of %d events dated to the month, %d international", dated, len(ds.Events), intl)
	}
	for ym, n := range byMonth {
		s := slowParse(mustQuery(t, "from="+strconv.Itoa(ym[0])+"&to="+strconv.Itoa(ym[0])+"&month="+strconv.Itoa(ym[1])), ds)
		r := ix.Search(s)
		if len(r.Hits) != n {
			t.Errorf("%s: %d hits, want %d", s.Encode(), len(r.Hits), n)
		}
		for _, h := range r.Hits {
			if h.Event.Date.Year != ym[0] || h.Event.Date.Month != ym[1] {
				t.Errorf("%s finds %s of %v", s.Encode(), h.Event.ID, h.Event.Date)
			}
		}
	}
	r := ix.Search(State{}.WithMonth(11))
	if len(r.Hits) != november || november == 0 {
		t.Errorf("every November: %d hits, want %d", len(r.Hits), november)
	}
	// The month facet: all twelve labelled, adding up to the events dated
	// to the month, the selected one marked whatever the other filters.
	r = ix.Search(State{})
	if n := sum(r.Facets.Month); n != dated {
		t.Errorf("months add up to %d, want %d", n, dated)
	}
	for _, c := range r.Facets.Month {
		m, _ := strconv.Atoi(c.Value)
		if c.Label != time.Month(m).String() || c.Selected {
			t.Errorf("month facet: %+v", c)
		}
	}
	r = ix.Search(State{Month: 2, From: MaxYear, To: MaxYear})
	if len(r.Hits) != 0 || len(r.Facets.Month) != 1 || r.Facets.Month[0] != (Count{Value: "2", Label: "February", Selected: true}) {
		t.Errorf("a selected month with no event: %+v", r.Facets.Month)
	}
	if got := r.Facets.Get(FacetMonth); len(got) != 1 {
		t.Errorf("Get(FacetMonth) = %+v", got)
	}
	// International restricts everything, the month facet included.
	r = ix.Search(State{International: true})
	if len(r.Hits) != intl || sum(r.Facets.Kind) != intl {
		t.Errorf("international: %d hits, kinds add up to %d, want %d", len(r.Hits), sum(r.Facets.Kind), intl)
	}
}

func sum(l []Count) int {
	n := 0
	for _, c := range l {
		n += c.N
	}
	return n
}
