package main

import (
	"maps"
	"testing"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
)

func TestProfileTimes(t *testing.T) {
	node := func(id int64, fn string, children ...int64) *profiler.ProfileNode {
		return &profiler.ProfileNode{ID: id, CallFrame: &runtime.CallFrame{FunctionName: fn, URL: "app.wasm"}, Children: children}
	}
	// root → search → fold → search (recursion) ; root → (anonymous)
	prof := &profiler.Profile{
		Nodes:      []*profiler.ProfileNode{node(1, "(root)", 2, 5), node(2, "search", 3), node(3, "fold", 4), node(4, "search"), node(5, "")},
		Samples:    []int64{3, 3, 2, 4, 5, 99},
		TimeDeltas: []int64{1000, 1000, 2000, 500, 4000, 7000}, // µs; node 99 is not in the tree
	}
	self, total := profileTimes(prof)
	wantSelf := map[string]float64{"fold": 2, "search": 2.5, "(anonymous) app.wasm": 4}
	wantTotal := map[string]float64{"(root)": 8.5, "search": 4.5, "fold": 2.5, "(anonymous) app.wasm": 4}
	if !maps.Equal(self, wantSelf) {
		t.Errorf("self %v, want %v", self, wantSelf)
	}
	if !maps.Equal(total, wantTotal) {
		t.Errorf("total %v, want %v", total, wantTotal)
	}
}

func TestBusyRuns(t *testing.T) {
	node := func(id int64, fn string) *profiler.ProfileNode {
		return &profiler.ProfileNode{ID: id, CallFrame: &runtime.CallFrame{FunctionName: fn}}
	}
	// a sample's time delta counts for it: work 60 ms, idle 10, work 20 (too short), idle 5, work 70
	prof := &profiler.Profile{
		Nodes:      []*profiler.ProfileNode{node(1, "(root)"), node(2, "(idle)"), node(3, "mount")},
		Samples:    []int64{3, 3, 2, 3, 2, 3},
		TimeDeltas: []int64{30000, 30000, 10000, 20000, 5000, 70000},
	}
	runs := busyRuns(prof, 50)
	if len(runs) != 2 {
		t.Fatalf("got %d runs, want 2: %+v", len(runs), runs)
	}
	if runs[0].start != 0 || runs[0].dur != 60 || runs[1].start != 95 || runs[1].dur != 70 {
		t.Errorf("runs at %v+%v and %v+%v, want 0+60 and 95+70", runs[0].start, runs[0].dur, runs[1].start, runs[1].dur)
	}
	if _, total := profileTimes(runs[1].prof); total["mount"] != 70 {
		t.Errorf("the second run's profile has mount %v ms, want 70", total["mount"])
	}
}
