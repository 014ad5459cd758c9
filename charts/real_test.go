package charts

import (
	"testing"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/query"
)

// The shipped dataset draws every chart; the sizes are logged (go test -v).
func TestRealDataset(t *testing.T) {
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	evs := pointers(d)
	for _, theme := range []string{"light", "dark"} {
		for _, c := range All() {
			js, table, err := Build(c.ID, evs, Config{Theme: theme, OrgName: OrgNames(d)})
			if err != nil {
				t.Fatal(err)
			}
			option(t, js)
			if theme == "light" {
				t.Logf("%-10s %6d bytes, %d table rows", c.ID, len(js), len(table.Rows))
			}
		}
		for _, lane := range query.Lanes() {
			js, err := BuildTimeline(evs, lane, Config{Theme: theme, OrgName: OrgNames(d)})
			if err != nil {
				t.Fatal(err)
			}
			option(t, js)
			if theme == "light" {
				t.Logf("timeline by %-7s %6d bytes", lane, len(js))
			}
		}
	}
}

// A large dataset still builds quickly; the timeline stays proportionate.
func TestSyntheticTimeline(t *testing.T) {
	if testing.Short() {
		t.Skip("large dataset")
	}
	d := dataset.Synthetic(10000, 1)
	evs := pointers(d)
	start := time.Now()
	js, err := BuildTimeline(evs, query.LaneOrg, Config{OrgName: OrgNames(d)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("timeline of %d events: %d bytes in %v", len(evs), len(js), time.Since(start))
	for _, c := range All() {
		start := time.Now()
		js, _, err := Build(c.ID, evs, Config{OrgName: OrgNames(d)})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-10s of %d events: %6d bytes in %v", c.ID, len(evs), len(js), time.Since(start))
	}
}
