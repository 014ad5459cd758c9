// Package format writes numbers, dates, months and places for people, the
// same way in every view, the server's prerender, the app and the charts:
// "12,345", "1 event" / "12 events", "31 May 2023", "Germany, Poland".
package format

import (
	"strconv"
	"strings"
)

// Thousands writes n with comma thousands separators: 12,345.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Plural writes "1 event" or "1,200 events".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return Thousands(n) + " " + many
}
