package charts

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
	"github.com/laborlens/laborlens/query"
)

// option decodes an option's JSON.
func option(t testing.TB, js []byte) map[string]any {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal(js, &o); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	return o
}

// obj is v as a JSON object, or nil.
func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }

// value is a bar item's number: a bare number or an item's "value".
func value(t testing.TB, v any) int {
	t.Helper()
	switch x := v.(type) {
	case float64:
		return int(x)
	case map[string]any:
		if f, ok := x["value"].(float64); ok {
			return int(f)
		}
	}
	t.Fatalf("not a bar value: %#v", v)
	return 0
}

// axisData is the category list of an option's first x or y axis.
func axisData(o map[string]any, axis string) []string {
	var out []string
	for _, v := range list(obj(list(o[axis])[0])["data"]) {
		out = append(out, v.(string))
	}
	return out
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All() {
		if seen[c.ID] || c.ID == "" || c.Title == "" || c.Description == "" {
			t.Errorf("bad or duplicate chart %+v", c)
		}
		seen[c.ID] = true
		if _, ok := Lookup(c.ID); !ok {
			t.Errorf("Lookup(%q) fails", c.ID)
		}
	}
	if len(seen) != 7 {
		t.Errorf("%d charts, want 7", len(seen))
	}
}

func TestEmpty(t *testing.T) {
	for _, c := range All() {
		js, table, err := Build(c.ID, nil, Config{Theme: "dark"})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		option(t, js)
		if table.Caption == "" || len(table.Rows) != 0 {
			t.Errorf("%s: table of no events %+v", c.ID, table)
		}
	}
	for _, lane := range query.Lanes() {
		js, err := BuildTimeline([]*dataset.Event{nil}, lane, Config{Theme: "light"})
		if err != nil {
			t.Fatal(err)
		}
		option(t, js)
	}
}

// Assemble's table and option are Build's, for every chart, and the
// option is encoded once.
func TestAssembleIsBuild(t *testing.T) {
	_, evs := fixture(t)
	for _, c := range All() {
		wantJS, want, err := Build(c.ID, evs, Config{Theme: "light"})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		f, err := Assemble(c.ID, evs, Config{Theme: "light"})
		if err != nil {
			t.Fatalf("%s: Assemble: %v", c.ID, err)
		}
		if got := f.Table(); !reflect.DeepEqual(got, want) || len(got.Rows) == 0 {
			t.Errorf("%s: Assemble's table %+v, Build's %+v", c.ID, got, want)
		}
		js, err := f.Option()
		if err != nil || !bytes.Equal(js, wantJS) {
			t.Errorf("%s: Assemble's option differs from Build's (err %v)", c.ID, err)
		}
		if again, _ := f.Option(); &again[0] != &js[0] {
			t.Errorf("%s: the option was encoded twice", c.ID)
		}
	}
	if _, err := Assemble("pie", evs, Config{}); err == nil {
		t.Error("Assemble of an unknown chart: no error")
	}
}

func TestErrors(t *testing.T) {
	_, evs := fixture(t)
	if _, _, err := Build("pie", evs, Config{}); err == nil {
		t.Error("unknown chart: no error")
	}
	if _, _, err := Build(PerYear, evs, Config{Theme: "sepia"}); err == nil {
		t.Error("unknown theme: no error")
	}
	if _, err := BuildTimeline(evs, "facility", Config{Theme: "light"}); err == nil {
		t.Error("unknown lane: no error")
	}
}

// item's fields are in the order of their JSON names, so its JSON keys
// are sorted like the rest of the option.
func TestItemFieldOrder(t *testing.T) {
	var names []string
	typ := reflect.TypeOf(item{})
	for i := range typ.NumField() {
		names = append(names, strings.Split(typ.Field(i).Tag.Get("json"), ",")[0])
	}
	if !slices.IsSorted(names) {
		t.Errorf("item's JSON fields %v are not sorted", names)
	}
}

// The outcomes chart names its categories as the explorer's outcome facet
// does ("No outcome recorded", "Outcome noted"), never by their ids.
func TestOutcomesUseLabels(t *testing.T) {
	_, evs := fixture(t)
	js, table, err := Build(Outcomes, evs, Config{})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Series []struct {
			Name string `json:"name"`
		} `json:"series"`
	}
	if err := json.Unmarshal(js, &opt); err != nil {
		t.Fatal(err)
	}
	if len(opt.Series) == 0 {
		t.Fatal("no series")
	}
	labels := map[string]bool{}
	for _, c := range outcome.All() {
		labels[c.Label()] = true
	}
	for _, s := range opt.Series {
		if !labels[s.Name] {
			t.Errorf("series %q is not an outcome label", s.Name)
		}
	}
	cols := table.Columns[1 : len(table.Columns)-1]
	if len(cols) != len(opt.Series) {
		t.Fatalf("table columns %v, series %d", cols, len(opt.Series))
	}
	for i, c := range cols {
		if c != opt.Series[i].Name {
			t.Errorf("column %d is %q, series %q", i, c, opt.Series[i].Name)
		}
	}
}

// list is v as a JSON array, or nil.
func list(v any) []any {
	l, _ := v.([]any)
	return l
}
