package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log both the server and the test touch.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingURL = regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+)`)

// startServe runs `laborlens serve` on a port the kernel picks and returns
// its URL, read back from the log, and a function that stops it and
// returns what serve returned.
func startServe(t *testing.T, args ...string) (url string, stop func() error, log *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log = &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), io.Discard, log) }()
	// Under -race, with other packages' tests beside it on two cores, a
	// start takes tens of seconds: wait for the log line, up to two minutes.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if m := servingURL.FindStringSubmatch(log.String()); m != nil {
			url = m[1]
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended at start: %v\n%s", err, log.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", log.String())
		}
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return url, stop, log
}

// A missing, unreadable or invalid dataset at start gives every visitor a
// page that says so, at once, and /healthz fails.
func TestServeWithoutAValidDataset(t *testing.T) {
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.json")
	os.WriteFile(invalid, []byte(`{"meta": {"title": "x"}, "events": [{"id": "a"}]}`), 0o644)
	for name, path := range map[string]string{
		"missing":    filepath.Join(dir, "nope.json"),
		"unreadable": dir, // a directory: reading it fails, even as root
		"invalid":    invalid,
	} {
		t.Run(name, func(t *testing.T) {
			url, stop, log := startServe(t, "-data", path)
			client := &http.Client{Timeout: 5 * time.Second}
			res, err := client.Get(url + "/events/x")
			if err != nil {
				t.Fatalf("no answer: %v", err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "LaborLens is unavailable") ||
				!strings.Contains(string(body), filepath.Base(path)) {
				t.Errorf("%d %s", res.StatusCode, body)
			}
			res, err = client.Get(url + "/healthz")
			if err != nil || res.StatusCode != http.StatusServiceUnavailable {
				t.Errorf("/healthz: %v %v", res, err)
			}
			if err := stop(); err == nil || !strings.Contains(err.Error(), filepath.Base(path)) {
				t.Errorf("serve returned %v, want the dataset error", err)
			}
			if !strings.Contains(log.String(), "cannot serve the dataset") {
				t.Errorf("the log does not say why:\n%s", log.String())
			}
		})
	}
}

func TestServeRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-frame-ancestors", "https://a.example; script-src *"},
		{"-frame-ancestors", "https://a.example/path"},
		{"-hsts", "-1h"},
		{"-memory-limit", "-5"},
	} {
		var out bytes.Buffer
		err := run(context.Background(), append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), &out, &out)
		if err == nil {
			t.Errorf("serve %v started", args)
		}
	}
}

// serve bounds the heap by -memory-limit, unless GOMEMLIMIT is set.
func TestServeSetsAMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	// A small dataset: the shipped one's start (brotli at the best level,
	// under -race) is what the other tests measure, not this one.
	url, stop, _ := startServe(t, "-memory-limit", "600", "-data", "../../dataset/testdata/sample.json")
	if got := debug.SetMemoryLimit(-1); got != 600<<20 {
		t.Errorf("-memory-limit 600: the limit is %d bytes, want %d", got, 600<<20)
	}
	if res, err := http.Get(url + "/healthz"); err != nil || res.StatusCode != http.StatusOK {
		t.Errorf("/healthz with a memory limit: %v %v", res, err)
	}
	stop()
}
