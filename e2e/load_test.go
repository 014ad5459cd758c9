package e2e

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

const loadConnections = 64

// loadTargets are the URLs a load run requests in turn: the home page, an
// event page and the wasm, as a first visit fetches them.
func loadTargets(t *testing.T, s *server) []string {
	t.Helper()
	_, home, _ := get(t, s.URL+"/")
	links := eventLink.FindAllStringSubmatch(home, -1)
	if len(links) == 0 {
		t.Fatal("no event links on /")
	}
	return []string{s.URL + "/", s.URL + "/events/" + links[0][1], s.URL + "/" + versionOf(t, s) + "/web/app.wasm"}
}

// loader sends requests over its own connections and tallies them.
type loader struct {
	client  *http.Client
	targets []string

	inflight, started, ok atomic.Int64
	bytes                 atomic.Int64

	mu        sync.Mutex
	latencies []time.Duration
	failures  []string // a request that got an answer it should not have, or none
	refused   int      // requests the closed listener refused: never in flight
}

func newLoader(targets []string) *loader {
	tr := &http.Transport{MaxConnsPerHost: loadConnections, MaxIdleConnsPerHost: loadConnections, DisableCompression: true}
	return &loader{client: &http.Client{Transport: tr, Timeout: 60 * time.Second}, targets: targets}
}

// one sends one request and checks it got all of a 200 answer. It reports
// false once the server refuses connections.
func (l *loader) one(i int) bool {
	url := l.targets[i%len(l.targets)]
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	l.inflight.Add(1)
	l.started.Add(1)
	defer l.inflight.Add(-1)
	start := time.Now()
	res, err := l.client.Do(req)
	var n int64
	if err == nil {
		n, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if err == nil && (res.StatusCode != http.StatusOK || (res.ContentLength >= 0 && n != res.ContentLength)) {
			err = fmt.Errorf("status %d, %d of %d bytes", res.StatusCode, n, res.ContentLength)
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var op *net.OpError
	switch {
	case err == nil:
		l.ok.Add(1)
		l.bytes.Add(n)
		l.latencies = append(l.latencies, time.Since(start))
		return true
	case errors.As(err, &op) && op.Op == "dial":
		l.refused++
		return false
	default:
		l.failures = append(l.failures, url+": "+err.Error())
		return false
	}
}

// run keeps loadConnections workers busy until each has sent perWorker
// requests or the server refuses them.
func (l *loader) run(perWorker int) {
	var wg sync.WaitGroup
	for w := range loadConnections {
		wg.Go(func() {
			for i := range perWorker {
				if !l.one(w + i) {
					return
				}
			}
		})
	}
	wg.Wait()
}

func (l *loader) percentile(p float64) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.latencies) == 0 {
		return 0
	}
	s := slices.Clone(l.latencies)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// 64 connections requesting /, an event page and app.wasm get every answer
// in full; SIGTERM in the middle of such a run loses no request the server
// had accepted, and the server exits cleanly.
func TestLoadAndGracefulShutdown(t *testing.T) {
	s := startServer(t)
	targets := loadTargets(t, s)

	l := newLoader(targets)
	start := time.Now()
	l.run(12)
	elapsed := time.Since(start)
	if len(l.failures) > 0 || l.refused > 0 {
		t.Fatalf("load run: %d failed, %d refused of %d:\n%s", len(l.failures), l.refused, l.started.Load(), strings.Join(l.failures[:min(10, len(l.failures))], "\n"))
	}
	t.Logf("load: %d connections, %d requests (/, an event page, app.wasm), 0 errors, %.0f requests/s, %.1f MB/s, latency p50 %v, p99 %v",
		loadConnections, l.ok.Load(), float64(l.ok.Load())/elapsed.Seconds(), float64(l.bytes.Load())/elapsed.Seconds()/1e6,
		l.percentile(0.5).Round(time.Millisecond), l.percentile(0.99).Round(time.Millisecond))

	// SIGTERM while every connection has a request in flight.
	l = newLoader(targets)
	done := make(chan struct{})
	go func() { l.run(1 << 30); close(done) }()
	deadline := time.Now().Add(60 * time.Second)
	for l.ok.Load() < 2*loadConnections || l.inflight.Load() < loadConnections/2 {
		if time.Now().After(deadline) {
			t.Fatalf("the second run never got going: %d done, %d in flight", l.ok.Load(), l.inflight.Load())
		}
		time.Sleep(5 * time.Millisecond) // poll interval, bounded by the deadline
	}
	okBefore, inflight := l.ok.Load(), l.inflight.Load()
	signalled := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not exit within 30 s of SIGTERM")
	}
	exited := time.Since(signalled)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("requests still pending 30 s after the server exited")
	}
	if code := s.cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("exit status %d after SIGTERM, want 0", code)
	}
	if len(l.failures) > 0 {
		t.Errorf("%d requests lost at shutdown:\n%s", len(l.failures), strings.Join(l.failures[:min(10, len(l.failures))], "\n"))
	}
	if !slices.ContainsFunc(s.Logs(), func(line string) bool { return strings.Contains(line, "shutting down") }) {
		t.Error("the server did not log its shutdown")
	}
	t.Logf("shutdown: SIGTERM with %d requests in flight; %d requests completed after it, %d lost, %d refused once the listener closed; exit %d after %v",
		inflight, l.ok.Load()-okBefore, len(l.failures), l.refused, s.cmd.ProcessState.ExitCode(), exited.Round(time.Millisecond))
}
