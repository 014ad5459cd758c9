package query

import (
	"net/url"
	"slices"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestNewParam(t *testing.T) {
	s := slowParse(url.Values{"new": {"1"}, "kind": {"strike"}}, nil)
	if !s.New || !s.Filtered() || s.Encode() != "kind=strike&new=1" || !slowParse(s.Values(), nil).Equal(s) {
		t.Errorf("new=1 read as %+v, encoded %q", s, s.Encode())
	}
	if slowParse(url.Values{"new": {"yes"}}, nil).New || s.WithNew(false).New || s.Equal(s.WithNew(false)) {
		t.Error("new is on only for new=1, and off once removed")
	}
	if slug := s.Slug(); slug != "laborlens-kind-strike-new" {
		t.Errorf("slug %q", slug)
	}
}

// State.New keeps the events SetNew marked, and the other filters and
// the facet counts apply within them.
func TestSearchNew(t *testing.T) {
	ds := dataset.Synthetic(200, 3)
	ix := NewIndex(ds)
	if n := len(ix.Search(State{New: true}).Hits); n != 0 {
		t.Fatalf("before SetNew, new=1 finds %d events", n)
	}
	var want []string
	for i := 0; i < len(ds.Events); i += 7 {
		want = append(want, ds.Events[i].ID)
	}
	ix.SetNew(append(slices.Clone(want), "no-such-event"))
	r := ix.Search(State{New: true})
	if got := ids(r.Hits); !slices.Equal(got, want) {
		t.Errorf("new=1 finds %v, want %v", got, want)
	}
	k := ds.Events[0].Kind
	both := ix.Search(State{New: true, Kinds: []dataset.Kind{k}})
	n := 0
	for _, id := range want {
		if e, _ := ds.Event(id); e.Kind == k {
			n++
		}
	}
	if len(both.Hits) != n || n == 0 {
		t.Errorf("new=1 and kind=%s: %d hits, want %d", k, len(both.Hits), n)
	}
	total := 0
	for _, c := range r.Facets.Kind {
		total += c.N
	}
	if total != len(want) {
		t.Errorf("kind counts add up to %d under new=1, want %d", total, len(want))
	}
}
