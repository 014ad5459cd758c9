// Package server serves LaborLens: the prerendered pages through go-app's
// handler, every static asset compressed once and cached by version, the
// dataset for the browser, security headers, request logs and /healthz.
// It is server-only code: the wasm binary never imports it.
package server

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"runtime"
	"strings"
	"time"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/i18n/catalog"
	"github.com/laborlens/laborlens/internal/assets"
	"github.com/laborlens/laborlens/outcome"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Config tunes a Server.
type Config struct {
	// FrameAncestors lists the origins allowed to frame /embed/ views;
	// empty means any site may.
	FrameAncestors []string
	// Domain is the public host name used in link previews (og:url).
	Domain string
	// HSTS, when more than 0, sends Strict-Transport-Security with this
	// max-age: set it only when LaborLens is reached over HTTPS.
	HSTS time.Duration
}

// Server is LaborLens's HTTP handler.
type Server struct {
	// Version identifies this release: a digest of the dataset and every
	// asset, so restarting the same build keeps it and visitors' caches.
	Version string

	cfg    Config
	data   *dataset.Dataset
	assets *assets.Store
	goapp  *app.Handler
	pages  *pageCache
}

// pageCacheBytes bounds the memory prerendered pages are kept in.
const pageCacheBytes = 64 << 20

// goappResources are the files go-app generates; they are captured once and
// served compressed from the asset store.
var goappResources = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"}

// New builds the server for dataset d and the web files in web: committed
// files at the top, build outputs (app.wasm, echarts.min.js) under build/.
// It classifies d's outcomes into its events (outcome.Carry), so the
// dataset for the browser carries them.
func New(d *dataset.Dataset, web fs.FS, cfg Config) (*Server, error) {
	if err := checkFrameAncestors(cfg.FrameAncestors); err != nil {
		return nil, err
	}
	outcome.Carry(d)
	ui.SetDataset(d)
	// Feeds, the API and prerendered searches all search with words: build
	// the word index now, not on the first such request.
	ui.SearchIndex().Warm(nil)
	ui.UsePrinters(catalog.Printer)
	ui.Routes()

	store := assets.NewStore()
	if err := store.AddFS(web, "/web", "build"); err != nil {
		return nil, fmt.Errorf("loading web assets: %w", err)
	}
	if _, err := fs.Stat(web, "build"); err == nil {
		build, _ := fs.Sub(web, "build")
		if err := store.AddFS(build, "/web"); err != nil {
			return nil, fmt.Errorf("loading built assets: %w", err)
		}
	}
	if _, ok := store.Get("/web/app.wasm"); !ok {
		return nil, fmt.Errorf("web/build/app.wasm is missing: build it with `make wasm`")
	}
	encoded, err := dataset.Encode(d)
	if err != nil {
		return nil, fmt.Errorf("encoding the dataset for the browser: %w", err)
	}
	store.Add("/web/"+ui.DatasetFile, encoded, nil, nil)
	for _, l := range i18n.Languages {
		if text, ok := catalog.Text(l); ok {
			store.Add(ui.CatalogPath(l), []byte(text), nil, nil)
		}
	}
	// A CSV to start one's own dataset from, linked from /about.
	store.Add("/web/template.csv", dataset.Template(d), nil, nil)

	version := store.Hash()
	s := &Server{Version: version, cfg: cfg, data: d, assets: store, pages: newPageCache(version, pageCacheBytes, runtime.NumCPU())}
	s.goapp = newAppHandler(version, cfg.Domain, store)
	if err := s.captureGoAppResources(); err != nil {
		return nil, err
	}
	return s, nil
}

// captureGoAppResources renders go-app's generated files once and adds
// them to the store, so they are compressed and served like any asset.
func (s *Server) captureGoAppResources() error {
	for _, p := range goappResources {
		rec := newRecorder()
		req, _ := http.NewRequest(http.MethodGet, p, nil)
		s.goapp.ServeHTTP(rec, req)
		if rec.status != http.StatusOK {
			return fmt.Errorf("go-app did not generate %s (status %d)", p, rec.status)
		}
		body := rec.body.Bytes()
		if p == "/app.js" {
			var err error
			if body, err = localizeLoader(body, s.goapp.LoadingLabel); err != nil {
				return err
			}
			if body, err = warmStart(body); err != nil {
				return err
			}
		}
		s.assets.Add(p, body, nil, nil)
	}
	return nil
}

// Assets returns the asset store, for the static exporter.
func (s *Server) Assets() *assets.Store { return s.assets }

// versionPrefix is the path prefix of versioned, immutable asset URLs.
func (s *Server) versionPrefix() string { return "/" + s.Version }

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header(), r.URL.Path, s.cfg)
	// Every resource is read-only: anything but GET and HEAD is 405 with
	// Allow, /healthz included; the documents (feeds, API, citations,
	// oEmbed) also answer CORS preflights, and say so in their Allow.
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !isDocPath(r.URL.Path) {
		methodNotAllowed(w)
		return
	}
	p := r.URL.Path
	if canon, ok := canonicalPath(p); !ok {
		// One hop, even when the canonical path names a renamed event.
		if target, renamed := s.renamedTarget(canon); renamed {
			canon = target
		}
		redirect(w, r, canon)
		return
	}
	switch {
	case p == "/healthz":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok", s.Version)
		return
	case p == "/robots.txt":
		p = "/web/robots.txt"
	case p == "/embed.js": // the partners' script, at a stable address
		p = "/web/embed.js"
	case p == "/changes.json":
		s.serveChanges(w, r)
		return
	case p == ui.TemplatePath:
		p = "/web/template.csv"
	case p == "/sitemap.xml" || p == "/ads.txt":
		s.servePage(w, r, "/__missing")
		return
	}
	if s.serveDocument(w, r) { // feeds, the data API, citations, oEmbed
		return
	}
	if rest, ok := strings.CutPrefix(p, s.versionPrefix()+"/web/"); ok {
		allowEmbeds(w.Header())
		s.serveAsset(w, r, "/web/"+rest, "public, max-age=31536000, immutable")
		return
	}
	if strings.HasPrefix(p, "/web/") || isGoAppResource(p) {
		allowEmbeds(w.Header())
		s.serveAsset(w, r, p, "no-cache")
		return
	}
	if s.redirectRenamed(w, r) {
		return
	}
	s.servePage(w, r, p)
}

func isGoAppResource(p string) bool {
	for _, g := range goappResources {
		if p == g {
			return true
		}
	}
	return false
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request, name, cacheControl string) {
	a, ok := s.assets.Get(name)
	if !ok {
		w.Header().Del("Access-Control-Allow-Origin")
		s.servePage(w, r, "/__missing")
		return
	}
	a.Serve(w, r, cacheControl)
}

// servePage answers with the page at p prerendered by go-app, rendered once
// per URL and kept compressed (see pagecache.go), with a 404 status for a
// path the app does not know.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, p string) {
	// The page's head links name the host, so the host is part of the key.
	page := s.pages.get(s.base(r)+p+"?"+r.URL.RawQuery, func(rec http.ResponseWriter) {
		req := r.Clone(context.Background())
		req.Header.Del("If-None-Match") // go-app would answer 304 instead of rendering
		req.URL.Path = p
		if ui.Status(p) == http.StatusOK {
			rec = &headWriter{ResponseWriter: rec, links: s.headLinks(req)}
		}
		s.goapp.ServeHTTP(rec, req) // the page takes its language from req.URL (see ui.UsePrinters)
	})
	if status := ui.Status(p); status != http.StatusOK || page.status != http.StatusOK {
		r = r.Clone(r.Context())
		r.Header.Del("If-None-Match")
		r.Header.Del("Range") // the whole error page, never a 206
		w = &statusWriter{ResponseWriter: w, status: max(status, page.status)}
	}
	page.asset.Serve(w, r, "no-cache")
}
