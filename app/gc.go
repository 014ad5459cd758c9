package app

import (
	"runtime"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The browser's Go heap is small (a few MB on the shipped dataset) and a
// keystroke that redraws the results allocates about 1 MB, so at the
// default GOGC=100 a collection, 5–12 ms in the wasm, landed on every
// third or fourth such keystroke, in the frame the visitor waits for.
// Two things keep it off the typing path: the collector is given at
// least gcHeadroom of allocation between cycles, and when typing pauses
// a cycle that would come soon anyway runs then, in the pause, and so
// does the first cycle, whatever its trigger.

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

// gcPercentSet is the GOGC gcTune last set: Go's default until then (the
// browser has no GOGC variable).
var gcPercentSet = 100

// gcRead is the heap's live bytes (0 before the first cycle), its goal and
// the bytes of its objects, from runtime.ReadMemStats. runtime/metrics has
// the live bytes themselves, but reading any metric links the runtime's
// whole table of them and their descriptions into the wasm (5.7 kB of
// brotli).
func gcRead() (live, goal, heap uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return liveFromGoal(ms.NextGC, gcPercentSet, ms.NumGC), ms.NextGC, ms.HeapAlloc
}

// liveFromGoal is the live heap that a cycle's goal implies at GOGC
// percent, 0 before the first cycle. Go sets the goal to live + (live +
// stacks + globals) × percent/100, so this is the live heap plus a share
// of the stacks and globals: a little over it, and gcPercent of it still
// leaves at least gcHeadroom.
func liveFromGoal(goal uint64, percent int, cycles uint32) uint64 {
	if cycles == 0 || percent < 0 {
		return 0
	}
	return goal * 100 / uint64(100+percent)
}

// gcTune sets GOGC for the heap that is live. With collect, when typing
// pauses, it first collects if a collection is near. It does nothing on
// the server, whose GOGC and memory limit are its own.
func gcTune(collect bool) {
	if !app.IsClient {
		return
	}
	live, goal, heap := gcRead()
	first := live == 0
	if first { // no cycle has finished yet: what the heap holds is the bound
		live = heap
	}
	// The first cycle collects the start's garbage (the dataset's
	// decoding, the word index's build, the first mount): 27–38 ms in
	// the wasm at 1× CPU, where a later one takes 5–12. Left to its
	// trigger, it came in the second or third keystroke after ready; it
	// runs in the first pause instead.
	if collect && (first || gcDue(live, heap, goal)) {
		runtime.GC()
		live, _, _ = gcRead()
	}
	gcPercentSet = gcPercent(live)
	debug.SetGCPercent(gcPercentSet)
}
