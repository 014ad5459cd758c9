package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestPagesAreCompressedWithCharset(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, enc := range []string{"br", "gzip"} {
		rec := do(s, "GET", "/about", "Accept-Encoding", enc)
		if got := rec.Header().Get("Content-Encoding"); got != enc {
			t.Errorf("GET /about accepting %s: Content-Encoding %q", enc, got)
		}
		if got := rec.Header().Get("Content-Type"); got != "text/html; charset=utf-8" {
			t.Errorf("GET /about: Content-Type %q", got)
		}
	}
	rec := do(s, "GET", "/about", "Accept-Encoding", "br")
	html, err := readAllBrotli(rec.Body.Bytes())
	if err != nil || !strings.Contains(html, "<html") {
		t.Fatalf("the brotli body does not decode to the page: %v", err)
	}
	if plain := do(s, "GET", "/about").Body.String(); plain != html {
		t.Error("the compressed and the plain page differ")
	}
}

func readAllBrotli(b []byte) (string, error) {
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	return string(out), err
}

func TestPageCacheRendersEachURLOnce(t *testing.T) {
	c := newPageCache("v1", 1<<20, 2)
	var renders atomic.Int32
	render := func(w http.ResponseWriter) {
		renders.Add(1)
		fmt.Fprint(w, strings.Repeat("<p>page</p>", 100))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() { defer wg.Done(); c.get("/?q=a", render) }()
	}
	wg.Wait()
	c.get("/?q=a", render)
	if n := renders.Load(); n != 1 {
		t.Errorf("9 requests of one URL rendered it %d times, want 1", n)
	}
	if p := c.get("/?q=b", render); renders.Load() != 2 || p.asset.ETag != `"v1"` || p.asset.Brotli == nil {
		t.Errorf("a second URL: %d renders, ETag %s, brotli %v", renders.Load(), p.asset.ETag, p.asset.Brotli != nil)
	}
}

func TestPageCacheIsBounded(t *testing.T) {
	const bound = 64 << 10
	c := newPageCache("v1", bound, 2)
	for i := range 200 {
		c.get(fmt.Sprintf("/?q=%d", i), func(w http.ResponseWriter) {
			fmt.Fprintf(w, "<p>%d %s</p>", i, strings.Repeat("x", 4000))
		})
	}
	if c.bytes > bound || c.lru.Len() == 0 || c.lru.Len() != len(c.byKey) {
		t.Errorf("after 200 pages: %d bytes in %d pages (%d keys), bound %d", c.bytes, c.lru.Len(), len(c.byKey), bound)
	}
	if _, ok := c.byKey["/?q=199"]; !ok {
		t.Error("the most recent page was evicted")
	}
	if _, ok := c.byKey["/?q=0"]; ok {
		t.Error("the oldest page was kept past the bound")
	}
}
