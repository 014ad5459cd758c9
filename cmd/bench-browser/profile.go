package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/laborlens/laborlens/internal/bench"
)

// profileTyping types query into the explorer at n events under the
// Chromium CPU profiler and prints the functions that took the most time
// (self and total), to see where a keystroke goes. Build the wasm without
// -s -w for Go function names.
func (r *runner) profileTyping(n int, query string, top int) error {
	b, stop, err := r.open(n, "/")
	if err != nil {
		return err
	}
	defer stop()
	if err := chromedp.Run(b.ctx, chromedp.Focus("#q", chromedp.ByQuery), startProfile()); err != nil {
		return err
	}
	keys := typedThenErased(query)
	for _, k := range keys {
		if _, err := b.press(k); err != nil {
			return err
		}
	}
	prof, err := b.stopProfile()
	if err != nil {
		return err
	}
	self, total := profileTimes(prof)
	title := fmt.Sprintf("%d keystrokes at %s events", len(keys), bench.Label(n))
	printTop("self time, "+title, self, top)
	printTop("total time, "+title, total, top)
	return nil
}

// profileTimes sums a CPU profile's samples by function name, in ms: self
// time from the samples' own nodes; total time adds each node's
// descendants (a name counted once per stack, so recursion is not counted
// twice).
func profileTimes(prof *profiler.Profile) (self, total map[string]float64) {
	dt := map[int64]float64{}
	for i, id := range prof.Samples {
		if i < len(prof.TimeDeltas) {
			dt[id] += float64(prof.TimeDeltas[i]) / 1000
		}
	}
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, nd := range prof.Nodes {
		byID[nd.ID] = nd
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	self, total = map[string]float64{}, map[string]float64{}
	for id, t := range dt {
		nd := byID[id]
		if nd == nil {
			continue
		}
		self[name(nd)] += t
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			nm := name(byID[cur])
			if !seen[nm] {
				seen[nm] = true
				total[nm] += t
			}
		}
	}
	return self, total
}

// printTop prints the top functions of m, most time first.
func printTop(title string, m map[string]float64, top int) {
	type kv struct {
		k string
		v float64
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	slices.SortFunc(l, func(a, b kv) int { return cmp.Compare(b.v, a.v) })
	fmt.Printf("## %s\n\n", title)
	for i, e := range l {
		if i >= top {
			break
		}
		fmt.Printf("%8.1f ms  %s\n", e.v, e.k)
	}
	fmt.Println()
}

func name(nd *profiler.ProfileNode) string {
	f := nd.CallFrame
	if f.FunctionName == "" {
		return "(anonymous) " + f.URL
	}
	return f.FunctionName
}
