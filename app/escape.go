package app

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app v10.1.11 writes prerendered attribute values with strconv.Quote:
// a double quote comes out as \" and ends the attribute early, so data or
// a URL could add attributes to the page; a backslash comes out doubled and
// a rune Go deems unprintable as a \u escape, both shown as they are.
//
// attr escapes a value for that writer on the server, as character
// references that strconv.Quote leaves alone and the browser reads back as
// the original text. In the browser go-app sets attributes through the DOM,
// which needs no escaping. Every value that can carry request text (a
// path, a query value, an id) or data goes through attr before go-app.
func attr(s string) string {
	if !app.IsServer || !needsAttrEscape(s) {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == 0 || (r >= 0x80 && r <= 0x9f):
			// HTML reads these references as U+FFFD and windows-1252.
			b.WriteRune('\uFFFD')
		case r == '"':
			b.WriteString("&quot;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '\\' || !strconv.IsPrint(r):
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsAttrEscape(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if r == '"' || r == '&' || r == '\\' || !strconv.IsPrint(r) {
			return true
		}
	}
	return false
}

// metaText makes text safe for a page's title and description, which go-app
// writes both as text (escaped) and into meta attributes (strconv.Quote),
// where no character reference can serve both: straight double quotes
// become typographic ones, a backslash and angle brackets fullwidth ones, and unprintable
// runes are dropped, which reads the same in either place.
func metaText(s string) string {
	var b strings.Builder
	open := true
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"' && open:
			b.WriteRune('“')
			open = false
		case r == '"':
			b.WriteRune('”')
			open = true
		case r == '\\':
			b.WriteRune('＼')
		case r == '<':
			b.WriteRune('＜') // no scraper that reads meta tags by pattern can take it for markup
		case r == '>':
			b.WriteRune('＞')
		case strconv.IsPrint(r):
			b.WriteRune(r)
		case r == '\t' || r == '\n':
			b.WriteRune(' ')
		}
	}
	return b.String()
}
