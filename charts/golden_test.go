package charts

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture loads testdata/fixture.json.
func fixture(t testing.TB) (*dataset.Dataset, []*dataset.Event) {
	t.Helper()
	b, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dataset.Parse("testdata/fixture.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return d, pointers(d)
}

func pointers(d *dataset.Dataset) []*dataset.Event {
	evs := make([]*dataset.Event, len(d.Events))
	for i := range d.Events {
		evs[i] = &d.Events[i]
	}
	return evs
}

func config(d *dataset.Dataset, theme string) Config {
	return Config{Theme: theme, OrgName: OrgNames(d)}
}

// pretty indents JSON for the golden files, with every object's keys in
// sorted order: the option is encoded from go-echarts' structs, whose
// fields come in their declaration order, and a golden file records what
// the option says, not that order.
func pretty(t testing.TB, js []byte) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, js)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func golden(t *testing.T, name string, js []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.json")
	got := pretty(t, js)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./charts -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s; if the change is intended, run go test ./charts -update\n%s",
			name, path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, a, b)
		}
	}
	return ""
}

func TestGolden(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		t.Run(c.ID, func(t *testing.T) {
			js, _, err := Build(c.ID, evs, config(d, "light"))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, c.ID, js)
		})
	}
	t.Run("timeline", func(t *testing.T) {
		js, err := BuildTimeline(evs, query.LaneKind, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "timeline", js)
	})
}

// The same input gives the same bytes, whatever the order of the events.
func TestDeterministic(t *testing.T) {
	d, evs := fixture(t)
	rev := make([]*dataset.Event, len(evs))
	for i, e := range evs {
		rev[len(evs)-1-i] = e
	}
	for _, c := range All() {
		a, _, err := Build(c.ID, evs, config(d, "dark"))
		if err != nil {
			t.Fatal(err)
		}
		b, _, _ := Build(c.ID, rev, config(d, "dark"))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the order of the events changes the option", c.ID)
		}
	}
	for _, lane := range query.Lanes() {
		a, err := BuildTimeline(evs, lane, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := BuildTimeline(rev, lane, config(d, "light"))
		if !bytes.Equal(a, b) {
			t.Errorf("timeline by %s: the order of the events changes the option", lane)
		}
	}
}
