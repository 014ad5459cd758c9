package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/laborlens/laborlens/internal/bench"
)

// keystrokes types query into the explorer's search box one key at a
// time, then erases it, at each dataset size, and prints the latency from
// each input event to the page's last DOM change after it.
func (r *runner) keystrokes(sizes []int, query string) error {
	fmt.Printf("## Search keystroke, input event to last DOM change (%q typed, then erased)\n\n", query)
	fmt.Println("| events | keystrokes | p50 | p95 | max |")
	fmt.Println("|---|---|---|---|---|")
	for _, n := range sizes {
		lat, err := r.typeAt(n, query)
		if err != nil {
			return fmt.Errorf("keystrokes at %d events: %w", n, err)
		}
		slices.Sort(lat)
		fmt.Printf("| %s | %d | %s | %s | %s |\n", bench.Label(n), len(lat), ms(pct(lat, 50)), ms(pct(lat, 95)), ms(lat[len(lat)-1]))
	}
	fmt.Println()
	return nil
}

func (r *runner) typeAt(n int, query string) ([]float64, error) {
	b, stop, err := r.open(n, "/")
	if err != nil {
		return nil, err
	}
	defer stop()
	if err := chromedp.Run(b.ctx, chromedp.Focus("#q", chromedp.ByQuery)); err != nil {
		return nil, err
	}
	verbose := os.Getenv("BENCH_VERBOSE") != ""
	var lat, wait, at []float64
	for _, k := range typedThenErased(query) {
		v, err := b.press(k)
		if err != nil {
			return nil, err
		}
		if v >= 0 {
			lat = append(lat, v)
			if verbose {
				var w [2]float64
				if err := b.eval(5*time.Second, `[__perf.h - __perf.t0, __perf.t0 - __perf.ready]`, &w); err != nil {
					return nil, err
				}
				wait, at = append(wait, w[0]), append(at, w[1])
			}
		}
	}
	if verbose {
		var long [][2]float64
		if err := b.eval(5*time.Second, `__perf.long.filter(([s, d]) => s + d > __perf.ready).map(([s, d]) => [s - __perf.ready, d])`, &long); err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "%s events, each keystroke's wait before its input event ran, ms: %.0f\n", bench.Label(n), wait)
		fmt.Fprintf(os.Stderr, "each keystroke's input event after ready, ms: %.0f\n", at)
		fmt.Fprintf(os.Stderr, "long tasks from ready on (start after ready, duration), ms: %.0f\n", long)
	}
	if len(lat) == 0 {
		return nil, fmt.Errorf("no keystroke changed the page")
	}
	if verbose {
		fmt.Fprintf(os.Stderr, "%s events, each keystroke in ms: %.0f\n", bench.Label(n), lat)
	}
	return lat, nil
}

func pct(sorted []float64, p int) float64 {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(len(sorted)-1, i-1))]
}

// large prints, at n events, the HTML size of each route and how long the
// home page and the timeline take to become interactive.
func (r *runner) large(n int) error {
	s, err := bench.StartEvents(r.bin, r.dir, n)
	if err != nil {
		return err
	}
	defer s.Stop()
	fmt.Printf("## %d events\n\n", n)
	fmt.Println("| route | HTML (uncompressed) | first response | interactive, cold |")
	fmt.Println("|---|---|---|---|")
	for _, route := range []string{"/", "/timeline", "/charts", s.Event, "/embed/list"} {
		var size int64
		took, err := timed(func() error {
			res, err := http.Get(s.URL + route)
			if err != nil {
				return err
			}
			defer res.Body.Close()
			size, err = io.Copy(io.Discard, res.Body)
			return err
		})
		if err != nil {
			return err
		}
		ready := "not measured"
		if route == "/" || route == "/timeline" {
			ready = r.coldReady(s.URL + route)
		}
		fmt.Printf("| %s | %s | %s | %s |\n", route, bench.MB(size), took.Round(time.Millisecond), ready)
	}
	fmt.Println()
	return nil
}

func (r *runner) coldReady(url string) string {
	b, err := newBrowser(r.chromium, 1)
	if err != nil {
		return err.Error()
	}
	defer b.close()
	if err := b.navigate(url, 2*time.Minute); err != nil {
		return "not interactive within 2 min"
	}
	t, err := b.timings()
	if err != nil {
		return err.Error()
	}
	return ms(t.Ready)
}
