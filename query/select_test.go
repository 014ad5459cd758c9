package query

import "testing"

func TestWithWithout(t *testing.T) {
	var s State
	s = s.Toggle(FacetKind, "Strike").Toggle(FacetKind, "nonsense").With(FacetOutcome, "won").With(FacetFacility, "jfk8")
	if !s.Has(FacetKind, "strike") || s.Has(FacetKind, "nonsense") || !s.Has(FacetFacility, "JFK8") {
		t.Fatalf("after With: %+v", s)
	}
	before := s
	t2 := s.Toggle(FacetKind, "strike")
	if len(t2.Kinds) != 0 || !before.Has(FacetKind, "strike") {
		t.Errorf("Toggle off: %+v (the original became %+v)", t2, before)
	}
	s = s.With(FacetYear, "2021")
	if s.From != 2021 || s.To != 2021 || !s.Has(FacetYear, "2021") || s.Has(FacetYear, "2022") {
		t.Errorf("year 2021: %+v", s)
	}
	if s = s.Without(FacetYear, "2021"); s.From != 0 || s.To != 0 {
		t.Errorf("year cleared: %+v", s)
	}
	if s = s.WithYears(1800, 2020); s.From != 0 || s.To != 2020 {
		t.Errorf("WithYears(1800, 2020): %+v", s)
	}
	s = s.WithQuery("x").WithSort("bogus")
	if s.Sort != SortDefault {
		t.Errorf("unknown sort kept: %q", s.Sort)
	}
	c := s.WithSort(SortSize).Clear()
	if !c.Equal(State{Sort: SortSize}) {
		t.Errorf("Clear = %+v", c)
	}
	if s.ClearFacet(FacetOutcome).Outcomes != nil || !s.ClearFacet(FacetOutcome).Has(FacetFacility, "JFK8") {
		t.Error("ClearFacet")
	}
	// The month: one at most, set by With, WithMonth or Toggle.
	m := State{From: 2021, To: 2021}.With(FacetMonth, "07")
	if m.Month != 7 || !m.Has(FacetMonth, "7") || !m.Has(FacetMonth, " 07") || m.Has(FacetMonth, "8") || m.From != 2021 {
		t.Errorf("With(FacetMonth, 07): %+v", m)
	}
	if m2 := m.With(FacetMonth, "11"); m2.Month != 11 || m.Month != 7 {
		t.Errorf("With(FacetMonth, 11) = %+v", m2)
	}
	for _, bad := range []string{"13", "0", "-1", "x", "", "7,8"} {
		if m2 := m.With(FacetMonth, bad); m2.Month != 7 {
			t.Errorf("With(FacetMonth, %q) = %+v", bad, m2)
		}
	}
	if m.Toggle(FacetMonth, "7").Month != 0 || m.Toggle(FacetMonth, "8").Month != 8 || m.Without(FacetMonth, "").Month != 0 ||
		m.ClearFacet(FacetMonth).Month != 0 || m.ClearFacet(FacetMonth).From != 2021 {
		t.Error("Toggle, Without or ClearFacet of the month")
	}
	if (State{}).Has(FacetMonth, "0") || (State{Month: 13}).Has(FacetMonth, "13") {
		t.Error("Has(FacetMonth) of no month")
	}
	for m, want := range map[int]int{0: 0, 1: 1, 12: 12, 13: 0, -1: 0, 100: 0} {
		if got := (State{Month: 5}).WithMonth(m).Month; got != want {
			t.Errorf("WithMonth(%d).Month = %d, want %d", m, got, want)
		}
	}
	if i := (State{}).WithInternational(true); !i.International || i.WithInternational(false).International {
		t.Error("WithInternational")
	}
	if c := (State{Month: 7, International: true, Sort: SortSize}).Clear(); !c.Equal(State{Sort: SortSize}) {
		t.Errorf("Clear keeps %+v", c)
	}
	if (State{}).WithQuery("q").EffectiveSort() != SortRelevance || (State{}).WithQuery("  ").EffectiveSort() != SortNewest {
		t.Error("EffectiveSort")
	}
}
