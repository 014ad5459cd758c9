package server

import (
	"net/http"
	"net/url"
	"strings"
)

// canonicalPath is the one form of a page's path: no trailing slash
// (except the root) and no repeated slashes. ok is false when p is not in
// that form; canon is then where to redirect. canon always starts with a
// single "/", so a redirect never leaves the site ("//evil.example/"
// becomes "/evil.example", not a protocol-relative URL).
func canonicalPath(p string) (canon string, ok bool) {
	if p == "/" {
		return p, true
	}
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
	canon = "/" + strings.Join(parts, "/")
	return canon, canon == p
}

// redirect sends a permanent redirect to path, keeping the query.
func redirect(w http.ResponseWriter, r *http.Request, path string) {
	// Built from the path, escaped, never from the raw request line.
	target := (&url.URL{Path: path, RawQuery: r.URL.RawQuery}).String()
	w.Header().Set("Location", target)
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusMovedPermanently)
}

// methodNotAllowed answers a method other than GET and HEAD.
func methodNotAllowed(w http.ResponseWriter) {
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "405 method not allowed: LaborLens answers GET and HEAD", http.StatusMethodNotAllowed)
}
