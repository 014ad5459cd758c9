package query

import (
	"runtime"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func hitIDs(r Result) []string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Event.ID)
	}
	return ids
}

// Warm, with pauses or without, builds the same word index as the first
// search does, and a large one pauses on the way.
func TestWarmFindsWhatASearchFinds(t *testing.T) {
	ds := dataset.Synthetic(10000, 3)
	s := State{Q: "strike warehouse"}
	want := hitIDs(NewIndex(ds).Search(s))
	if len(want) == 0 {
		t.Fatal("the query finds nothing: pick another")
	}
	warm := NewIndex(ds)
	var pauses int
	warm.Warm(func() { pauses++ })
	if got := hitIDs(warm.Search(s)); !slices.Equal(got, want) {
		t.Errorf("after Warm: %d hits, want %d", len(got), len(want))
	}
	if pauses == 0 {
		t.Error("Warm over 10,000 events never paused")
	}
	nopause := NewIndex(ds)
	nopause.Warm(nil)
	if got := hitIDs(nopause.Search(s)); !slices.Equal(got, want) {
		t.Errorf("after Warm(nil): %d hits, want %d", len(got), len(want))
	}
}

// A search that needs the word index while Warm is paused waits for it,
// and Warm finishes without pausing again.
func TestSearchDuringWarm(t *testing.T) {
	ds := dataset.Synthetic(10000, 4)
	s := State{Q: "strike"}
	want := hitIDs(NewIndex(ds).Search(s))
	ix := NewIndex(ds)
	paused, release := make(chan struct{}), make(chan struct{})
	var pauses atomic.Int32
	warmed := make(chan struct{})
	go func() {
		ix.Warm(func() {
			if pauses.Add(1) == 1 {
				close(paused)
				<-release
			}
		})
		close(warmed)
	}()
	<-paused
	found := make(chan []string)
	go func() { found <- hitIDs(ix.Search(s)) }()
	for !ix.waiting.Load() {
		// The search has asked for the index (it sets waiting before it
		// blocks on the build): Gosched until it has.
		runtime.Gosched()
	}
	close(release)
	if got := <-found; !slices.Equal(got, want) {
		t.Errorf("the search during Warm found %d, want %d", len(got), len(want))
	}
	<-warmed
	if n := pauses.Load(); n != 1 {
		t.Errorf("Warm paused %d times, want once: after a search waits, it builds without pauses", n)
	}
}
