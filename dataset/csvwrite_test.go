package dataset

import (
	"slices"
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
