// Package e2e tests LaborLens as a visitor uses it: it builds the real
// binary, serves it on a free loopback port and drives headless Chromium.
//
// Without a Chromium the tests skip with a loud message, except under
// CI=true, where a missing browser fails the run.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	binary  string // the laborlens binary under test
	browser string // the Chromium executable
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	browser = findBrowser()
	if browser == "" {
		if os.Getenv("CI") == "true" {
			fmt.Fprintln(os.Stderr, "e2e: FAIL: no Chromium found and CI=true; install it (apt-get install -y chromium)")
			return 1
		}
		fmt.Fprintln(os.Stderr, strings.Repeat("!", 72))
		fmt.Fprintln(os.Stderr, "e2e: SKIPPING every browser test: no Chromium found (apt-get install -y chromium)")
		fmt.Fprintln(os.Stderr, strings.Repeat("!", 72))
		return 0
	}
	dir, err := os.MkdirTemp("", "laborlens-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if _, err := os.Stat("../web/build/app.wasm"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: web/build/app.wasm is missing: run `make build` first (make test does)")
		return 1
	}
	binary = filepath.Join(dir, "laborlens")
	build := exec.Command("go", "build", "-o", binary, "./cmd/laborlens")
	build.Dir = ".."
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building the server:", err)
		return 1
	}
	return m.Run()
}

func findBrowser() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// server is a running laborlens binary.
type server struct {
	URL  string
	cmd  *exec.Cmd
	mu   sync.Mutex
	logs []string
	done chan struct{}
}

// startServer runs the binary on a loopback port the kernel picks (-addr
// 127.0.0.1:0), reads the address back from its log, and waits until
// /healthz answers. It is stopped when the test ends.
func startServer(t *testing.T, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, done: make(chan struct{})}
	addr := make(chan string, 1)
	go func() {
		defer close(s.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			if m := servingURL.FindStringSubmatch(line); m != nil {
				select {
				case addr <- m[1]:
				default:
				}
			}
			s.mu.Lock()
			s.logs = append(s.logs, line)
			s.mu.Unlock()
		}
		cmd.Wait()
	}()
	t.Cleanup(s.Stop)
	select {
	case s.URL = <-addr:
	case <-s.done:
		t.Fatalf("the server exited at start:\n%s", strings.Join(s.Logs(), "\n"))
	case <-time.After(30 * time.Second):
		t.Fatalf("the server did not say where it listens:\n%s", strings.Join(s.Logs(), "\n"))
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(s.URL + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not become healthy: %v\n%s", err, strings.Join(s.Logs(), "\n"))
		}
		time.Sleep(100 * time.Millisecond) // poll interval, bounded by the deadline
	}
}

// servingURL finds the address in the server's "serving LaborLens" line.
var servingURL = regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+)`)

// Stop ends the server gracefully (an interrupt, which it handles like
// SIGTERM) and waits for it; after 10 s it is killed.
func (s *server) Stop() {
	select {
	case <-s.done:
		return
	default:
	}
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// Logs returns the server's log lines so far.
func (s *server) Logs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.logs...)
}

// timeout bounds one test's browser work.
func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}
