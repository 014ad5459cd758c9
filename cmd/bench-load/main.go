// Command bench-load is a bounded load generator for LaborLens on loopback
// only: it serves the built binary on a free 127.0.0.1 port and requests
// /, an event page and app.wasm (brotli) at 64 and 256 connections for a
// fixed time each, printing requests per second, p50/p99 latency and
// errors; then, on a large synthetic dataset, the server's memory while 4
// requests of every page run at once. `make bench-load` runs it.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/laborlens/laborlens/internal/bench"
)

func main() {
	bin := flag.String("bin", "bin/laborlens", "the laborlens binary to serve")
	dur := flag.Duration("d", 20*time.Second, "how long each run lasts")
	large := flag.Int("large", 100000, "events in the synthetic dataset of the memory run (0: skip)")
	flag.Parse()
	s, err := bench.Start(*bin, io.Discard)
	check(err)
	fmt.Printf("## Load, loopback, %s per run\n\n", *dur)
	fmt.Println("| path | connections | req/s | p50 | p99 | errors |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, path := range []string{"/", s.Event, "/web/app.wasm"} {
		for _, conns := range []int{64, 256} {
			r := load(s.URL+path, conns, *dur)
			fmt.Printf("| %s | %d | %.0f | %s | %s | %d |\n", path, conns, r.rps, r.p50, r.p99, r.errors)
		}
	}
	fmt.Println()
	s.Stop()
	if *large > 0 {
		check(memory(*bin, *large))
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-load:", err)
		os.Exit(1)
	}
}

type result struct {
	rps      float64
	p50, p99 time.Duration
	errors   int
}

// load keeps conns connections busy with GETs of url for d, accepting
// brotli as a browser does.
func load(url string, conns int, d time.Duration) result {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var (
		mu     sync.Mutex
		lat    []time.Duration
		errors int
		wg     sync.WaitGroup
	)
	end := time.Now().Add(d)
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for time.Now().Before(end) {
				start := time.Now()
				if get(client, url) != nil {
					bad++
					continue
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errors += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(lat)
	r := result{rps: float64(len(lat)) / d.Seconds(), errors: errors}
	if len(lat) > 0 {
		r.p50, r.p99 = lat[len(lat)*50/100], lat[len(lat)*99/100]
	}
	r.p50, r.p99 = r.p50.Round(100*time.Microsecond), r.p99.Round(100*time.Microsecond)
	return r
}

func get(client *http.Client, url string) error {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, res.Status)
	}
	return nil
}

// memory serves n synthetic events and samples the server's resident
// memory while 4 clients request every page at once, twice over.
func memory(bin string, n int) error {
	dir, err := os.MkdirTemp("", "laborlens-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, err := bench.StartEvents(bin, dir, n)
	if err != nil {
		return err
	}
	defer s.Stop()
	start := s.RSS()
	var peak int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			peak = max(peak, s.RSS())
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	client := &http.Client{Timeout: 5 * time.Minute}
	errs := 0
	var mu sync.Mutex
	took, _ := timed(func() {
		for range 2 {
			for _, path := range []string{"/", "/timeline", "/charts", s.Event, "/embed/list", "/embed/timeline", "/about"} {
				var wg sync.WaitGroup
				for range 4 {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if get(client, s.URL+path) != nil {
							mu.Lock()
							errs++
							mu.Unlock()
						}
					}()
				}
				wg.Wait()
			}
		}
	})
	close(stop)
	<-sampled
	fmt.Printf("## Memory at %d events: 4 concurrent requests of each page, twice\n\n", n)
	fmt.Println("| resident before | peak during | took | errors |")
	fmt.Println("|---|---|---|---|")
	fmt.Printf("| %s | %s | %s | %d |\n\n", bench.MB(start), bench.MB(peak), took.Round(time.Millisecond), errs)
	return nil
}

func timed(fn func()) (time.Duration, error) {
	t := time.Now()
	fn()
	return time.Since(t), nil
}
