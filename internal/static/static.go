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
	for _, root := range []string{"robots.txt", "embed.js", "template.csv"} {
		if a, ok := store.Get("/web/" + root); ok {
			if err := write(dir, root, a.Body); err != nil {
				return err
			}
		}
	}
	if err := writeRedirects(dir, s); err != nil {
		return err
	}
	if b := s.ChangesJSON(); b != nil {
		if err := write(dir, "changes.json", b); err != nil {
			return err
		}
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
//
// Those hosts apply every rule whose pattern matches a path, and a header
// set by two matching rules is joined with a comma (Cloudflare) or taken
// from the later rule (Netlify). So no framing header is set by a rule
// that also matches /embed/*: "/*" carries the policy without
// frame-ancestors, each page route the full policy with frame-ancestors
// 'self' and X-Frame-Options, and /embed/* its full policy, which allows
// framing.
// Whatever the merging, embeds stay frameable and pages do not.
func headersFile(s *server.Server) []byte {
	var b strings.Builder
	page := httptest.NewRecorder()
	s.ServeHTTP(page, httptest.NewRequest(http.MethodGet, "/about", nil))
	embed := httptest.NewRecorder()
	s.ServeHTTP(embed, httptest.NewRequest(http.MethodGet, "/embed/list", nil))
	rule := func(patterns []string, lines ...string) {
		for _, p := range patterns {
			b.WriteString(p + "\n")
			for _, l := range lines {
				b.WriteString("  " + l + "\n")
			}
		}
	}
	header := func(h http.Header, names ...string) []string {
		var out []string
		for _, k := range names {
			if v := h.Get(k); v != "" {
				out = append(out, k+": "+v)
			}
		}
		return out
	}
	common := header(page.Header(), "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy")
	pageCSP := page.Header().Get("Content-Security-Policy")
	base, _, _ := strings.Cut(pageCSP, "; frame-ancestors")
	rule([]string{"/*"}, append(common, "Content-Security-Policy: "+base)...)
	rule(pageRoutes, "Content-Security-Policy: "+pageCSP, "X-Frame-Options: SAMEORIGIN")
	rule([]string{"/embed", "/embed/*"}, header(embed.Header(), "Content-Security-Policy")...)
	// Assets are readable from any origin, for embeds sandboxed without
	// allow-same-origin; so are the feeds, the API and the citations.
	rule([]string{"/" + s.Version + "/*"}, "Cache-Control: public, max-age=31536000, immutable", cors)
	rule([]string{"/api/*", "/cite/*"}, cors)
	rule([]string{"/feed.xml", "/feeds/*"}, cors, "Content-Type: "+feed.ContentType)
	return []byte(b.String())
}

// pageRoutes are the patterns of every page but the embeds, with and
// without the trailing slash static hosts add to directory pages.
var pageRoutes = []string{
	"/", "/index.html", "/404.html", "/timeline", "/timeline/*", "/charts", "/charts/*", "/about", "/about/*",
	"/events/*", "/orgs/*", "/facilities/*",
}
