package format

import "strings"

// htmlEscaper replaces what html.EscapeString does, the same way.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// EscapeHTML is html.EscapeString: the html package is left out of the
// wasm, as its entity table (for UnescapeString, which the browser build
// never calls) is linked by the package's initialiser.
func EscapeHTML(s string) string { return htmlEscaper.Replace(s) }
