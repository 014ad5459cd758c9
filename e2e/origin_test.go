package e2e

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"testing"
)

// origin is one address whose server can be replaced, as a deployment
// replaces one release by the next behind the same domain. It listens on
// a loopback port the kernel picks.
type origin struct {
	URL string

	mu      sync.Mutex
	backend *url.URL
	rewrite func(path string, body []byte) []byte // nil: bodies pass as they are
}

func newOrigin(t *testing.T) *origin {
	t.Helper()
	o := &origin{}
	srv := httptest.NewServer(http.HandlerFunc(o.serve))
	t.Cleanup(srv.Close)
	o.URL = srv.URL
	return o
}

// use sends the origin's requests to s from now on, through rewrite.
func (o *origin) use(s *server, rewrite func(path string, body []byte) []byte) {
	u, _ := url.Parse(s.URL)
	o.mu.Lock()
	defer o.mu.Unlock()
	o.backend, o.rewrite = u, rewrite
}

func (o *origin) serve(w http.ResponseWriter, r *http.Request) {
	o.mu.Lock()
	backend, rewrite := o.backend, o.rewrite
	o.mu.Unlock()
	if backend == nil {
		http.Error(w, "no release deployed", http.StatusBadGateway)
		return
	}
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.URL.Scheme, out.URL.Host, out.Host = backend.Scheme, backend.Host, backend.Host
	if rewrite != nil {
		out.Header.Del("Accept-Encoding") // bodies as text, to rewrite them
		out.Header.Del("If-None-Match")
	}
	res, err := http.DefaultTransport.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	for k, v := range res.Header {
		w.Header()[k] = v
	}
	if rewrite != nil && res.StatusCode == http.StatusOK {
		if nb := rewrite(r.URL.Path, body); !bytes.Equal(nb, body) {
			body = nb
			w.Header().Del("ETag")
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
	}
	w.WriteHeader(res.StatusCode)
	w.Write(body)
}
