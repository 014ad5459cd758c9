// Command bench-browser measures LaborLens as a visitor's browser gets it:
// it serves the built binary on a free loopback port (behind a proxy that
// counts the bytes sent) and drives headless Chromium with chromedp. It
// prints, per route, the bytes of a cold first visit by kind and of a
// repeat visit, first contentful paint, time until the app is interactive
// and total blocking time with the CPU throttled 4x, then the search
// keystroke latency on the shipped dataset and at 10,000 and 100,000 events, and the HTML size
// and time to interactive at 100,000 events. `make bench-browser` runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/laborlens/laborlens/internal/bench"
)

func main() {
	bin := flag.String("bin", "bin/laborlens", "the laborlens binary to serve")
	chromium := flag.String("chromium", "", "Chromium executable (default: chromium on $PATH)")
	sizes := flag.String("events", "shipped,10000,100000", "dataset sizes for the keystroke figures (shipped: the shipped dataset, else a synthetic one)")
	query := flag.String("query", "bessemer heat", "the query typed, then erased, one key at a time")
	routes := flag.Bool("routes", true, "measure the routes (bytes, paint, interactive, blocking time)")
	only := flag.String("route-list", "/,/timeline,/charts,event,/embed/list", "with -routes, the routes measured (event: an event page)")
	urls := flag.Bool("urls", false, "with -routes, also print each response of a cold visit and its bytes")
	keys := flag.Bool("keys", true, "measure the keystrokes at each -events size (-keys=false: only the large dataset's table, at the last size)")
	prof := flag.String("profile", "", "instead of the benchmark, profile typing at this many events (or shipped) and print the top functions")
	top := flag.Int("top", 40, "with -profile, how many functions to print")
	mut := flag.String("mutations", "", "instead of the benchmark, print the DOM mutations of each keystroke at this many events (or shipped)")
	start := flag.String("profile-start", "", "instead of the benchmark, profile a cold first visit to this route until the app is interactive")
	startEvents := flag.String("start-events", "shipped", "with -profile-start, the dataset size (shipped, or a number of synthetic events)")
	cpu := flag.Float64("cpu", 1, "with -profile, -mutations or -profile-start, throttle the CPU this many times (4: as Lighthouse's mobile run)")
	flag.Parse()
	if *chromium == "" {
		p, err := exec.LookPath("chromium")
		if err != nil {
			fail(fmt.Errorf("no chromium on $PATH (apt-get install -y chromium), or pass -chromium"))
		}
		*chromium = p
	}
	dir, err := os.MkdirTemp("", "laborlens-bench-data-")
	check(err)
	defer os.RemoveAll(dir)
	r := &runner{bin: *bin, chromium: *chromium, dir: dir, cpu: max(*cpu, 1), only: strings.Split(*only, ","), urls: *urls}
	if *prof != "" {
		check(r.profileTyping(size(*prof), *query, *top))
		return
	}
	if *mut != "" {
		check(r.printMutations(size(*mut), *query))
		return
	}
	if *start != "" {
		check(r.profileStart(*start, size(*startEvents), 400))
		return
	}
	if *routes {
		check(r.routes())
	}
	var ns []int
	for _, f := range strings.Split(*sizes, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		ns = append(ns, size(f))
	}
	if *keys {
		check(r.keystrokes(ns, *query))
	}
	if len(ns) > 0 && ns[len(ns)-1] != bench.Shipped {
		check(r.large(ns[len(ns)-1]))
	}
}

// size reads a dataset size: "shipped" (bench.Shipped) or a number of
// synthetic events.
func size(f string) int {
	f = strings.TrimSpace(f)
	if f == "shipped" {
		return bench.Shipped
	}
	n, err := strconv.Atoi(f)
	check(err)
	return n
}

type runner struct {
	bin, chromium, dir string
	cpu                float64  // CPU throttling of -profile, -mutations and -profile-start
	only               []string // the routes -routes measures
	urls               bool     // print each response of a cold visit
}

func check(err error) {
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench-browser:", err)
	os.Exit(1)
}

func ms(f float64) string {
	if f < 0 {
		return "n/a"
	}
	return strconv.FormatFloat(f, 'f', 0, 64) + " ms"
}

// timed runs fn and returns how long it took.
func timed(fn func() error) (time.Duration, error) {
	start := time.Now()
	err := fn()
	return time.Since(start), err
}
