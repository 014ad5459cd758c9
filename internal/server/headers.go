package server

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
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
func setSecurityHeaders(h http.Header, path string, cfg Config) {
	ancestors := "'self'"
	if isEmbed(path) {
		ancestors = "*"
		if len(cfg.FrameAncestors) > 0 {
			ancestors = strings.Join(cfg.FrameAncestors, " ")
		}
	} else {
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	h.Set("Content-Security-Policy", contentSecurityPolicy(ancestors))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if cfg.HSTS > 0 {
		h.Set("Strict-Transport-Security", "max-age="+strconv.Itoa(int(cfg.HSTS/time.Second)))
	}
}

func isEmbed(path string) bool { return path == "/embed" || strings.HasPrefix(path, "/embed/") }

// ParseFrameAncestors reads the -frame-ancestors flag: origins separated
// by spaces, such as "https://partner.example https://*.news.example:8443",
// or one of the keywords 'self' and 'none', or "*". Anything else (a path,
// a ";" that would add directives to the policy, a quote) is an error
// naming the entry.
func ParseFrameAncestors(s string) ([]string, error) {
	list := strings.Fields(s)
	return list, checkFrameAncestors(list)
}

func checkFrameAncestors(list []string) error {
	for _, src := range list {
		if !validSource(src) {
			return fmt.Errorf("frame-ancestors: %q is not an origin: want scheme://host[:port] such as https://partner.example (a host may start with *.), or 'self', 'none' or *", src)
		}
	}
	if len(list) > 1 && slices.Contains(list, "'none'") {
		return fmt.Errorf("frame-ancestors: 'none' cannot be combined with origins")
	}
	return nil
}

// validSource reports whether src is a CSP source expression fit for
// frame-ancestors: an origin, a keyword or "*".
func validSource(src string) bool {
	switch src {
	case "'self'", "'none'", "*":
		return true
	}
	scheme, rest, ok := strings.Cut(src, "://")
	if !ok || (scheme != "https" && scheme != "http") {
		return false
	}
	host, port, hasPort := strings.Cut(rest, ":")
	if hasPort {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
			return false
		}
	}
	host = strings.TrimPrefix(host, "*.")
	if host == "" || len(host) > 253 {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
