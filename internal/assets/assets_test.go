package assets

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
)

func TestServeChoosesEncoding(t *testing.T) {
	s := NewStore()
	body := []byte(strings.Repeat("function f() { return 42 }\n", 200))
	s.Add("/web/x.js", body, nil, nil)
	a, _ := s.Get("/web/x.js")
	for _, tc := range []struct{ accept, want string }{
		{"gzip, deflate, br", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"", ""},
		{"identity", ""},
	} {
		req := httptest.NewRequest("GET", "/web/x.js", nil)
		req.Header.Set("Accept-Encoding", tc.accept)
		rec := httptest.NewRecorder()
		a.Serve(rec, req, "no-cache")
		if got := rec.Header().Get("Content-Encoding"); got != tc.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.accept, got, tc.want)
		}
		if got := decode(t, rec.Header().Get("Content-Encoding"), rec.Body.Bytes()); !bytes.Equal(got, body) {
			t.Errorf("Accept-Encoding %q: body does not decode to the original", tc.accept)
		}
		if rec.Header().Get("Vary") != "Accept-Encoding" || rec.Header().Get("ETag") == "" {
			t.Errorf("missing Vary or ETag: %v", rec.Header())
		}
	}
}

func decode(t *testing.T, enc string, b []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(b)
	switch enc {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		gz, err := gzipReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = gz
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestNotModified(t *testing.T) {
	s := NewStore()
	s.Add("/web/a.css", []byte("body{}"), nil, nil)
	a, _ := s.Get("/web/a.css")
	req := httptest.NewRequest("GET", "/web/a.css", nil)
	req.Header.Set("If-None-Match", a.ETag)
	rec := httptest.NewRecorder()
	a.Serve(rec, req, "no-cache")
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Fatalf("If-None-Match with the ETag: %d with %d bytes, want 304 and no body", rec.Code, rec.Body.Len())
	}
}

func TestAddFSUsesPrecompressedSiblingsAndSkips(t *testing.T) {
	fsys := fstest.MapFS{
		"app.wasm":       {Data: bytes.Repeat([]byte{0, 1, 2, 3}, 1000)},
		"app.wasm.br":    {Data: []byte("prebuilt-br")},
		"app.wasm.gz":    {Data: []byte("prebuilt-gz")},
		"build/skip.css": {Data: []byte("x")},
		".gitkeep":       {Data: nil},
	}
	s := NewStore()
	if err := s.AddFS(fsys, "/web", "build"); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Names(), " "); got != "/web/app.wasm" {
		t.Fatalf("names = %q, want only /web/app.wasm", got)
	}
	a, _ := s.Get("/web/app.wasm")
	if string(a.Brotli) != "prebuilt-br" || string(a.Gzip) != "prebuilt-gz" {
		t.Fatal("precompressed siblings were not used")
	}
	if a.ContentType != "application/wasm" {
		t.Fatalf("content type %q", a.ContentType)
	}
}

func TestHashChangesWithContent(t *testing.T) {
	a, b := NewStore(), NewStore()
	a.Add("/web/x", []byte("one"), nil, nil)
	b.Add("/web/x", []byte("two"), nil, nil)
	if a.Hash() == b.Hash() {
		t.Fatal("different content, same hash")
	}
	c := NewStore()
	c.Add("/web/x", []byte("one"), nil, nil)
	if a.Hash() != c.Hash() {
		t.Fatal("same content, different hash: a restart would invalidate every cache")
	}
}

// A large body added to a second store reuses the variants the first made
// (the same bytes, not a second compression); a changed body does not.
func TestLargeBodiesCompressedOnce(t *testing.T) {
	body := []byte(strings.Repeat(`{"id": "2022-04-01-jfk8", "title": "a union vote"}, `, memoMin/40))
	a, b := NewStore(), NewStore()
	a.Add("/d.json", body, nil, nil)
	b.Add("/d.json", body, nil, nil)
	x, _ := a.Get("/d.json")
	y, _ := b.Get("/d.json")
	if len(x.Brotli) == 0 || len(x.Gzip) == 0 || &x.Brotli[0] != &y.Brotli[0] || &x.Gzip[0] != &y.Gzip[0] {
		t.Fatal("the second store compressed the body again")
	}
	changed := append([]byte("[ "), body...)
	c := NewStore()
	c.Add("/d.json", changed, nil, nil)
	z, _ := c.Get("/d.json")
	if &z.Brotli[0] == &x.Brotli[0] {
		t.Fatal("a changed body got the old variants")
	}
	if got := mustBrotliDecode(t, z.Brotli); !bytes.Equal(got, changed) {
		t.Fatal("the changed body's brotli variant does not decode to it")
	}
}

func mustBrotliDecode(t *testing.T, b []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	return out
}
