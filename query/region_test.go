package query

import (
	"net/url"
	"slices"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func regionDataset() *dataset.Dataset {
	d := &dataset.Dataset{
		Facilities: []dataset.Facility{{Code: "JFK8", Region: "New York", Country: "US"}, {Code: "YUL2", Region: "Quebec", Country: "CA"}},
		Events: []dataset.Event{
			{ID: "a", Date: dataset.Date{Year: 2022}, Kind: dataset.Strike, Countries: []string{"US"}, Facilities: []string{"JFK8"}},
			{ID: "b", Date: dataset.Date{Year: 2021}, Kind: dataset.Strike, Countries: []string{"US"}, Place: "Bessemer, Alabama"},
			{ID: "c", Date: dataset.Date{Year: 2023}, Kind: dataset.Protest, Countries: []string{"US"}, Region: "Alabama"},
			{ID: "d", Date: dataset.Date{Year: 2024}, Kind: dataset.Strike, Countries: []string{"CA"}, Facilities: []string{"YUL2"}},
			{ID: "e", Date: dataset.Date{Year: 2020}, Kind: dataset.Strike, Countries: []string{"US"}, Place: "nationwide"},
		},
	}
	return d
}

// The region filter keeps the events in one state or province, by name, and
// restricts every facet count.
func TestRegionFilter(t *testing.T) {
	ix := NewIndex(regionDataset())
	for region, want := range map[string][]string{
		"Alabama": {"b", "c"}, "New York": {"a"}, "Quebec": {"d"},
	} {
		s := ix.Parse(url.Values{"region": {region}})
		if s.Region != region {
			t.Fatalf("region=%s parsed as %q", region, s.Region)
		}
		r := ix.Search(s)
		got := ids(r.Hits)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("region=%s: got %v, want %v", region, got, want)
		}
		n := 0
		for _, c := range r.Facets.Kind {
			n += c.N
		}
		if n != len(want) {
			t.Errorf("region=%s: the kind counts add up to %d, want %d", region, n, len(want))
		}
		if !s.Filtered() || s.Values().Get("region") != region || !ix.Parse(s.Values()).Equal(s) {
			t.Errorf("region=%s does not round-trip through the URL: %v", region, s.Values())
		}
	}
	// Unknown, empty and hostile regions are dropped.
	for _, bad := range []string{"Atlantis", "", "  ", "New York\x00", "<script>"} {
		if s := ix.Parse(url.Values{"region": {bad}}); s.Region != "" {
			t.Errorf("region=%q kept as %q", bad, s.Region)
		}
	}
	// Without a dataset, only the form is checked.
	if s := slowParse(url.Values{"region": {"Alabama"}}, regionDataset()); s.Region != "Alabama" {
		t.Errorf("Parse with a dataset dropped a known region")
	}
	if s := slowParse(url.Values{"region": {"Atlantis"}}, regionDataset()); s.Region != "" {
		t.Errorf("Parse with a dataset kept an unknown region")
	}
	if got := (State{}).WithRegion("Quebec").Slug(); got != "laborlens-quebec" {
		t.Errorf("slug: %s", got)
	}
}
