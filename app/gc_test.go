package app

import "testing"

func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 100},
		{4 << 20, 400},   // the shipped dataset: 16 MB of headroom over 4 MB
		{1 << 20, 1600},  // a tiny heap still gets the headroom
		{16 << 20, 100},  // from here Go's default gives as much
		{200 << 20, 100}, // a large dataset keeps the default
	} {
		if got := gcPercent(c.live); got != c.want {
			t.Errorf("gcPercent(%d MB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}

func TestGCDue(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live, heap, goal uint64
		want             bool
	}{
		{4 * mb, 5 * mb, 20 * mb, false}, // little used: the pause is not worth a cycle
		{4 * mb, 13 * mb, 20 * mb, true}, // over half used: collect in the pause
		{4 * mb, 20 * mb, 20 * mb, true},
		{4 * mb, 3 * mb, 20 * mb, false},   // swept below live
		{20 * mb, 20 * mb, 20 * mb, false}, // no goal above live: nothing to say
	} {
		if got := gcDue(c.live, c.heap, c.goal); got != c.want {
			t.Errorf("gcDue(live %d, heap %d, goal %d MB) = %v, want %v", c.live/mb, c.heap/mb, c.goal/mb, got, c.want)
		}
	}
}

func TestLiveFromGoal(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		goal    uint64
		percent int
		cycles  uint32
		want    uint64
	}{
		{4 * mb, 100, 0, 0},       // no cycle yet: the first goal says nothing
		{8 * mb, 100, 3, 4 * mb},  // Go's default doubles the live heap
		{20 * mb, 400, 5, 4 * mb}, // gcPercent's 400 for the shipped dataset
		{20 * mb, -1, 5, 0},       // collection off: no goal to read
	} {
		if got := liveFromGoal(c.goal, c.percent, c.cycles); got != c.want {
			t.Errorf("liveFromGoal(%d MB, %d, %d) = %d, want %d", c.goal/mb, c.percent, c.cycles, got, c.want)
		}
	}
	// With stacks and globals in the goal, the estimate is over the live heap,
	// so gcPercent of it still leaves at least gcHeadroom.
	live, extra := uint64(4*mb), uint64(mb/2)
	p := gcPercent(live)
	goal := live + (live+extra)*uint64(p)/100
	est := liveFromGoal(goal, p, 1)
	if est < live {
		t.Fatalf("liveFromGoal = %d, under the live heap %d", est, live)
	}
	if next := live + (live+extra)*uint64(gcPercent(est))/100; next-live < gcHeadroom {
		t.Errorf("the next goal leaves %d bytes over the live heap, want at least %d", next-live, gcHeadroom)
	}
}
