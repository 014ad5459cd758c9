package query

import (
	"regexp"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

func TestSlug(t *testing.T) {
	safe := regexp.MustCompile(`^laborlens(-[a-z0-9]+)*$`)
	for _, c := range []struct {
		s    State
		want string
	}{
		{State{}, "laborlens"},
		{State{Kinds: []dataset.Kind{"strike"}, Countries: []string{"DE"}, From: 2019, To: 2024}, "laborlens-kind-strike-country-de-2019-2024"},
		{State{}.WithQuery(`"Bessemer" vote!`), "laborlens-bessemer-vote"},
		{State{}.WithQuery("<script>alert(1)</script>"), "laborlens-script-alert-1"},
		{State{From: 2020}, "laborlens-from-2020"},
		{State{To: 2020, Outcomes: []outcome.Category{outcome.Won}}, "laborlens-outcome-won-to-2020"},
		{State{From: 2021, To: 2021, Facilities: []string{"JFK8"}}, "laborlens-facility-jfk8-2021"},
		{State{}.WithQuery("🙂 عمال"), "laborlens"},
		{State{From: 2021, To: 2021, Month: 7}, "laborlens-2021-month-07"},
		{State{Month: 11}, "laborlens-month-11"},
		{State{Month: 13}, "laborlens"},
		{State{International: true}, "laborlens-international"},
		{State{Kinds: []dataset.Kind{"strike"}, International: true, From: 2019, Month: 11}, "laborlens-kind-strike-international-from-2019-month-11"},
	} {
		if got := c.s.Slug(); got != c.want {
			t.Errorf("Slug(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
	long := State{}.WithQuery(strings.Repeat("solidarity ", 30))
	for _, k := range dataset.Kinds() {
		long = long.With(FacetKind, string(k.Kind))
	}
	if got := long.Slug(); len(got) > maxFileSlug || !safe.MatchString(got) {
		t.Errorf("long Slug = %q (%d)", got, len(got))
	}
}
