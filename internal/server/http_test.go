package server

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

// Conditional requests, encodings and ranges follow RFC 9110, for pages
// and assets alike.
func TestConditionalRequestsByTheBook(t *testing.T) {
	d, _ := embed.Dataset()
	s, err := New(d, fstest.MapFS{
		"icon.svg":       {Data: []byte("<svg/>")},
		"build/app.wasm": {Data: []byte(strings.Repeat("\x00asm compressible ", 400))},
	}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/about", "/" + s.Version + "/web/app.wasm", "/app.js"} {
		br := do(s, "GET", path, "Accept-Encoding", "br")
		gz := do(s, "GET", path, "Accept-Encoding", "gzip")
		id := do(s, "GET", path, "Accept-Encoding", "identity")
		tags := map[string]bool{br.Header().Get("ETag"): true, gz.Header().Get("ETag"): true, id.Header().Get("ETag"): true}
		if br.Code != 200 || id.Code != 200 || id.Header().Get("Content-Encoding") != "" {
			t.Fatalf("%s: %d/%d, identity encoded %q", path, br.Code, id.Code, id.Header().Get("Content-Encoding"))
		}
		encodings := map[string]bool{br.Header().Get("Content-Encoding"): true, gz.Header().Get("Content-Encoding"): true, "": true}
		if len(tags) != len(encodings) {
			t.Errorf("%s: %d ETags for %d encodings %v: each encoding needs its own", path, len(tags), len(encodings), tags)
		}
		if len(encodings) > 1 && !strings.Contains(id.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", path)
		}
		etag := id.Header().Get("ETag")
		for inm, want := range map[string]int{
			etag:                         304,
			`"other", ` + etag:           304,
			"W/" + etag:                  304,
			"*":                          304,
			"xx" + etag + "yy":           200,
			`"other"`:                    200,
			br.Header().Get("ETag"):      200, // the brotli tag does not validate the identity body
			strings.Trim(etag, `"`):      200,
			etag[:len(etag)-1] + `x"`:    200,
			`"` + s.Version[:4] + `"`:    200,
			etag + `, "` + s.Version[4:]: 304,
		} {
			if inm == "" {
				continue
			}
			if got := do(s, "GET", path, "Accept-Encoding", "identity", "If-None-Match", inm).Code; got != want {
				t.Errorf("%s If-None-Match %s: %d, want %d", path, inm, got, want)
			}
		}
	}
	wasm := "/" + s.Version + "/web/app.wasm"
	if got := do(s, "GET", wasm, "Accept-Encoding", "gzip;q=1, br;q=0.5").Header().Get("Content-Encoding"); got != "gzip" {
		t.Errorf("gzip;q=1, br;q=0.5: Content-Encoding %q, want gzip", got)
	}
	if got := do(s, "GET", wasm, "Accept-Encoding", "br;q=0, gzip;q=0").Header().Get("Content-Encoding"); got != "" {
		t.Errorf("br;q=0, gzip;q=0: Content-Encoding %q, want identity", got)
	}
	if got := do(s, "GET", "/web/icon.svg", "Accept-Encoding", "identity;q=0").Code; got != http.StatusNotAcceptable {
		t.Errorf("identity;q=0 for an asset only available as identity: %d, want 406", got)
	}
	// Codings not listed are not acceptable (RFC 9110 §12.5.3).
	if got := do(s, "GET", wasm, "Accept-Encoding", "identity;q=0").Code; got != http.StatusNotAcceptable {
		t.Errorf("identity;q=0 alone for the wasm: %d, want 406", got)
	}
	if rec := do(s, "GET", wasm, "Accept-Encoding", "identity;q=0, gzip"); rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("identity;q=0, gzip for the wasm: %d %q, want gzip", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	full := do(s, "GET", wasm).Body.String()
	rec := do(s, "GET", wasm, "Range", "bytes=2-5")
	if rec.Code != http.StatusPartialContent || rec.Body.String() != full[2:6] || !strings.HasPrefix(rec.Header().Get("Content-Range"), "bytes 2-5/") {
		t.Errorf("Range on app.wasm: %d %q %q", rec.Code, rec.Body.String(), rec.Header().Get("Content-Range"))
	}
	lm := do(s, "GET", wasm).Header().Get("Last-Modified")
	if lm == "" || do(s, "GET", wasm, "If-Modified-Since", lm).Code != http.StatusNotModified {
		t.Errorf("If-Modified-Since the Last-Modified %q is not 304", lm)
	}
	if got := do(s, "GET", "/nope", "If-None-Match", "*").Code; got != http.StatusNotFound {
		t.Errorf("a missing page with If-None-Match *: %d, want 404", got)
	}
}

// Every path has one form: a trailing slash redirects to the form without.
func TestTrailingSlashRedirects(t *testing.T) {
	s := newTestServer(t, Config{})
	d, _ := embed.Dataset()
	id := d.Events[0].ID
	for from, to := range map[string]string{
		"/timeline/":          "/timeline",
		"/about/":             "/about",
		"/events/" + id + "/": "/events/" + id,
		"/events//" + id:      "/events/" + id,
		"/charts/?q=a%20b":    "/charts?q=a%20b",
		"//evil.example/":     "/evil.example",
		"/\\evil.example/":    "/%5Cevil.example",
	} {
		rec := do(s, "GET", from)
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != to {
			t.Errorf("GET %s: %d to %q, want 301 to %q", from, rec.Code, rec.Header().Get("Location"), to)
		}
	}
	for _, p := range []string{"/", "/timeline", "/events/" + id} {
		if got := do(s, "GET", p).Code; got != 200 {
			t.Errorf("GET %s: %d, want 200", p, got)
		}
	}
}

// Anything but GET and HEAD is 405 with Allow, on every path.
func TestMethodNotAllowedEverywhere(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, p := range []string{"/", "/healthz", "/about", "/timeline/", "/embed/list", "/nope", "/app.js", "/web/laborlens.css", "/" + s.Version + "/web/app.wasm"} {
		for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"} {
			rec := do(s, m, p)
			if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q; want 405 with Allow: GET, HEAD", m, p, rec.Code, rec.Header().Get("Allow"))
			}
		}
		if got := do(s, "HEAD", p).Code; got == http.StatusMethodNotAllowed {
			t.Errorf("HEAD %s: 405", p)
		}
	}
}

func TestFrameAncestorsAreOrigins(t *testing.T) {
	for _, good := range []string{"", "https://partner.example", "https://a.example http://b.example:8080", "https://*.news.example", "'self' https://a.example", "'none'", "*"} {
		if _, err := ParseFrameAncestors(good); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
	for _, bad := range []string{
		"https://a.example; script-src *", "https://a.example;", "https://a.example/path", "javascript:alert(1)",
		"'unsafe-inline'", `"https://a.example"`, "https://a.example:99999", "https://", "https://a..example",
		"https://a.example,https://b.example", "'none' https://a.example", "a.example",
	} {
		if _, err := ParseFrameAncestors(bad); err == nil || !strings.Contains(err.Error(), "frame-ancestors") {
			t.Errorf("%q accepted (%v)", bad, err)
		}
	}
	d, _ := embed.Dataset()
	if _, err := New(d, fstest.MapFS{"build/app.wasm": {Data: []byte("x")}}, Config{FrameAncestors: []string{"https://a.example;", "script-src", "*"}}); err == nil {
		t.Error("New accepts frame ancestors that add directives")
	}
}

func TestHSTS(t *testing.T) {
	off := newTestServer(t, Config{})
	if h := do(off, "GET", "/").Header().Get("Strict-Transport-Security"); h != "" {
		t.Errorf("HSTS sent by default: %q", h)
	}
	on := newTestServer(t, Config{HSTS: 365 * 24 * time.Hour})
	for _, p := range []string{"/", "/healthz", "/app.js", "/nope"} {
		if h := do(on, "GET", p).Header().Get("Strict-Transport-Security"); h != "max-age=31536000" {
			t.Errorf("%s: Strict-Transport-Security %q", p, h)
		}
	}
}

// Without a dataset the server answers at once with a page that says why.
func TestUnavailablePage(t *testing.T) {
	h := Unavailable(dataset.Problems{{File: "<b>x</b>.json", Line: 3, Msg: "bad"}}, Config{})
	rec := do(h, "GET", "/events/x")
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, "LaborLens is unavailable") ||
		!strings.Contains(body, "&lt;b&gt;x&lt;/b&gt;.json:3: bad") || strings.Contains(body, "<b>x") {
		t.Errorf("%d %s", rec.Code, body)
	}
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Error("the unavailable page has no CSP")
	}
	if got := do(h, "GET", "/healthz").Code; got != http.StatusServiceUnavailable {
		t.Errorf("/healthz: %d, want 503", got)
	}
	if got := do(h, "POST", "/").Code; got != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", got)
	}
}

// FuzzCanonicalPath: the canonical form is stable, stays on the site and
// keeps the path's segments.
func FuzzCanonicalPath(f *testing.F) {
	for _, s := range []string{"/", "/timeline/", "//evil.example/", "/\\evil", "/a//b/", "", "///", "/events/x/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		canon, ok := canonicalPath(p)
		if again, ok2 := canonicalPath(canon); !ok2 || again != canon {
			t.Fatalf("canonicalPath(%q) = %q, not canonical itself (%q)", p, canon, again)
		}
		if !strings.HasPrefix(canon, "/") || strings.HasPrefix(canon, "//") || (len(canon) > 1 && strings.HasSuffix(canon, "/")) {
			t.Fatalf("canonicalPath(%q) = %q", p, canon)
		}
		if ok != (canon == p) {
			t.Fatalf("canonicalPath(%q) = %q, %v", p, canon, ok)
		}
		if strings.Join(strings.FieldsFunc(p, func(r rune) bool { return r == '/' }), "/") != strings.TrimPrefix(canon, "/") {
			t.Fatalf("canonicalPath(%q) = %q changed the segments", p, canon)
		}
	})
}
