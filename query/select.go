package query

import (
	"slices"
	"strconv"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

// Selecting and unselecting facet values: Has, With, Without, Toggle and
// ClearFacet, over the State's lists as strings.

// values returns the State's values of a facet as strings; for FacetYear,
// the bounds that are set; for FacetMonth, the month if it is set.
func (s *State) values(f Facet) []string {
	switch f {
	case FacetKind:
		return kindStrings(s.Kinds)
	case FacetCountry:
		return s.Countries
	case FacetOrg:
		return s.Orgs
	case FacetFacility:
		return s.Facilities
	case FacetOutcome:
		return outcomeStrings(s.Outcomes)
	case FacetYear:
		var out []string
		for _, y := range []int{s.From, s.To} {
			if y != 0 {
				out = append(out, strconv.Itoa(y))
			}
		}
		return out
	case FacetMonth:
		if m := s.month(); m != 0 {
			return []string{strconv.Itoa(m)}
		}
	}
	return nil
}

// setValues replaces the State's values of a list facet with a canonical list.
func (s *State) setValues(f Facet, l []string) {
	l = canonical(l)
	switch f {
	case FacetKind:
		s.Kinds = nil
		for _, k := range l {
			s.Kinds = append(s.Kinds, dataset.Kind(k))
		}
	case FacetCountry:
		s.Countries = l
	case FacetOrg:
		s.Orgs = l
	case FacetFacility:
		s.Facilities = l
	case FacetOutcome:
		s.Outcomes = nil
		for _, o := range l {
			s.Outcomes = append(s.Outcomes, outcome.Category(o))
		}
	}
}

func facetIndex(f Facet) int {
	for i, n := range facetNames {
		if n == f {
			return i
		}
	}
	return -1
}

// Has reports whether a facet value is selected. For FacetYear it reports
// whether the year is within the range (and a range is set). For
// FacetMonth, "7" and "07" are July.
func (s State) Has(f Facet, value string) bool {
	i := facetIndex(f)
	if i < 0 {
		return false
	}
	value = normalize(i, value)
	if f == FacetYear {
		y, err := strconv.Atoi(value)
		return err == nil && (s.From != 0 || s.To != 0) && (s.From == 0 || y >= s.From) && (s.To == 0 || y <= s.To)
	}
	if f == FacetMonth {
		m, ok := parseMonth(value)
		return ok && m == s.month()
	}
	return slices.Contains(s.values(f), value)
}

// With returns the State with a facet value selected, in addition to the
// others of the same facet. A value that has not the form of the facet's
// values is ignored. For FacetYear, the range becomes that single year; for
// FacetMonth, the month replaces the one selected.
func (s State) With(f Facet, value string) State {
	i := facetIndex(f)
	if i < 0 {
		return s
	}
	value = normalize(i, value)
	if f == FacetYear {
		y, err := strconv.Atoi(value)
		if err != nil {
			return s
		}
		return s.WithYears(y, y)
	}
	if f == FacetMonth {
		if m, ok := parseMonth(value); ok {
			return s.WithMonth(m)
		}
		return s
	}
	if !valid(i, value) || slices.Contains(s.values(f), value) {
		return s
	}
	s.setValues(f, append(slices.Clone(s.values(f)), value))
	return s
}

// Without returns the State with a facet value no longer selected. For
// FacetYear it clears the year range, for FacetMonth the month.
func (s State) Without(f Facet, value string) State {
	i := facetIndex(f)
	if i < 0 {
		return s
	}
	if f == FacetYear {
		return s.WithYears(0, 0)
	}
	if f == FacetMonth {
		return s.WithMonth(0)
	}
	value = normalize(i, value)
	s.setValues(f, slices.DeleteFunc(slices.Clone(s.values(f)), func(x string) bool { return x == value }))
	return s
}

// Toggle selects a facet value that is not selected and unselects one that is.
func (s State) Toggle(f Facet, value string) State {
	if s.Has(f, value) {
		return s.Without(f, value)
	}
	return s.With(f, value)
}

// ClearFacet returns the State without any value of one facet.
func (s State) ClearFacet(f Facet) State {
	switch f {
	case FacetYear:
		return s.WithYears(0, 0)
	case FacetMonth:
		return s.WithMonth(0)
	}
	s.setValues(f, nil)
	return s
}
