package main

import (
	"fmt"

	"github.com/chromedp/cdproto/profiler"
)

// busyRun is a stretch of a CPU profile with no idle sample in it: one
// task of the main thread, or several back to back.
type busyRun struct {
	start, dur float64 // ms from the profile's start
	prof       *profiler.Profile
}

// busyRuns cuts prof at its idle samples and returns the stretches of at
// least minMs, each with a profile of its own samples, for profileTimes:
// which functions a long task spent its time in.
func busyRuns(prof *profiler.Profile, minMs float64) []busyRun {
	idle := map[int64]bool{}
	for _, nd := range prof.Nodes {
		if nd.CallFrame != nil && nd.CallFrame.FunctionName == "(idle)" {
			idle[nd.ID] = true
		}
	}
	var runs []busyRun
	var cur *busyRun
	var at float64
	end := func() {
		if cur != nil && cur.dur >= minMs {
			runs = append(runs, *cur)
		}
		cur = nil
	}
	for i, id := range prof.Samples {
		var dt float64
		if i < len(prof.TimeDeltas) {
			dt = float64(prof.TimeDeltas[i]) / 1000
		}
		at += dt
		if idle[id] {
			end()
			continue
		}
		if cur == nil {
			cur = &busyRun{start: at - dt, prof: &profiler.Profile{Nodes: prof.Nodes}}
		}
		cur.dur += dt
		cur.prof.Samples = append(cur.prof.Samples, id)
		cur.prof.TimeDeltas = append(cur.prof.TimeDeltas, prof.TimeDeltas[i])
	}
	end()
	return runs
}

// printLongTasks prints the top functions by total time of each long task,
// its samples found in prof by aligning the long tasks with the profile's
// busy stretches: the profile's clock and the page's differ by an offset,
// that of the first long task to the first busy stretch at least as long.
func printLongTasks(prof *profiler.Profile, long [][2]float64, top int) {
	runs := busyRuns(prof, 50)
	if len(long) == 0 || len(runs) == 0 {
		return
	}
	var off float64
	found := false
	for _, r := range runs {
		if r.dur >= long[0][1]-1 {
			off, found = r.start-long[0][0], true
			break
		}
	}
	if !found {
		return
	}
	for _, l := range long {
		from, to := l[0]+off, l[0]+l[1]+off
		sub := &profiler.Profile{Nodes: prof.Nodes}
		var at float64
		for i, id := range prof.Samples {
			if i >= len(prof.TimeDeltas) {
				break
			}
			at += float64(prof.TimeDeltas[i]) / 1000
			if at >= from && at < to {
				sub.Samples = append(sub.Samples, id)
				sub.TimeDeltas = append(sub.TimeDeltas, prof.TimeDeltas[i])
			}
		}
		_, total := profileTimes(sub)
		delete(total, "(root)")
		printTop(fmt.Sprintf("long task at %s for %s", ms(l[0]), ms(l[1])), total, top)
	}
}
