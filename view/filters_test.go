package view

import (
	"net/url"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/query"
)

// english words chips as the English interface does, values by their
// labels in the facet counts.
var english = Words{i18n.EnglishPrinter, func(_ query.Facet, c query.Count) string { return c.Label }}

// Every active filter is a chip, in the panel's order, and removing one
// leaves everything else as it was: the other filters, the query, the
// sort and the timeline's lane (which "remove" once dropped).
func TestChips(t *testing.T) {
	d := sample(t)
	ix := query.NewIndex(d)
	v, err := url.ParseQuery("q=vote&kind=union-election&country=US&org=rwdsu&from=2020&to=2021&month=4&international=1&sort=oldest&lane=country")
	if err != nil {
		t.Fatal(err)
	}
	s := ix.Parse(v).WithRegion("Alabama")
	r := ix.Search(s)
	chips := Chips(&r, s, english)
	var labels []string
	for _, c := range chips {
		labels = append(labels, c.Label)
	}
	want := []string{"Kind: Union election", "Country: United States", "Organization: Retail, Wholesale and Department Store Union",
		"Years: 2020–2021", "Month: April", "International actions only", "Region: Alabama"}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Fatalf("chips\n got %q\nwant %q", labels, want)
	}
	removed := []query.State{
		s.Without(query.FacetKind, "union-election"), s.Without(query.FacetCountry, "US"), s.Without(query.FacetOrg, "rwdsu"),
		s.WithYears(0, 0), s.WithMonth(0), s.WithInternational(false), s.WithRegion(""),
	}
	for i, c := range chips {
		w := c.Without
		if !w.Equal(removed[i]) || w.Equal(s) {
			t.Errorf("removing %q gives %+v, want %+v", c.Label, w, removed[i])
		}
		if w.Q != s.Q || w.Sort != s.Sort || w.Lane != query.LaneCountry {
			t.Errorf("removing %q loses the query, sort or lane: %+v", c.Label, w)
		}
	}
	if got := DescribeFilters(&r, s, english); got != "“vote” · "+strings.Join(want, " · ") {
		t.Errorf("DescribeFilters = %q", got)
	}
	all := ix.Search(query.State{})
	if c := Chips(&all, query.State{}, english); len(c) != 0 {
		t.Errorf("no filter, chips %+v", c)
	}
}

// A half-open year range reads with an ellipsis on its open side.
func TestChipsOpenYears(t *testing.T) {
	ix := query.NewIndex(sample(t))
	for _, c := range []struct {
		s    query.State
		want string
	}{
		{query.State{}.WithYears(2021, 0), "Years: 2021–…"},
		{query.State{}.WithYears(0, 2021), "Years: …–2021"},
	} {
		s, want := c.s, c.want
		r := ix.Search(s)
		if c := Chips(&r, s, english); len(c) != 1 || c[0].Label != want || c[0].Without.Filtered() {
			t.Errorf("%+v: chips %+v, want one %q", s, c, want)
		}
	}
}
