package query

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestSmallDatasets(t *testing.T) {
	for _, ds := range []*dataset.Dataset{{}, dataset.Synthetic(0, 1), dataset.Synthetic(1, 1)} {
		ix := NewIndex(ds)
		for _, s := range []State{{}, {Q: "strike"}, {Q: "zz"}, {From: 1950, To: 1960}, {Kinds: []dataset.Kind{dataset.Strike}, Countries: []string{"US"}}} {
			r := ix.Search(s)
			if r.Total != len(ds.Events) || len(r.Hits) > r.Total {
				t.Errorf("%d events, %+v: %d hits of %d", len(ds.Events), s, len(r.Hits), r.Total)
			}
		}
	}
}

// An Index serves concurrent searches (run with -race).
// Searches from several goroutines, sharing the index and its caches and
// resetting them meanwhile, give exactly what one search alone gives.
// Run with -race (make test does).
func TestConcurrentSearches(t *testing.T) {
	ix := NewIndex(dataset.Synthetic(500, 2))
	queries := []string{"heat", "heat strike", "bessemer union", "surveilance", "b", "pay", ""}
	state := func(i int) State {
		s := State{}.WithQuery(queries[i%len(queries)])
		if i%3 == 0 {
			s = s.With(FacetKind, "strike")
		}
		return s
	}
	// What each search must give, from a fresh index searched alone.
	alone := NewIndex(dataset.Synthetic(500, 2))
	want := map[string]string{}
	for i := range 3 * len(queries) {
		s := state(i)
		r := alone.Search(s)
		want[s.Encode()] = fingerprint(&r)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*50)
	for g := range 4 {
		wg.Go(func() {
			var r Result
			for i := range 50 {
				s := state(g + i)
				ix.SearchInto(&r, s)
				for k := range r.Hits {
					r.Mark(&r.Hits[k])
				}
				if got := fingerprint(&r); got != want[s.Encode()] {
					errs <- fmt.Sprintf("goroutine %d, search %q: %s, alone %s", g, s.Encode(), got, want[s.Encode()])
				}
				if i%10 == 0 {
					ix.ResetCache()
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// fingerprint sums up a result: total, hit ids in order, facet counts.
func fingerprint(r *Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", r.Total)
	for _, h := range r.Hits {
		b.WriteString(h.Event.ID + ",")
	}
	fmt.Fprintf(&b, "%v", r.Facets)
	return b.String()
}

// SearchInto gives what Search gives, whatever the Result held before.
func TestSearchInto(t *testing.T) {
	_, ix := realData(t)
	var r Result
	for _, s := range []State{{}, {Q: "strike"}, {Q: "bessemer", Sort: SortSize}, {Q: "zzzz"}, {Kinds: []dataset.Kind{dataset.Walkout}}, {}} {
		ix.SearchInto(&r, s)
		if want := ix.Search(s); !sameResult(r, want) || r.Total != want.Total || r.Sort != want.Sort {
			t.Errorf("SearchInto(%+v) differs from Search", s)
		}
	}
}
