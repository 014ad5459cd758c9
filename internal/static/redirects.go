package static

import (
	"html"
	"strings"

	"github.com/laborlens/laborlens/internal/server"
)

// writeRedirects keeps the addresses of renamed events working on a static
// host: a _redirects file (Netlify, Cloudflare Pages) with a 301 for each
// former address, and for every other host a small page at the former
// address that sends the visitor on (meta refresh, no script) and tells
// search engines where the event is now (rel=canonical).
func writeRedirects(dir string, s *server.Server) error {
	var rules strings.Builder
	for _, r := range s.Redirects() {
		old, now := r[0], r[1]
		rules.WriteString(old + " " + now + " 301\n")
		rules.WriteString(old + "/ " + now + " 301\n")
		if err := write(dir, pageFile(old), redirectPage(now)); err != nil {
			return err
		}
	}
	return write(dir, "_redirects", []byte(rules.String()))
}

// redirectPage is the page left at a former address.
func redirectPage(to string) []byte {
	u := html.EscapeString(to)
	return []byte(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This event has moved · LaborLens</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="` + u + `">
<meta http-equiv="refresh" content="0; url=` + u + `">
</head>
<body>
<p>This event has a new address: <a href="` + u + `">` + u + `</a>.</p>
</body>
</html>
`)
}
