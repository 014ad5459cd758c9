package charts

import (
	"fmt"
	"github.com/laborlens/laborlens/format"
	"html"
	"strconv"
	"strings"
	"unicode"

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
	return strings.ReplaceAll(html.EscapeString(plainSpace(s)), "{", "&#123;")
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

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// monthAbbr is the three-letter English name of month m (1–12).
func monthAbbr(m int) string { return monthNames[m-1][:3] }

// humanDate writes a date at its precision: "2 Apr 2022", "Apr 2022", "2022".
func humanDate(d dataset.Date) string {
	switch d.Precision() {
	case dataset.Day:
		return fmt.Sprintf("%d %s %d", d.Day, monthAbbr(d.Month), d.Year)
	case dataset.Month:
		return fmt.Sprintf("%s %d", monthAbbr(d.Month), d.Year)
	case dataset.Year:
		return strconv.Itoa(d.Year)
	}
	return "date unknown"
}

// axisDate is the date as ECharts' time axis reads it, the first day of
// the month or year when the date is coarser: "2022-04-01".
func axisDate(d dataset.Date) string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, max(d.Month, 1), max(d.Day, 1))
}

// count writes n with thousands separators: 12,000.
func count(n int) string { return format.Thousands(n) }

// plural writes "1 event" or "1,200 events".
func plural(n int, one, many string) string { return format.Plural(n, one, many) }

// nEvents writes "1 event" or "12 events".
func nEvents(n int) string { return plural(n, "event", "events") }

// place says where an event happened: its place, else its countries.
func place(e *dataset.Event) string {
	if e.Place != "" {
		return e.Place
	}
	var names []string
	for _, c := range e.Countries {
		if n := dataset.CountryName(c); n != "" {
			names = append(names, n)
		} else {
			names = append(names, c)
		}
	}
	if len(names) == 0 && e.International {
		return "International"
	}
	return strings.Join(names, ", ")
}
