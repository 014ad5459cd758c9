package app

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var hostileText = []string{
	`"><meta http-equiv=refresh content="0;url=https://evil.example/">`,
	`x" autofocus onfocus="alert(1)`, "`${alert(1)}`", `a\"b\\`, `<script>alert(1)</script>`,
	"zero\u200bwidth\u00a0nbsp", "bad \xff utf-8", "tab\tnew\nline", `&quot;`, `%22%3E`,
}

// unrepresentable replaces the runes no character reference can carry.
var unrepresentable = func() *strings.Replacer {
	pairs := []string{"\x00", "\uFFFD"}
	for r := rune(0x80); r <= 0x9f; r++ {
		pairs = append(pairs, string(r), "\uFFFD")
	}
	return strings.NewReplacer(pairs...)
}()

// What attr returns survives go-app's strconv.Quote as it is, and the
// browser reads the original text back from it.
func FuzzAttr(f *testing.F) {
	if !app.IsServer {
		f.Skip("attr escapes only on the server")
	}
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := attr(s)
		if q := strconv.Quote(a); q != `"`+a+`"` {
			t.Fatalf("attr(%q) = %q, which strconv.Quote changes into %s", s, a, q)
		}
		if got, want := html.UnescapeString(a), unrepresentable.Replace(strings.ToValidUTF8(s, "\uFFFD")); got != want {
			t.Fatalf("attr(%q) = %q reads back as %q", s, a, got)
		}
	})
}

// metaText survives both the text and the attribute writers of go-app.
func TestMetaText(t *testing.T) {
	for _, s := range hostileText {
		m := metaText(s)
		if q := strconv.Quote(m); q != `"`+m+`"` {
			t.Errorf("metaText(%q) = %q, which strconv.Quote changes into %s", s, m, q)
		}
		if strings.ContainsAny(m, `"\<>`) {
			t.Errorf("metaText(%q) = %q still holds a quote or backslash", s, m)
		}
	}
	if got := metaText(`a "b" c`); got != "a “b” c" {
		t.Errorf("metaText quotes: %q", got)
	}
}
