package server

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy is the policy the app runs under: everything from
// its own origin, WebAssembly compilation allowed, no inline script or
// style, no plugins. frameAncestors is appended as it is.
func contentSecurityPolicy(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// setSecurityHeaders sets the headers every response carries. Embed views
// may be framed by the allowed origins (any by default); every other page
// only by LaborLens itself.
func setSecurityHeaders(h http.Header, path string, embedAncestors []string) {
	ancestors := "'self'"
	if path == "/embed" || strings.HasPrefix(path, "/embed/") {
		ancestors = "*"
		if len(embedAncestors) > 0 {
			ancestors = strings.Join(embedAncestors, " ")
		}
	} else {
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	h.Set("Content-Security-Policy", contentSecurityPolicy(ancestors))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}
