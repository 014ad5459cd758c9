package dataset

import (
	"slices"
	"strings"
	"testing"
)

// A list written by joinList reads back item for item, whatever its items
// hold: separators, backslashes, empty items in a parallel list.
func TestListsRoundTrip(t *testing.T) {
	for _, list := range [][]string{
		{"a"},
		{"a", "b"},
		{"at Saran; none counted elsewhere", "x"},
		{`C:\path`, `ends with \`, `\;`, `\\;`},
		{"", "second"},
		{"first", ""},
		{"first", "", ""},
	} {
		got := parallel(joinList(list))
		if !slices.Equal(got, list) {
			t.Errorf("parallel(joinList(%q)) = %q", list, got)
		}
	}
	if got := split(`a\;b;;c`); !slices.Equal(got, []string{"a;b", "c"}) {
		t.Errorf(`split("a\;b;;c") = %q`, got)
	}
}

// The template names every column, holds two example events of the
// dataset and opens as a valid dataset.
func TestTemplate(t *testing.T) {
	d := must(ParseFile("testdata/sample.json"))
	b := Template(d)
	header, _, _ := strings.Cut(string(b), "\n")
	if header != strings.Join(CSVHeader(), ",") {
		t.Errorf("header %q", header)
	}
	o, err := Open("template.csv", b)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Problems) > 0 || len(o.Dataset.Events) != 2 {
		t.Fatalf("template: %d events, problems %v", len(o.Dataset.Events), o.Problems)
	}
	for _, e := range o.Dataset.Events {
		orig, ok := d.Event(e.ID)
		if !ok || orig.Title != e.Title || len(orig.Sources) != len(e.Sources) {
			t.Errorf("example %q is not the dataset's event", e.ID)
		}
	}
}
