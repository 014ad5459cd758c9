package charts

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/laborlens/laborlens/format"

	"github.com/laborlens/laborlens/dataset"
)

// Text from the data reaches a chart in two ways, and each gets its own
// treatment:
//
//   - Tooltips are HTML. Every tooltip that shows text from the data is a
//     literal string built here, with that text HTML-escaped (esc), set as
//     the data item's own tooltip.formatter. A literal has no {a}/{b}/{c}
//     placeholders, so ECharts inserts it as it is: escaped once, shown
//     right. (ECharts 5.6 HTML-encodes what it substitutes for {b} etc. in
//     a template itself, so an escaped name shown through {b} would show
//     its entities, e.g. "Amazon&#39;s"; see formatTpl in TooltipView.js.)
//   - Axis labels, legends and bar labels are drawn on the canvas, which
//     shows text literally: an entity there would be shown as "&#39;".
//     Such text goes through plain, which takes out what could make markup
//     anywhere (angle brackets, control characters) and keeps the rest, so
//     "Labor & Industries" still reads right.
//
// Item names that ECharts could show in a default tooltip are keys (years,
// ISO codes, slugs) or escaped text, never raw text from the data.

// esc escapes text for HTML: & < > " and ', and { too, so that text like
// "{b}" is not taken for one of ECharts' template placeholders.
func esc(s string) string {
	return strings.ReplaceAll(format.EscapeHTML(plainSpace(s)), "{", "&#123;")
}

// plain makes text safe for labels drawn on the canvas and for any HTML
// context a later formatter might put it in: angle brackets become the
// single guillemets ‹ ›, and control characters become spaces.
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '<':
			return '‹'
		case '>':
			return '›'
		}
		return r
	}, plainSpace(s))
}

// plainSpace turns control characters and line breaks into spaces.
func plainSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}

// truncate shortens s to at most n runes, ending in "…" when cut, at a
// word boundary when there is one in the last third.
func truncate(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	cut := n - 1
	for i := cut; i > n*2/3; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:-–") + "…"
}

// axisDate is the date as ECharts' time axis reads it, the first day of
// the month or year when the date is coarser: "2022-04-01".
func axisDate(d dataset.Date) string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, max(d.Month, 1), max(d.Day, 1))
}

// nEvents writes "1 event" or "12 events".
func nEvents(n int) string { return format.Plural(n, "event", "events") }
