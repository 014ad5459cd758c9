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
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
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

// startServer runs the binary on a free loopback port with extra args and
// waits until /healthz answers. It is stopped when the test ends.
func startServer(t *testing.T, args ...string) *server {
	t.Helper()
	return startServerAt(t, freeAddr(t, "127.0.0.1"), args...)
}

// startServerAt is startServer on a given address, e.g. to restart a
// release on the same origin.
func startServerAt(t *testing.T, addr string, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "-addr", addr}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{URL: "http://" + addr, cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.mu.Lock()
			s.logs = append(s.logs, sc.Text())
			s.mu.Unlock()
		}
		cmd.Wait()
	}()
	t.Cleanup(s.Stop)
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
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop ends the server gracefully (SIGTERM) and waits for it.
func (s *server) Stop() {
	if s.cmd.ProcessState != nil {
		return
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

func freeAddr(t *testing.T, host string) string {
	t.Helper()
	ln, err := net.Listen("tcp", host+":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// timeout bounds one test's browser work.
func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}
