// Package static exports LaborLens as a static site: every page
// prerendered, every asset with its .br and .gz variants, a 404.html and a
// _headers file with the security headers, for any static host or CDN.
package static

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/laborlens/laborlens/feed"
	"github.com/laborlens/laborlens/internal/server"
)

const cors = "Access-Control-Allow-Origin: *"

// Export writes the site s serves into dir: the pages at paths, go-app's
// files and every asset.
func Export(dir string, s *server.Server, paths []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, p := range paths {
		body, err := get(s, p, http.StatusOK)
		if err != nil {
			return err
		}
		if err := write(dir, pageFile(p), body); err != nil {
			return err
		}
	}
	if err := exportDocuments(dir, s); err != nil {
		return err
	}
	notFound, err := get(s, "/__not-found", http.StatusNotFound)
	if err != nil {
		return err
	}
	if err := write(dir, "404.html", notFound); err != nil {
		return err
	}
	store := s.Assets()
	for _, name := range store.Names() {
		a, _ := store.Get(name)
		file := strings.TrimPrefix(name, "/")
		if strings.HasPrefix(name, "/web/") {
			file = s.Version + name // versioned, immutable URLs
		}
		for suffix, body := range map[string][]byte{"": a.Body, ".br": a.Brotli, ".gz": a.Gzip} {
			if body == nil {
				continue
			}
			if err := write(dir, file+suffix, body); err != nil {
				return err
			}
		}
	}
	for _, root := range []string{"robots.txt", "embed.js"} {
		if a, ok := store.Get("/web/" + root); ok {
			if err := write(dir, root, a.Body); err != nil {
				return err
			}
		}
	}
	if err := writeRedirects(dir, s); err != nil {
		return err
	}
	return write(dir, "_headers", headersFile(s))
}

// pageFile maps a page path to its file: /events/x -> events/x/index.html,
// which every static host serves at /events/x/ (and most at /events/x).
func pageFile(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return "index.html"
	}
	return p + "/index.html"
}

func get(s *server.Server, path string, want int) ([]byte, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Host = "" // no host: links are root-relative unless a public domain is configured
	s.ServeHTTP(rec, req)
	if rec.Code != want {
		return nil, fmt.Errorf("exporting %s: status %d, want %d", path, rec.Code, want)
	}
	return rec.Body.Bytes(), nil
}

func write(dir, name string, body []byte) error {
	full := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, body, 0o644)
}

// headersFile is a _headers file (Netlify, Cloudflare Pages) that gives the
// static site the same security and caching headers as the server.
func headersFile(s *server.Server) []byte {
	var b strings.Builder
	page := httptest.NewRecorder()
	s.ServeHTTP(page, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	embed := httptest.NewRecorder()
	s.ServeHTTP(embed, httptest.NewRequest(http.MethodGet, "/embed/list", nil))
	writeRule := func(pattern string, h http.Header, extra ...string) {
		b.WriteString(pattern + "\n")
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy"} {
			if v := h.Get(k); v != "" {
				b.WriteString("  " + k + ": " + v + "\n")
			}
		}
		for _, e := range extra {
			b.WriteString("  " + e + "\n")
		}
	}
	writeRule("/*", page.Header())
	writeRule("/embed/*", embed.Header())
	// Assets are readable from any origin, for embeds sandboxed without
	// allow-same-origin; so are the feeds, the API and the citations.
	writeRule("/"+s.Version+"/*", http.Header{}, "Cache-Control: public, max-age=31536000, immutable", cors)
	for _, p := range []string{"/api/*", "/cite/*"} {
		writeRule(p, http.Header{}, cors)
	}
	for _, p := range []string{"/feed.xml", "/feeds/*"} {
		writeRule(p, http.Header{}, cors, "Content-Type: "+feed.ContentType)
	}
	return []byte(b.String())
}
