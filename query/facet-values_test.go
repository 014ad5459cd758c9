package query

import (
	"slices"
	"strconv"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// The facets' labels when the dataset leaves a name out, the year range
// with a gap, and the order by size with ties and unknown sizes.
func TestFacetValuesFallBack(t *testing.T) {
	ds := &dataset.Dataset{
		Organizations: []dataset.Organization{{ID: "nameless-union"}, {ID: "alu", Name: "Amazon Labor Union"}},
		Facilities:    []dataset.Facility{{Code: "ZZZ9"}, {Code: "BHM1", City: "Bessemer"}},
		Events: []dataset.Event{
			{ID: "a", Date: dataset.Date{Year: 2023, Month: 5}, Kind: dataset.Strike, Countries: []string{"QQ"},
				Organizations: []string{"nameless-union"}, Facilities: []string{"ZZZ9"}, Participants: []dataset.Participant{{Count: 10}}},
			{ID: "b", Date: dataset.Date{Year: 2020}, Kind: dataset.Strike, Countries: []string{"US"},
				Organizations: []string{"alu"}, Facilities: []string{"BHM1"}},
			{ID: "c", Date: dataset.Date{Year: 2021}, Kind: dataset.Strike, Countries: []string{"US"}, Participants: []dataset.Participant{{Count: 10}}},
			{ID: "d", Date: dataset.Date{Year: 2020}, Kind: dataset.Strike, Countries: []string{"US"}, Participants: []dataset.Participant{{Count: 99}}},
		},
	}
	r := NewIndex(ds).Search(State{})
	label := func(list []Count, value string) string {
		for _, c := range list {
			if c.Value == value {
				return c.Label
			}
		}
		return "(missing)"
	}
	for _, c := range []struct {
		facet        []Count
		value, label string
	}{
		{r.Facets.Country, "QQ", "QQ"}, // no name: the code
		{r.Facets.Country, "US", "United States"},
		{r.Facets.Org, "nameless-union", "nameless-union"}, // no name: the id
		{r.Facets.Org, "alu", "Amazon Labor Union"},
		{r.Facets.Facility, "ZZZ9", "ZZZ9"}, // no city: the code alone
		{r.Facets.Facility, "BHM1", "BHM1 (Bessemer)"},
		{r.Facets.Month, "5", "May"},
	} {
		if got := label(c.facet, c.value); got != c.label {
			t.Errorf("%s is labelled %q, want %q", c.value, got, c.label)
		}
	}
	var years []string
	for _, c := range r.Facets.Year {
		years = append(years, c.Value+":"+strconv.Itoa(c.N))
	}
	slices.Sort(years)
	if want := []string{"2020:2", "2021:1", "2023:1"}; !slices.Equal(years, want) { // 2022 has none
		t.Errorf("years %v, want %v", years, want)
	}
	var bySize []string
	for _, h := range NewIndex(ds).Search(State{Sort: SortSize}).Hits {
		bySize = append(bySize, h.Event.ID)
	}
	// Largest first; a tie keeps the dataset's order; no figure comes last.
	if want := []string{"d", "a", "c", "b"}; !slices.Equal(bySize, want) {
		t.Errorf("by size %v, want %v", bySize, want)
	}
}

// The order by size is the stable sort by headline participants, largest
// first and none last, on a synthetic dataset with many ties and zeros.
func TestRankBySizeIsTheStableSort(t *testing.T) {
	ds := dataset.Synthetic(3000, 7)
	ds.Events[5].Participants = []dataset.Participant{{Count: 0}}
	ix := NewIndex(ds)
	size := func(i int) int {
		if p := ix.events[i].Participants; len(p) > 0 {
			return p[0].Count
		}
		return -1
	}
	want := make([]int, len(ix.events))
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int { return size(b) - size(a) })
	for r, i := range want {
		if int(ix.bySize[r]) != i || int(ix.sizeRank[i]) != r {
			t.Fatalf("place %d holds event %d (rank %d), want event %d", r, ix.bySize[r], ix.sizeRank[i], i)
		}
	}
}
