package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app v10.1.11 writes prerendered attribute values with strconv.Quote,
// so a double quote comes out as \" and ends the attribute early: data or a
// URL could add attributes to the page. attr escapes a value for that
// writer on the server; in the browser go-app sets attributes through the
// DOM, which needs no escaping.
func attr(s string) string {
	if !app.IsServer || !strings.ContainsAny(s, `"&`) {
		return s
	}
	return attrEscaper.Replace(s)
}

var attrEscaper = strings.NewReplacer(`&`, "&amp;", `"`, "&quot;")

// metaText makes text safe for a page's title and description, which go-app
// writes both as text and into meta attributes: straight double quotes
// become typographic ones, which need no escaping in either place.
func metaText(s string) string {
	if !strings.Contains(s, `"`) {
		return s
	}
	var b strings.Builder
	open := true
	for _, r := range s {
		if r == '"' {
			if open {
				b.WriteRune('“')
			} else {
				b.WriteRune('”')
			}
			open = !open
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
