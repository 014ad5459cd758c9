package e2e

import (
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

var httpClient = &http.Client{Timeout: 5 * time.Second}

func htmlUnescape(s string) string { return html.UnescapeString(s) }

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }
