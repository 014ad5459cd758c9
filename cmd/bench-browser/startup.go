package main

import (
	"fmt"
	"time"

	"github.com/laborlens/laborlens/internal/bench"
)

// profileStart loads route cold under the Chromium CPU profiler, from the
// navigation until the app is interactive, and prints the long tasks and
// the functions that took the most time: where a first visit's blocking
// time goes. Build the wasm without -s -w for Go function names.
func (r *runner) profileStart(route string, top int) error {
	b, stop, err := r.open(bench.Shipped, route, startProfile())
	if err != nil {
		return err
	}
	defer stop()
	var long [][2]float64
	if err := b.eval(10*time.Second, `__perf.long`, &long); err != nil {
		return err
	}
	var ready float64
	if err := b.eval(10*time.Second, `__perf.ready`, &ready); err != nil {
		return err
	}
	prof, err := b.stopProfile()
	if err != nil {
		return err
	}
	fmt.Printf("%s: interactive at %s; long tasks (start, duration):", route, ms(ready))
	for _, l := range long {
		fmt.Printf(" %s+%s", ms(l[0]), ms(l[1]))
	}
	fmt.Println()
	self, total := profileTimes(prof)
	printTop("self time, first visit to "+route, self, top)
	printTop("total time, first visit to "+route, total, top)
	return nil
}
