package charts

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func mapFixture(t *testing.T) (*dataset.Dataset, []*dataset.Event) {
	t.Helper()
	b, err := os.ReadFile("testdata/map-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dataset.Parse("testdata/map-fixture.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return d, pointers(d)
}

func TestMapGolden(t *testing.T) {
	d, evs := mapFixture(t)
	for _, v := range []MapView{{Area: AreaWorld}, {Area: AreaUS, Zoom: 2.5, Center: NewCenter(-80, 38)}} {
		t.Run(v.Area, func(t *testing.T) {
			js, _, err := BuildMap(evs, v, d.Facility, Config{Theme: "light"})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "map-"+v.Area, js)
		})
	}
}

func TestMapCountsAndTables(t *testing.T) {
	d, evs := mapFixture(t)
	c := CountMap(evs, d.Facility)
	if want := map[string]int{"US": 6, "DE": 2}; !mapsEqual(c.Countries, want) {
		t.Errorf("countries: got %v, want %v", c.Countries, want)
	}
	// JFK8's region, BHM1's region, and Chicago from the place; MDW7 has
	// no region and its place names none; Make Amazon Pay names no state.
	if want := map[string]int{"New York": 2, "Alabama": 1, "Illinois": 1}; !mapsEqual(c.States, want) {
		t.Errorf("states: got %v, want %v", c.States, want)
	}
	if want := map[string]int{"JFK8": 2, "BHM1": 1, "MDW7": 1, "LEJ1": 1}; !mapsEqual(c.Facilities, want) {
		t.Errorf("facilities: got %v, want %v", c.Facilities, want)
	}
	if c.Unplaced != 1 || c.NoState != 2 {
		t.Errorf("unplaced %d, no state %d; want 1 and 2", c.Unplaced, c.NoState)
	}

	js, tables, err := BuildMap(evs, MapView{}, d.Facility, Config{Theme: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	if got := tables.Facilities.Rows[len(tables.Facilities.Rows)-1]; got[0] != "MDW7" || got[3] != "not on the map" {
		t.Errorf("MDW7 has no coordinates, its row says %v", got)
	}
	var opt struct {
		Series []struct {
			Type string `json:"type"`
			Data []struct {
				Name  string `json:"name"`
				Value any    `json:"value"`
				Page  string `json:"page"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(js, &opt); err != nil {
		t.Fatal(err)
	}
	var points []string
	for _, p := range opt.Series[1].Data {
		points = append(points, p.Name+" "+p.Page)
	}
	// Only placed facilities are points: never MDW7, never an event.
	if want := []string{"JFK8 /facilities/JFK8", "BHM1 /facilities/BHM1", "LEJ1 /facilities/LEJ1"}; !slices.Equal(points, want) {
		t.Errorf("points: got %v, want %v", points, want)
	}
	// Hostile text from the data never reaches the option as markup.
	if bytes.Contains(js, []byte("<b>")) {
		t.Error("the option holds raw markup from the data")
	}
	if _, _, err := BuildMap(evs, MapView{Area: "mars"}, d.Facility, Config{}); err == nil || !strings.Contains(err.Error(), "mars") {
		t.Errorf("an unknown area: got %v", err)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A large dataset's facility table keeps the MaxTableRows facilities with
// the most events and counts the others, so the map's page stays small.
func TestMapTablesAreCut(t *testing.T) {
	d := dataset.Synthetic(20000, 1)
	evs := pointers(d)
	counts := CountMap(evs, d.Facility)
	if len(counts.Facilities) <= MaxTableRows {
		t.Fatalf("the fixture has %d facilities with events; the test wants more than %d", len(counts.Facilities), MaxTableRows)
	}
	_, tables, err := BuildMap(evs, MapView{Area: AreaWorld}, d.Facility, Config{})
	if err != nil {
		t.Fatal(err)
	}
	f := tables.Facilities
	if len(f.Rows) != MaxTableRows || f.Omitted != len(counts.Facilities)-MaxTableRows {
		t.Fatalf("facility table: %d rows and %d omitted, want %d and %d", len(f.Rows), f.Omitted, MaxTableRows, len(counts.Facilities)-MaxTableRows)
	}
	last := f.Rows[len(f.Rows)-1]
	smallest, _ := strconv.Atoi(last[len(last)-1])
	for code, n := range counts.Facilities {
		if n > smallest && !slices.ContainsFunc(f.Rows, func(r []string) bool { return r[0] == code }) {
			t.Fatalf("facility %s (%d events) is left out, yet the table keeps one with %d", code, n, smallest)
		}
	}
	if len(tables.Countries.Rows) == 0 || tables.Countries.Omitted != 0 {
		t.Errorf("the country table (%d rows, %d omitted) is short: nothing is cut", len(tables.Countries.Rows), tables.Countries.Omitted)
	}
}
