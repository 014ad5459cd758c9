package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"

	"github.com/laborlens/laborlens/internal/assets"
)

// Documents is what LaborLens publishes besides its pages: feeds, the data
// API, citation files and oEmbed answers. They are readable from any
// origin (CORS for GET); pages are not.
type docHandler func(s *Server, w http.ResponseWriter, r *http.Request) bool

// docHandlers each answer their own paths and report whether they did.
var docHandlers = []docHandler{(*Server).serveFeed, (*Server).serveAPI, (*Server).serveCite, (*Server).serveOEmbed}

// isDocPath reports whether p is one of the documents' paths.
func isDocPath(p string) bool {
	return p == "/feed.xml" || p == "/oembed" ||
		strings.HasPrefix(p, "/feeds/") || strings.HasPrefix(p, "/api/") || strings.HasPrefix(p, "/cite/")
}

// serveDocument answers the request when it asks for a document, and
// reports whether it did.
func (s *Server) serveDocument(w http.ResponseWriter, r *http.Request) bool {
	if !isDocPath(r.URL.Path) {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodOptions: // a preflight: GET needs none, but answer it plainly
		h.Set("Access-Control-Allow-Methods", "GET, HEAD")
		h.Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return true
	default:
		h.Set("Allow", "GET, HEAD, OPTIONS")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return true
	}
	for _, serve := range docHandlers {
		if serve(s, w, r) {
			return true
		}
	}
	s.notFound(w, r)
	return true
}

// base is the scheme and host the documents' links use: the configured
// public domain, else the host the request reached; "" (root-relative
// links) for a request without a host, as the static exporter makes.
func (s *Server) base(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	if d := s.cfg.Domain; d != "" {
		if strings.Contains(d, "://") {
			return strings.TrimSuffix(d, "/")
		}
		// The server defaults the domain to its listen address: a request
		// that reached it there keeps its own scheme.
		if !strings.EqualFold(d, r.Host) {
			scheme = "https"
		}
		return scheme + "://" + d
	}
	if r.Host == "" {
		return ""
	}
	return scheme + "://" + r.Host
}

// docCache keeps the documents made lately, compressed, by URL: they
// depend only on the URL and the release.
type docCache struct {
	mu   sync.Mutex
	docs map[string]*assets.Asset
}

// maxCachedDocs bounds the cache; filtered lists have endless URLs.
const maxCachedDocs = 512

var documents = docCache{docs: map[string]*assets.Asset{}}

// serveBytes sends a document made by build, from the cache when it was made
// before for the same base, path and query, with an ETag and gzip.
func (s *Server) serveBytes(w http.ResponseWriter, r *http.Request, contentType string, build func(base string) []byte) {
	base := s.base(r)
	key := s.Version + " " + base + r.URL.Path + "?" + r.URL.RawQuery
	documents.mu.Lock()
	a := documents.docs[key]
	documents.mu.Unlock()
	if a == nil {
		body := build(base)
		sum := sha256.Sum256(body)
		a = &assets.Asset{Name: r.URL.Path, ContentType: contentType, Body: body, ETag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		if len(body) > 512 {
			a.Gzip = assets.Gzip(body)
		}
		documents.mu.Lock()
		if len(documents.docs) >= maxCachedDocs {
			clear(documents.docs)
		}
		documents.docs[key] = a
		documents.mu.Unlock()
	}
	a.Serve(w, r, "no-cache")
}

// notFound answers a document path that names nothing, with the friendly
// 404 page and no CORS.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Del("Access-Control-Allow-Origin")
	s.servePage(w, r, "/__missing")
}

// allowEmbeds lets any origin read an asset. A host that sandboxes an
// embed without allow-same-origin gives it an opaque origin, and its
// fetches of the wasm and the dataset are then cross-origin: without this
// header the embed would stay a static page. Assets are public and carry
// no credentials; pages never get the header.
func allowEmbeds(h http.Header) {
	h.Set("Access-Control-Allow-Origin", "*")
	// go-app's loader reads the wasm's size from this header for its progress.
	h.Set("Access-Control-Expose-Headers", assets.UncompressedLengthHeader)
}
