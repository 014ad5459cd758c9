package query

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

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

// Clear returns the State with no query and no filter; the view (sort and
// lane) stays.
func (s State) Clear() State { return State{Sort: s.Sort, Lane: s.Lane} }

// WithQuery returns the State with the query q, cleaned like Parse cleans
// it. Spaces are kept as typed, so that a query being typed survives a
// round trip through the URL.
func (s State) WithQuery(q string) State {
	s.Q = cleanQuery(q)
	return s
}

// WithSort returns the State with another order; an unknown one is the default.
func (s State) WithSort(o Sort) State {
	s.Sort = parseSort(string(o))
	return s
}

// WithYears returns the State with the year range [from, to]; 0 leaves a
// side open, a year outside 1900–2100 is ignored and a reversed range is
// swapped.
func (s State) WithYears(from, to int) State {
	ok := func(y int) int {
		if y < MinYear || y > MaxYear {
			return 0
		}
		return y
	}
	from, to = ok(from), ok(to)
	if from != 0 && to != 0 && from > to {
		from, to = to, from
	}
	s.From, s.To = from, to
	return s
}

// WithMonth returns the State filtered to a calendar month, 1–12, in every
// year of the year range; 0, or any other number, clears it. Events known
// only to the year are left out while a month is set.
func (s State) WithMonth(m int) State {
	s.Month = m
	s.Month = s.month()
	return s
}

// WithInternational returns the State with or without the filter that
// keeps only the events coordinated across countries.
func (s State) WithInternational(on bool) State {
	s.International = on
	return s
}

// WithRegion returns the State filtered to one region, by name ("New
// York"); "" clears it.
func (s State) WithRegion(r string) State {
	s.Region = r
	return s
}

// WithNew returns the State with or without the filter that keeps only
// the events new since the visitor's last visit.
func (s State) WithNew(on bool) State {
	s.New = on
	return s
}

// maxSlug caps the length of Slug's result.
const maxSlug = 100

// Slug describes the query and filters in a short filename-safe name for
// exported files, e.g. "laborlens-kind-strike-country-de-2019-2024",
// "laborlens-international-2021-month-07" or "laborlens-bessemer-vote".
// The sort is left out.
func (s State) Slug() string {
	parts := []string{"laborlens"}
	if q := dataset.Slug(strings.Join(Words(s.Q), " ")); q != "" {
		parts = append(parts, q)
	}
	for _, f := range []Facet{FacetKind, FacetCountry, FacetOrg, FacetFacility, FacetOutcome} {
		if l := s.values(f); len(l) > 0 {
			parts = append(parts, string(f))
			for _, v := range l {
				parts = append(parts, dataset.Slug(v))
			}
		}
	}
	if s.International {
		parts = append(parts, "international")
	}
	if s.Region != "" {
		parts = append(parts, dataset.Slug(s.Region))
	}
	if s.New {
		parts = append(parts, "new")
	}
	switch {
	case s.From != 0 && s.From == s.To:
		parts = append(parts, strconv.Itoa(s.From))
	case s.From != 0 && s.To != 0:
		parts = append(parts, strconv.Itoa(s.From)+"-"+strconv.Itoa(s.To))
	case s.From != 0:
		parts = append(parts, "from-"+strconv.Itoa(s.From))
	case s.To != 0:
		parts = append(parts, "to-"+strconv.Itoa(s.To))
	}
	if m := s.month(); m != 0 {
		parts = append(parts, fmt.Sprintf("month-%02d", m))
	}
	out := strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), "-")
	if len(out) > maxSlug {
		out = out[:maxSlug]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	return out
}
