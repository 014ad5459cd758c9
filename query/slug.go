package query

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// maxFileSlug caps the length of Slug's result, a file name.
const maxFileSlug = 100

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
	if len(out) > maxFileSlug {
		out = out[:maxFileSlug]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	return out
}
