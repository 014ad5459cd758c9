package view

import (
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/query"
)

// FacetGroup is one facet of the filter panel.
type FacetGroup struct {
	Facet  query.Facet
	Legend string // its catalogue key (package i18n)
	Open   bool   // expanded at first
}

// FacetGroups are the filter panel's facets, in the order the panel and
// the chips show them.
var FacetGroups = []FacetGroup{
	{query.FacetKind, "facet.kind", true},
	{query.FacetCountry, "facet.country", true},
	{query.FacetOrg, "facet.org", false},
	{query.FacetFacility, "facet.facility", false},
	{query.FacetOutcome, "facet.outcome", false},
}

// Words are how chips read in the visitor's language: the Printer's
// messages and month names, and Value, a facet value's label (kinds,
// countries and outcomes translated; organizations and facilities keep
// their names).
type Words struct {
	*i18n.Printer
	Value func(query.Facet, query.Count) string
}

// Chip is one active filter as the visitor reads it, with the State that
// removing it leads to.
type Chip struct {
	Label   string // e.g. "Kind: Strike", "Years: 2018–…"
	Without query.State
}

// Chips lists the active filters of s in w's words: the selected values
// of each facet group, as r's facet counts hold them, then the years, the
// month, and the international and region filters, which restrict every
// count without being facets. Removing a chip keeps everything else,
// the query, the sort and the timeline's lane included.
func Chips(r *query.Result, s query.State, w Words) []Chip {
	var chips []Chip
	for _, g := range FacetGroups {
		for _, c := range r.Facets.Get(g.Facet) {
			if c.Selected {
				chips = append(chips, Chip{w.T(g.Legend) + ": " + w.Value(g.Facet, c), s.Without(g.Facet, c.Value)})
			}
		}
	}
	if s.From != 0 || s.To != 0 {
		label := w.T("filters.years") + ": " + yearLabel(s.From) + "–" + yearLabel(s.To)
		chips = append(chips, Chip{label, s.WithYears(0, 0)})
	}
	if s.Month != 0 {
		chips = append(chips, Chip{w.T("filters.month") + ": " + w.Month(s.Month), s.WithMonth(0)})
	}
	if s.International {
		chips = append(chips, Chip{w.T("filters.international"), s.WithInternational(false)})
	}
	if s.Region != "" {
		chips = append(chips, Chip{w.T("filters.region") + ": " + s.Region, s.WithRegion("")})
	}
	return chips
}

// yearLabel writes one end of a year range; an open end is "…".
func yearLabel(y int) string {
	if y == 0 {
		return "…"
	}
	return strconv.Itoa(y)
}

// DescribeFilters says in a line what s selects, for titles and
// descriptions: “besemer” · Kind: Strike · Years: 2018–2022.
func DescribeFilters(r *query.Result, s query.State, w Words) string {
	var parts []string
	if s.Q != "" {
		parts = append(parts, "“"+s.Q+"”")
	}
	for _, c := range Chips(r, s, w) {
		parts = append(parts, c.Label)
	}
	return strings.Join(parts, " · ")
}

// AnySelected reports whether one of a facet's values is selected: its
// group is then shown open.
func AnySelected(counts []query.Count) bool {
	for _, c := range counts {
		if c.Selected {
			return true
		}
	}
	return false
}
