// Package bench holds what the benchmark commands (cmd/bench-browser,
// cmd/bench-load) share: synthetic datasets on disk and a laborlens server
// on a free loopback port. Benchmarks only: nothing here is served.
package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

// SyntheticFile writes dataset.Synthetic(n, 1) as JSON under dir and
// returns its path, for the server's -data flag.
func SyntheticFile(dir string, n int) (string, error) {
	b, err := json.Marshal(dataset.Synthetic(n, 1))
	if err != nil {
		return "", fmt.Errorf("synthetic dataset of %d events: %w", n, err)
	}
	p := filepath.Join(dir, "synthetic-"+strconv.Itoa(n)+".json")
	return p, os.WriteFile(p, b, 0o644)
}

// Server is a running laborlens binary.
type Server struct {
	URL   string
	Event string // the path of an event page it serves
	cmd   *exec.Cmd
}

// Shipped, as a number of events, stands for the shipped dataset.
const Shipped = 0

// ShippedEvents is how many events the shipped dataset holds; it is
// parsed once, however many table rows name it.
var ShippedEvents = sync.OnceValue(func() int { return len(embed.MustDataset().Events) })

// Label names a dataset size as a table row: "10000", or "553 (shipped)".
func Label(n int) string {
	if n == Shipped {
		return strconv.Itoa(ShippedEvents()) + " (shipped)"
	}
	return strconv.Itoa(n)
}

// StartEvents starts bin on n events: the shipped dataset for n = Shipped,
// else a synthetic one written under dir.
func StartEvents(bin, dir string, n int) (*Server, error) {
	if n == Shipped {
		return Start(bin, io.Discard)
	}
	p, err := SyntheticFile(dir, n)
	if err != nil {
		return nil, err
	}
	return Start(bin, io.Discard, "-data", p)
}

// Start runs `bin serve` on a free loopback port with extra args (e.g.
// -data FILE) and waits until /healthz answers. Its log goes to logw.
func Start(bin string, logw io.Writer, args ...string) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, append([]string{"serve", "-addr", addr}, args...)...)
	cmd.Stdout, cmd.Stderr = logw, logw
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	s := &Server{URL: "http://" + addr, cmd: cmd}
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		if res, err := http.Get(s.URL + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				if s.Event, err = firstEventPath(s.URL); err != nil {
					s.Stop()
					return nil, err
				}
				return s, nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	s.Stop()
	return nil, fmt.Errorf("%s %s did not answer /healthz within 3 minutes", bin, strings.Join(args, " "))
}

// PID is the server's process id.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// RSS is the server's resident memory now, in bytes (Linux).
func (s *Server) RSS() int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(s.PID()) + "/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return -1
}

// Stop interrupts the server and waits for it.
func (s *Server) Stop() {
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// firstEventPath returns the path of an event page the server knows: the
// first /events/ link on its home page.
func firstEventPath(base string) (string, error) {
	res, err := http.Get(base + "/")
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return "", err
	}
	i := strings.Index(string(b), `href="/events/`)
	if i < 0 {
		return "", fmt.Errorf("no event link on %s/", base)
	}
	rest := string(b[i+len(`href="`):])
	return rest[:strings.IndexByte(rest, '"')], nil
}

// MB formats a byte count in megabytes (10^6), kB under one.
func MB(n int64) string {
	if n < 1_000_000 {
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.2f MB", float64(n)/1e6)
}
