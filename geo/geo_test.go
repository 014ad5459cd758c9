package geo

import (
	"os"
	"slices"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/internal/assets"
)

func loadMap(t *testing.T, name string) (*Map, []byte) {
	t.Helper()
	b, err := os.ReadFile("../web/geo/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseMap(name, b)
	if err != nil {
		t.Fatal(err)
	}
	return m, b
}

// Every placed facility of the shipped dataset lies inside its country's
// shape: a US facility in one of the states, any other in its country.
func TestFacilitiesInsideTheirCountry(t *testing.T) {
	world, _ := loadMap(t, "world.json")
	us, _ := loadMap(t, "us.json")
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	placed := 0
	for _, f := range d.Facilities {
		if !f.Placed() {
			continue
		}
		placed++
		p := Point{f.Lon, f.Lat}
		inside := false
		if f.Country == "US" {
			for i := range us.Features {
				if us.Features[i].Contains(p) {
					inside = true
					if region := StateName(f.Region); region != "" && us.Features[i].Name != region {
						t.Errorf("%s: at %v, in %s, but its region is %s", f.Code, p, us.Features[i].Name, f.Region)
					}
				}
			}
		} else if c, ok := world.Lookup(f.Country); ok {
			inside = c.Contains(p)
		} else {
			t.Errorf("%s: no shape for country %s", f.Code, f.Country)
			continue
		}
		if !inside {
			t.Errorf("%s (%s, %s): %v is outside its country's shape", f.Code, f.City, f.Country, p)
		}
	}
	if placed < 20 {
		t.Errorf("only %d facilities have coordinates", placed)
	}
}

// The test above can fail: a point is inside its own country and not in
// another.
func TestContains(t *testing.T) {
	world, _ := loadMap(t, "world.json")
	de, _ := world.Lookup("DE")
	fr, _ := world.Lookup("FR")
	berlin := Point{13.4, 52.5}
	if !de.Contains(berlin) || fr.Contains(berlin) {
		t.Error("Berlin should be in Germany and not in France")
	}
	if de.Contains(Point{-40, 30}) { // the Atlantic
		t.Error("the Atlantic is not in Germany")
	}
	// A hole: a square with a square hole.
	sq := func(a, b float64) Ring { return Ring{{a, a}, {b, a}, {b, b}, {a, b}, {a, a}} }
	f := Feature{Polygons: [][]Ring{{sq(0, 10), sq(4, 6)}}}
	if !f.Contains(Point{2, 2}) || f.Contains(Point{5, 5}) || f.Contains(Point{11, 5}) {
		t.Error("the even-odd rule fails on a square with a hole")
	}
}

// The geography is within its budget: 60 kB brotli in all.
func TestGeographyBudget(t *testing.T) {
	total := 0
	for _, name := range []string{"world.json", "us.json"} {
		m, b := loadMap(t, name)
		n := len(assets.Brotli(b, 11))
		t.Logf("%s: %d shapes, %d bytes, %d brotli", name, len(m.Features), len(b), n)
		total += n
	}
	if total > 60_000 {
		t.Errorf("the geography is %d bytes brotli, over the 60 kB budget", total)
	}
	us, _ := loadMap(t, "us.json")
	if len(us.Features) != 51 {
		t.Errorf("us.json has %d states, want the 50 and DC", len(us.Features))
	}
	for _, f := range us.Features {
		if _, ok := USStates[f.Name]; !ok {
			t.Errorf("us.json: unknown state %q", f.Name)
		}
	}
	world, _ := loadMap(t, "world.json")
	for _, code := range []string{"US", "DE", "GB", "FR", "PL", "CA", "IN", "JP", "AU", "BR", "ZA", "MX"} {
		f, ok := world.Lookup(code)
		if !ok || f.Name != dataset.CountryName(code) {
			t.Errorf("world.json: %s missing or misnamed (%v)", code, f)
		}
	}
}

func TestPlaceStates(t *testing.T) {
	for place, want := range map[string][]string{
		"Bessemer, Alabama":                        {"Alabama"},
		"Shakopee, Minnesota (fulfillment center)": {"Minnesota"},
		"Chicago area, Illinois; Atlanta, Georgia": {"Illinois", "Georgia"},
		"Oregon":                           {"Oregon"},
		"Washington, DC":                   {"District of Columbia"},
		"Washington State":                 {"Washington"},
		"Seattle, Washington":              {"Washington"},
		"Sacramento, Chicago and New York": nil,
		"Aurora (Colorado), Nampa (Idaho)": nil,
		"online":                           nil,
		"":                                 nil,
	} {
		if got := PlaceStates(place); !slices.Equal(got, want) {
			t.Errorf("PlaceStates(%q) = %v, want %v", place, got, want)
		}
	}
}

func TestEventRegions(t *testing.T) {
	facs := map[string]*dataset.Facility{
		"JFK8": {Code: "JFK8", Region: "New York", Country: "US"},
		"YUL2": {Code: "YUL2", Region: "Quebec", Country: "CA"},
		"MDW7": {Code: "MDW7", Country: "US"},
	}
	look := func(c string) (*dataset.Facility, bool) { f, ok := facs[c]; return f, ok }
	for _, c := range []struct {
		e    dataset.Event
		want []string
	}{
		{dataset.Event{Countries: []string{"US"}, Facilities: []string{"JFK8"}, Place: "Chicago, Illinois"}, []string{"New York"}},
		{dataset.Event{Countries: []string{"US"}, Facilities: []string{"MDW7"}, Place: "Chicago, Illinois"}, []string{"Illinois"}},
		{dataset.Event{Countries: []string{"CA"}, Facilities: []string{"YUL2"}}, []string{"Quebec"}},
		{dataset.Event{Countries: []string{"DE"}, Place: "Leipzig, Washington"}, nil},                                    // not in the US: no state from the place
		{dataset.Event{Countries: []string{"US"}, Region: "Alabama", Facilities: []string{"JFK8"}}, []string{"Alabama"}}, // its own region first
		{dataset.Event{Countries: []string{"GB"}, Region: "England"}, []string{"England"}},
	} {
		if got := EventRegions(&c.e, look); !slices.Equal(got, c.want) {
			t.Errorf("EventRegions(%+v) = %v, want %v", c.e, got, c.want)
		}
	}
}
