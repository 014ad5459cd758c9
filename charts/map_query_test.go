package charts_test

import (
	"net/url"
	"testing"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/query"
)

// On the shipped dataset, every count the map draws is what the explorer
// finds with the filter a click on that shape or point applies.
func TestMapCountsEqualTheQuery(t *testing.T) {
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	ix := query.NewIndex(d)
	all := make([]*dataset.Event, len(d.Events))
	for i := range d.Events {
		all[i] = &d.Events[i]
	}
	c := charts.CountMap(all, d.Facility)
	check := func(param, value string, want int) {
		t.Helper()
		s := ix.Parse(url.Values{param: {value}})
		if got := len(ix.Search(s).Hits); got != want {
			t.Errorf("%s=%s: the map counts %d, the query finds %d", param, value, want, got)
		}
	}
	for code, n := range c.Countries {
		check("country", code, n)
	}
	for state, n := range c.States {
		check("region", state, n)
	}
	for code, n := range c.Facilities {
		check("facility", code, n)
	}
	if len(c.States) < 10 || len(c.Countries) < 10 {
		t.Errorf("too few shapes to prove anything: %d states, %d countries", len(c.States), len(c.Countries))
	}
}
