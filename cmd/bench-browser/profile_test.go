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
