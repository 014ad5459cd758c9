package charts

import (
	"cmp"
	"net/url"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

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
		{Calendar, "Events", "2021-07", "from=2021-07&to=2021-07"},
		{Calendar, "Events", "2021-13", ""},
		{Outcomes, "won", "strike", "kind=strike&outcome=won"},
		{Outcomes, "won", "Strike", "kind=strike&outcome=won"},
		{Outcomes, "", "strike", ""},
		{Largest, "Participants", "2022-04-01-jfk8-union-election", ""},
		{"timeline", "Strike", "x", ""},
		{"nope", "", "2021", ""},
	}
	for _, tc := range tests {
		v, ok := Drill(tc.chart, tc.series, tc.name)
		if got := v.Encode(); ok != (tc.want != "") || got != tc.want {
			t.Errorf("Drill(%q, %q, %q) = %q, %v; want %q", tc.chart, tc.series, tc.name, got, ok, tc.want)
		}
	}
}

// Every item's filter is what Drill makes of a click on it, and clicking
// it leads to as many events as the item counts.
func TestFiltersMatchDrill(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		js, _, err := Build(c.ID, evs, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range list(option(t, js)["series"]) {
			for _, v := range list(obj(s)["data"]) {
				it := obj(v)
				if it == nil || it["filter"] == nil {
					if c.ID != Largest && it != nil {
						t.Errorf("%s: item %v has no filter", c.ID, it["name"])
					}
					continue
				}
				n++
				want := url.Values{}
				for k, x := range obj(it["filter"]) {
					want.Set(k, x.(string))
				}
				got, ok := Drill(c.ID, obj(s)["name"].(string), it["name"].(string))
				if !ok || got.Encode() != want.Encode() {
					t.Errorf("%s: Drill(%v, %v) = %q, item filter %q", c.ID, obj(s)["name"], it["name"], got.Encode(), want.Encode())
				}
				n := 0
				if c.ID == Calendar {
					n = int(list(it["value"])[2].(float64))
				} else {
					n = value(t, v)
				}
				if k := matching(evs, want); k != n {
					t.Errorf("%s: filter %q finds %d events, the item counts %d", c.ID, want.Encode(), k, n)
				}
			}
		}
		if n == 0 && c.ID != Largest {
			t.Errorf("%s: no clickable items", c.ID)
		}
	}
}

// matching counts the events a filter keeps, as the event list would.
func matching(evs []*dataset.Event, f url.Values) int {
	n := 0
	for _, e := range evs {
		ok := true
		if from := f.Get(ParamFrom); from != f.Get(ParamTo) {
			panic("from and to differ")
		} else if from != "" && !strings.HasPrefix(e.Date.String(), from) {
			ok = false
		}
		if o := f.Get(ParamOutcome); o != "" && o != cmp.Or(stubOutcome(e), UnknownOutcome) {
			ok = false
		}
		if k := f.Get(ParamKind); k != "" && string(e.Kind) != k {
			ok = false
		}
		if c := f.Get(ParamCountry); c != "" && !contains(e.Countries, c) {
			ok = false
		}
		if f.Get(ParamInternational) == "1" && !e.International {
			ok = false
		}
		if o := f.Get(ParamOrg); o != "" && !contains(e.Organizations, o) {
			ok = false
		}
		if ok {
			n++
		}
	}
	return n
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
