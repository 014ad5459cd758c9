package query

import (
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
func TestConcurrentSearches(t *testing.T) {
	ix := NewIndex(dataset.Synthetic(500, 2))
	queries := []string{"heat", "heat strike", "bessemer union", "surveilance", "b", "pay", ""}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var r Result
			for i := range 50 {
				s := State{}.WithQuery(queries[(g+i)%len(queries)])
				if i%3 == 0 {
					s = s.With(FacetKind, "strike")
				}
				ix.SearchInto(&r, s)
				for k := range r.Hits {
					r.Mark(&r.Hits[k])
				}
				if i%10 == 0 {
					ix.ResetCache()
				}
			}
		})
	}
	wg.Wait()
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
