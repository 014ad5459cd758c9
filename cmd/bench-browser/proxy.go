package main

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"time"
)

// meter is a reverse proxy in front of the server that counts the bytes it
// sends to the browser (status line, headers and body as sent, so
// compressed), by kind of resource. It sees every request, the service
// worker's included, which the page's own resource timings do not.
type meter struct {
	URL  string
	mu   sync.Mutex
	by   map[string]int64
	urls []sent    // each response since the last take, with -urls
	log  bool      // keep urls
	last time.Time // of the last response
	srv  *http.Server
}

// kinds are the columns of the bytes tables.
var kinds = []string{"wasm", "JS", "CSS", "HTML", "data", "other"}

func newMeter(target string) (*meter, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	m := &meter{URL: "http://" + ln.Addr().String(), by: map[string]int64{}}
	proxy := httputil.NewSingleHostReverseProxy(u)
	proxy.Transport = &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 64}
	m.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		proxy.ServeHTTP(cw, r)
		m.add(r.URL.Path, kindOf(r.URL.Path, w.Header().Get("Content-Type")), cw.status, cw.n+cw.headerBytes())
	})}
	go m.srv.Serve(ln)
	return m, nil
}

// sent is one response as the meter counted it.
type sent struct {
	path, kind string
	status     int
	n          int64
}

func (m *meter) add(path, kind string, status int, n int64) {
	m.mu.Lock()
	m.by[kind] += n
	if m.log {
		if status == 0 {
			status = http.StatusOK
		}
		m.urls = append(m.urls, sent{path, kind, status, n})
	}
	m.last = time.Now()
	m.mu.Unlock()
}

// quiet waits until no response has gone out for d (at most a minute).
func (m *meter) quiet(d time.Duration) {
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		m.mu.Lock()
		idle := time.Since(m.last)
		m.mu.Unlock()
		if idle > d {
			return
		}
	}
}

// take returns the counts so far, and the responses with -urls, and
// starts again from zero.
func (m *meter) take() (map[string]int64, []sent) {
	m.mu.Lock()
	defer m.mu.Unlock()
	by, urls := m.by, m.urls
	m.by, m.urls = map[string]int64{}, nil
	return by, urls
}

func (m *meter) close() { m.srv.Close() }

func kindOf(path, ctype string) string {
	switch {
	case strings.HasSuffix(path, ".wasm"):
		return "wasm"
	case strings.HasSuffix(path, "/dataset.bin") || strings.HasSuffix(path, "/dataset.json"):
		return "data"
	case strings.Contains(ctype, "javascript"):
		return "JS"
	case strings.HasPrefix(ctype, "text/css"):
		return "CSS"
	case strings.HasPrefix(ctype, "text/html"):
		return "HTML"
	}
	return "other"
}

type countingWriter struct {
	http.ResponseWriter
	n      int64
	status int
}

func (w *countingWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// headerBytes approximates the status line and headers on the wire.
func (w *countingWriter) headerBytes() int64 {
	n := int64(len("HTTP/1.1 200 OK\r\n\r\n"))
	for k, vs := range w.Header() {
		for _, v := range vs {
			n += int64(len(k) + len(v) + 4)
		}
	}
	return n
}
