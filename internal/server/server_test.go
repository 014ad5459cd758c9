package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

func newTestServer(t *testing.T, cfg Config) *Server {
	t.Helper()
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	web := fstest.MapFS{
		"laborlens.css":        {Data: []byte("body { color: black }")},
		"icon.svg":             {Data: []byte("<svg/>")},
		"robots.txt":           {Data: []byte("User-agent: *\n")},
		"build/app.wasm":       {Data: []byte("\x00asm fake")},
		"build/echarts.min.js": {Data: []byte("var echarts = {};")},
	}
	s, err := New(d, web, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func do(s http.Handler, method, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func TestNewNeedsTheWasm(t *testing.T) {
	d, _ := embed.Dataset()
	if _, err := New(d, fstest.MapFS{"x.css": {Data: []byte("x")}}, Config{}); err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Fatalf("New without app.wasm: err = %v, want one naming app.wasm", err)
	}
}

func TestHealthz(t *testing.T) {
	s := newTestServer(t, Config{})
	rec := do(s, "GET", "/healthz")
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "ok") {
		t.Fatalf("/healthz = %d %q", rec.Code, rec.Body.String())
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newTestServer(t, Config{FrameAncestors: []string{"https://partner.example"}})
	page := do(s, "GET", "/")
	csp := page.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'self'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP of / lacks %q: %s", want, csp)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows inline code: %s", csp)
	}
	if page.Header().Get("X-Content-Type-Options") != "nosniff" || page.Header().Get("Referrer-Policy") == "" {
		t.Errorf("missing nosniff or Referrer-Policy: %v", page.Header())
	}
	embed := do(s, "GET", "/embed/list")
	if got := embed.Header().Get("Content-Security-Policy"); !strings.Contains(got, "frame-ancestors https://partner.example") {
		t.Errorf("embed CSP = %s, want the allow-list", got)
	}
	if embed.Header().Get("X-Frame-Options") != "" {
		t.Error("embed views must not send X-Frame-Options")
	}
	open := newTestServer(t, Config{})
	if got := do(open, "GET", "/embed/list").Header().Get("Content-Security-Policy"); !strings.Contains(got, "frame-ancestors *") {
		t.Errorf("default embed CSP = %s, want frame-ancestors *", got)
	}
}

func TestAssetCaching(t *testing.T) {
	s := newTestServer(t, Config{})
	versioned := do(s, "GET", "/"+s.Version+"/web/laborlens.css")
	if versioned.Code != 200 || !strings.Contains(versioned.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("versioned asset: %d, Cache-Control %q", versioned.Code, versioned.Header().Get("Cache-Control"))
	}
	plain := do(s, "GET", "/web/laborlens.css")
	if plain.Code != 200 || plain.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("unversioned asset: %d, Cache-Control %q", plain.Code, plain.Header().Get("Cache-Control"))
	}
	data := do(s, "GET", "/"+s.Version+"/web/"+ui.DatasetFile, "Accept-Encoding", "br")
	if data.Code != 200 || data.Header().Get("Content-Encoding") != "br" {
		t.Errorf("dataset: %d, encoding %q", data.Code, data.Header().Get("Content-Encoding"))
	}
	js := do(s, "GET", "/app.js", "Accept-Encoding", "gzip")
	if js.Code != 200 || js.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("/app.js: %d, encoding %q; go-app's files must be served compressed", js.Code, js.Header().Get("Content-Encoding"))
	}
	if do(s, "GET", "/web/nope.css").Code != http.StatusNotFound {
		t.Error("a missing asset must be a 404")
	}
}

func TestVersionIsStable(t *testing.T) {
	a, b := newTestServer(t, Config{}), newTestServer(t, Config{})
	if a.Version != b.Version || a.Version == "" {
		t.Fatalf("versions %q and %q: a restart must keep the version", a.Version, b.Version)
	}
	worker := do(a, "GET", "/app-worker.js").Body.String()
	if !strings.Contains(worker, a.Version) || !strings.Contains(worker, "/"+a.Version+"/web/app.wasm") {
		t.Error("the service worker does not precache the versioned wasm")
	}
}

func TestPagesAndNotFound(t *testing.T) {
	s := newTestServer(t, Config{})
	d, _ := embed.Dataset()
	id := d.Events[0].ID
	for path, want := range map[string]int{
		"/": 200, "/about": 200, "/events/" + id: 200, "/events/" + id + "/": 301,
		"/events/nope": 404, "/nope": 404, "/orgs/nope": 404, "/embed/charts": 404, "/sitemap.xml": 404,
	} {
		rec := do(s, "GET", path)
		if rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
		}
		if want == 404 && !strings.Contains(rec.Body.String(), "Page not found") {
			t.Errorf("GET %s: the 404 is not the friendly page", path)
		}
	}
	// A page revalidates by version; a 404 never answers 304.
	if rec := do(s, "GET", "/about", "If-None-Match", `"`+s.Version+`"`); rec.Code != http.StatusNotModified {
		t.Errorf("GET /about with the version's ETag = %d, want 304", rec.Code)
	}
	if rec := do(s, "GET", "/nope", "If-None-Match", `"`+s.Version+`"`); rec.Code != http.StatusNotFound {
		t.Errorf("GET /nope with the version's ETag = %d, want 404", rec.Code)
	}
	if rec := do(s, "POST", "/"); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d, want 405", rec.Code)
	}
}

// /template.csv is a CSV of every column with two of the dataset's events,
// which the dataset package opens.
func TestTemplateCSV(t *testing.T) {
	s := newTestServer(t, Config{})
	rec := do(s, "GET", ui.TemplatePath)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("%s: %d %q", ui.TemplatePath, rec.Code, rec.Header().Get("Content-Type"))
	}
	o, err := dataset.Open("template.csv", rec.Body.Bytes())
	if err != nil || len(o.Dataset.Events) != 2 || len(o.Problems) > 0 {
		t.Fatalf("the template does not open as two events: %v", err)
	}
	if _, ok := s.data.Event(o.Dataset.Events[0].ID); !ok {
		t.Errorf("example %q is not one of the dataset's events", o.Dataset.Events[0].ID)
	}
}
