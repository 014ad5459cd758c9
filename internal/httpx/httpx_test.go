package httpx

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestNoneMatch(t *testing.T) {
	const etag = `"v1-br"`
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{`"v1-br"`, true},
		{`W/"v1-br"`, true},
		{`"a", "b" , "v1-br"`, true},
		{`*`, true},
		{` , "v1-br"`, true},
		{`xx"v1-br"yy`, false}, // a substring is not a match
		{`"v1"`, false},
		{`"v1-br`, false},
		{`"V1-BR"`, false},
		{`"a" junk, "v1-br"`, false},
		{``, false},
	} {
		if got := NoneMatch([]string{tc.header}, etag); got != tc.want {
			t.Errorf("If-None-Match %q against %s: %v, want %v", tc.header, etag, got, tc.want)
		}
	}
	if !NoneMatch([]string{`"x"`, `"v1-br"`}, etag) {
		t.Error("a tag in a second If-None-Match field is not seen")
	}
}

// FuzzNoneMatch checks NoneMatch against http.ServeContent, which answers
// the assets: pages and assets must agree on what matches.
func FuzzNoneMatch(f *testing.F) {
	for _, s := range []string{`"abc"`, `W/"abc"`, `*`, `xx"abc"yy`, `"x", "abc"`, `,,"abc"`, `"abc`, "\"abc\"\t,", `W/`, `"a"b"`} {
		f.Add(s, `"abc"`)
	}
	f.Fuzz(func(t *testing.T, header, etag string) {
		if opaque(etag) == "" {
			return // not a valid entity-tag: we never send one
		}
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header["If-None-Match"] = []string{header}
		w.Header().Set("ETag", etag)
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader("body"))
		if got, want := NoneMatch([]string{header}, etag), w.Code == http.StatusNotModified; got != want {
			t.Fatalf("If-None-Match %q, ETag %s: NoneMatch %v, ServeContent %d", header, etag, got, w.Code)
		}
	})
}

var all = []string{Brotli, Gzip, Identity}

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		header    []string // nil: no header
		available []string
		want      string // "" for 406
	}{
		{nil, all, Identity},
		{[]string{""}, all, Identity},
		{[]string{"gzip, deflate, br"}, all, Brotli},
		{[]string{"gzip;q=1, br;q=0.5"}, all, Gzip},
		{[]string{"br;q=0.5, gzip;q=0.8, identity;q=0.1"}, all, Gzip},
		{[]string{"br;q=0, gzip"}, all, Gzip},
		{[]string{"identity;q=0"}, []string{Identity}, ""},
		{[]string{"identity;q=0"}, all, ""},
		{[]string{"identity;q=0, gzip"}, all, Gzip},
		{[]string{"*;q=0"}, all, ""},
		{[]string{"*;q=0, identity"}, all, Identity},
		{[]string{"*"}, all, Brotli},
		{[]string{"BR;Q=1"}, all, Brotli},
		{[]string{"gzip;q=0.000"}, all, Identity},
		{[]string{"gzip;q=1.5, br;q=2"}, all, Identity}, // invalid qualities refuse
		{[]string{"gzip", "br;q=0.9"}, all, Gzip},       // two fields
		{[]string{"br"}, []string{Identity}, Identity},
	} {
		got, ok := ParseAcceptEncoding(tc.header).Choose(tc.available)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("Accept-Encoding %q, available %v: %q, want %q", tc.header, tc.available, got, tc.want)
		}
	}
}

// FuzzAcceptEncoding: whatever the header, the coding chosen is
// acceptable and none is accepted more.
func FuzzAcceptEncoding(f *testing.F) {
	for _, s := range []string{"gzip, br", "br;q=0.5, gzip;q=1", "identity;q=0", "*;q=0", ";;,,q=1", "gzip;q=0.", "x;q=1e3", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		a := ParseAcceptEncoding([]string{h})
		got, ok := a.Choose(all)
		for _, c := range all {
			if q := a.Quality(c); q < 0 || q > 1 {
				t.Fatalf("%q: quality %v for %s", h, q, c)
			}
		}
		if !ok {
			for _, c := range all {
				if a.Quality(c) > 0 {
					t.Fatalf("%q: 406 although %s is acceptable", h, c)
				}
			}
			return
		}
		for _, c := range all {
			if a.Quality(c) > a.Quality(got) {
				t.Fatalf("%q: chose %s over %s, accepted more", h, got, c)
			}
		}
	})
}

func resource() *Resource {
	body := []byte(strings.Repeat("0123456789", 10))
	return &Resource{
		ContentType: "application/wasm", CacheControl: "no-cache",
		ModTime: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		Variants: []Variant{
			{Coding: Brotli, Body: []byte("BR-BODY"), ETag: ETag("v1", Brotli)},
			{Coding: Identity, Body: body, ETag: ETag("v1", Identity)},
		},
	}
}

func serve(h http.Header) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, "/web/app.wasm", nil)
	for k, v := range h {
		r.Header[k] = v
	}
	Serve(w, r, resource())
	return w
}

func TestServe(t *testing.T) {
	br := serve(http.Header{"Accept-Encoding": {"br"}})
	id := serve(nil)
	if br.Header().Get("ETag") == id.Header().Get("ETag") || br.Header().Get("Content-Encoding") != "br" || id.Header().Get("Content-Encoding") != "" {
		t.Errorf("brotli and identity share an ETag or mislabel: %v / %v", br.Header(), id.Header())
	}
	for _, w := range []*httptest.ResponseRecorder{br, id} {
		if w.Header().Get("Vary") != "Accept-Encoding" || w.Header().Get("Last-Modified") == "" {
			t.Errorf("missing Vary or Last-Modified: %v", w.Header())
		}
	}
	// The brotli ETag does not validate the identity body.
	if w := serve(http.Header{"If-None-Match": {br.Header().Get("ETag")}}); w.Code != http.StatusOK {
		t.Errorf("identity request with the brotli ETag: %d, want 200", w.Code)
	}
	if w := serve(http.Header{"If-None-Match": {`"zz", ` + id.Header().Get("ETag")}}); w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match list with the ETag: %d, want 304", w.Code)
	}
	if w := serve(http.Header{"If-None-Match": {`*`}}); w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match *: %d, want 304", w.Code)
	}
	if w := serve(http.Header{"If-None-Match": {`xx` + id.Header().Get("ETag") + `yy`}}); w.Code != http.StatusOK {
		t.Errorf("If-None-Match with the ETag inside junk: %d, want 200", w.Code)
	}
	if w := serve(http.Header{"If-Modified-Since": {"Sun, 01 Nov 2026 00:00:00 GMT"}}); w.Code != http.StatusNotModified {
		t.Errorf("If-Modified-Since the modification time: %d, want 304", w.Code)
	}
	if w := serve(http.Header{"If-Modified-Since": {"Sat, 31 Oct 2026 00:00:00 GMT"}}); w.Code != http.StatusOK {
		t.Errorf("If-Modified-Since the day before: %d, want 200", w.Code)
	}
	w := serve(http.Header{"Range": {"bytes=10-19"}})
	if w.Code != http.StatusPartialContent || w.Body.String() != "0123456789" || w.Header().Get("Content-Range") != "bytes 10-19/100" {
		t.Errorf("Range bytes=10-19: %d %q %v", w.Code, w.Body.String(), w.Header())
	}
	if w := serve(http.Header{"Range": {"bytes=10-19"}, "If-Range": {`"stale"`}}); w.Code != http.StatusOK || w.Body.Len() != 100 {
		t.Errorf("Range with a stale If-Range: %d with %d bytes, want the whole body", w.Code, w.Body.Len())
	}
	if w := serve(http.Header{"Accept-Encoding": {"identity;q=0"}}); w.Code != http.StatusNotAcceptable {
		t.Errorf("identity;q=0 with no acceptable coding: %d, want 406", w.Code)
	}
}
