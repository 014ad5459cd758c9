package query

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/laborlens/laborlens/dataset"
)

// typed are the queries the keystroke benchmark types, letter by letter;
// each ends with two facet changes. They mix words of the real data and
// of the synthetic data, and a typo.
var typed = []string{"bessemer union vote", "heat strike", "surveilance", "climate walkout"}

// BenchmarkKeystroke simulates a visitor typing each query of typed into
// the search box from an empty State, one Search per keystroke, and then
// selecting the most frequent kind and country: one Search per change. It
// reports the mean and the 95th percentile of the time of one keystroke.
// events=331 is the real dataset; the others are synthetic.
func BenchmarkKeystroke(b *testing.B) { benchKeystrokes(b, []int{331, 10_000, 100_000}, false) }

// BenchmarkKeystrokeInto is BenchmarkKeystroke with SearchInto, reusing
// one Result for every keystroke.
func BenchmarkKeystrokeInto(b *testing.B) { benchKeystrokes(b, []int{10_000, 100_000}, true) }

func benchKeystrokes(b *testing.B, sizes []int, into bool) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			b.ResetTimer()
			var times []time.Duration
			for b.Loop() {
				times = keystrokes(ix, typed, times, into)
			}
			b.StopTimer()
			reportKeystrokes(b, times)
		})
	}
}

func benchIndex(b *testing.B, n int) *Index {
	b.Helper()
	var ds *dataset.Dataset
	if n == 331 {
		var err error
		if ds, err = dataset.ParseFile("../embed/dataset.json"); err != nil {
			b.Fatal(err)
		}
	} else {
		ds = dataset.Synthetic(n, 1)
	}
	ix := NewIndex(ds)
	runtime.GC() // the garbage of building is not the keystrokes'
	return ix
}

// keystrokes types each query from cold and appends the time of every
// Search (or SearchInto) to times.
func keystrokes(ix *Index, queries []string, times []time.Duration, into bool) []time.Duration {
	var prev Result
	search := func(s State) Result {
		t0 := time.Now()
		if into {
			ix.SearchInto(&prev, s)
		} else {
			prev = ix.Search(s)
		}
		times = append(times, time.Since(t0))
		return prev
	}
	for _, q := range queries {
		ix.ResetCache()
		var s State
		var r Result
		for i := range len(q) + 1 {
			s = s.WithQuery(q[:i])
			r = search(s)
		}
		if len(r.Facets.Kind) > 0 {
			s = s.With(FacetKind, r.Facets.Kind[0].Value)
			r = search(s)
		}
		if len(r.Facets.Country) > 0 {
			s = s.With(FacetCountry, r.Facets.Country[0].Value)
			search(s)
		}
	}
	return times
}

// reportKeystrokes reports the mean, the 95th percentile and the maximum
// of the times, in milliseconds.
func reportKeystrokes(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	slices.Sort(times)
	var sum time.Duration
	for _, t := range times {
		sum += t
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(sum)/float64(len(times)), "mean-ms")
	b.ReportMetric(ms(times[(len(times)*95+99)/100-1]), "p95-ms")
	b.ReportMetric(ms(times[len(times)-1]), "max-ms")
	b.ReportMetric(float64(len(times))/float64(b.N), "keys/op")
}

// BenchmarkNewIndex measures building the index.
func BenchmarkNewIndex(b *testing.B) {
	for _, n := range []int{331, 10_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			var ds *dataset.Dataset
			if n == 331 {
				ds, _ = dataset.ParseFile("../embed/dataset.json")
			} else {
				ds = dataset.Synthetic(n, 1)
			}
			for b.Loop() {
				NewIndex(ds)
			}
		})
	}
}
