package charts

import (
	"net/url"
	"testing"

	"github.com/laborlens/laborlens/query"
)

// drillValues is drill's filter as URL parameters; false for none.
func drillValues(chartID, seriesName, name string) (url.Values, bool) {
	f := drill(chartID, seriesName, name)
	if f == nil {
		return nil, false
	}
	v := url.Values{}
	for k, x := range f {
		v.Set(k, x)
	}
	return v, true
}

func TestDrill(t *testing.T) {
	tests := []struct {
		chart, series, name string
		want                string // encoded query, "" for no filter
	}{
		{PerYear, "Strike", "2021", "from=2021&kind=strike&to=2021"},
		{PerYear, "Union election", "2022", "from=2022&kind=union-election&to=2022"},
		{PerYear, "union-election", "2022", "from=2022&kind=union-election&to=2022"},
		{PerYear, "", "2022", "from=2022&to=2022"},
		{PerYear, "Strike", "twenty", ""},
		{ByCountry, "Events", "DE", "country=DE"},
		{ByCountry, "Events", InternationalName, "international=1"},
		{ByCountry, "Events", "Germany", ""},
		{TopOrgs, "Events", "amazon-labor-union", "org=amazon-labor-union"},
		{TopOrgs, "Events", "Amazon Labor Union", ""},
		{Calendar, "Events", "2021-07", "from=2021&month=7&to=2021"},
		{Calendar, "Events", "2021-11", "from=2021&month=11&to=2021"},
		{Calendar, "Events", "2021-13", ""},
		{Calendar, "Events", "2021-00", ""},
		{Calendar, "Events", "2021", ""},
		{Calendar, "Events", "2021-7", ""},
		{Outcomes, "won", "strike", "kind=strike&outcome=won"},
		{Outcomes, "won", "Strike", "kind=strike&outcome=won"},
		{Outcomes, "Pending or ongoing", "strike", "kind=strike&outcome=pending"},
		{Outcomes, "", "strike", ""},
		{Outcomes, "maybe", "strike", ""},
		{Largest, "Participants", "2022-04-01-jfk8-union-election", ""},
		{Elections, "Votes for", "2022-04-01-jfk8-union-election", ""},
		{"timeline", "Strike", "x", ""},
		{"nope", "", "2021", ""},
	}
	for _, tc := range tests {
		v, ok := drillValues(tc.chart, tc.series, tc.name)
		if got := v.Encode(); ok != (tc.want != "") || got != tc.want {
			t.Errorf("drill(%q, %q, %q) = %q, %v; want %q", tc.chart, tc.series, tc.name, got, ok, tc.want)
		}
	}
}

// Every item's filter is what drill makes of a click on it, the event
// list reads all of it, and clicking it leads to as many events as the
// item counts: Index.Parse of the filter, searched with query.Index,
// finds exactly the item's count. The outcomes chart is built with the
// outcome package's categories, as the app builds it.
func TestFiltersMatchDrill(t *testing.T) {
	d, evs := fixture(t)
	ix := query.NewIndex(d)
	cfg := Config{Theme: "light", OrgName: OrgNames(d)}
	seen := map[string]bool{} // the parameters some filter sets
	for _, c := range All() {
		js, _, err := Build(c.ID, evs, cfg)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range list(option(t, js)["series"]) {
			for _, v := range list(obj(s)["data"]) {
				it := obj(v)
				if it == nil || it["filter"] == nil {
					if !opensEvent(c.ID) && it != nil {
						t.Errorf("%s: item %v has no filter", c.ID, it["name"])
					}
					continue
				}
				n++
				want := url.Values{}
				for k, x := range obj(it["filter"]) {
					want.Set(k, x.(string))
					seen[k] = true
				}
				got, ok := drillValues(c.ID, obj(s)["name"].(string), it["name"].(string))
				if !ok || got.Encode() != want.Encode() {
					t.Errorf("%s: drill(%v, %v) = %q, item filter %q", c.ID, obj(s)["name"], it["name"], got.Encode(), want.Encode())
				}
				count := 0
				if c.ID == Calendar {
					count = int(list(it["value"])[2].(float64))
				} else {
					count = value(t, v)
				}
				st := ix.Parse(want)
				if enc := st.Encode(); enc != want.Encode() {
					t.Errorf("%s: the event list reads filter %q as %q", c.ID, want.Encode(), enc)
				}
				if k := len(ix.Search(st).Hits); k != count {
					t.Errorf("%s: filter %q finds %d events, the item counts %d", c.ID, want.Encode(), k, count)
				}
			}
		}
		if n == 0 && !opensEvent(c.ID) {
			t.Errorf("%s: no clickable items", c.ID)
		}
	}
	for _, p := range []string{ParamFrom, ParamTo, ParamMonth, ParamKind, ParamCountry, ParamInternational, ParamOrg, ParamOutcome} {
		if !seen[p] {
			t.Errorf("no filter of the fixture sets %s", p)
		}
	}
}

// opensEvent reports whether a chart's items are single events, which a
// click opens rather than filtering the list.
func opensEvent(id string) bool { return id == Largest || id == Elections }
