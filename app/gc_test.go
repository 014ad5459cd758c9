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
