package app

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The browser's Go heap is small (a few MB on the shipped dataset) and a
// keystroke that redraws the results allocates about 1 MB, so at the
// default GOGC=100 a collection, 5–12 ms in the wasm, landed on every
// third or fourth such keystroke, in the frame the visitor waits for.
// Two things keep it off the typing path: the collector is given at
// least gcHeadroom of allocation between cycles, and when typing pauses
// a cycle that would come soon anyway runs then, in the pause.

// gcHeadroom is the least a keystroke burst may allocate before the
// collector runs: about ten keystrokes that redraw every result.
const gcHeadroom = 16 << 20

// gcPercent is the GOGC that gives a live heap of live bytes at least
// gcHeadroom before its next collection, and never less than Go's
// default 100.
func gcPercent(live uint64) int {
	if live == 0 {
		return 100
	}
	return max(100, int(gcHeadroom*100/live))
}

// gcDue reports whether a collection should run now, while typing
// pauses: more than half of the allocation allowed between live and
// goal has been used.
func gcDue(live, heap, goal uint64) bool {
	return goal > live && heap > live+(goal-live)/2
}

var gcSamples = []metrics.Sample{
	{Name: "/gc/heap/live:bytes"},
	{Name: "/gc/heap/goal:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
}

// gcTune sets GOGC for the heap that is live. With collect, when typing
// pauses, it first collects if a collection is near. It does nothing on
// the server, whose GOGC and memory limit are its own.
func gcTune(collect bool) {
	if !app.IsClient {
		return
	}
	metrics.Read(gcSamples)
	live, goal, heap := gcSamples[0].Value.Uint64(), gcSamples[1].Value.Uint64(), gcSamples[2].Value.Uint64()
	if live == 0 { // no cycle has finished yet: what the heap holds is the bound
		live = heap
	}
	if collect && gcDue(live, heap, goal) {
		runtime.GC()
		metrics.Read(gcSamples)
		live = gcSamples[0].Value.Uint64()
	}
	debug.SetGCPercent(gcPercent(live))
}
