package app

import (
	"github.com/laborlens/laborlens/format"
	"strconv"
	"strings"
	"time"

	"github.com/laborlens/laborlens/dataset"
)

// humanDate writes a date as precisely as it is known: "31 May 2023",
// "May 2023" or "2023".
func humanDate(d dataset.Date) string {
	switch d.Precision() {
	case dataset.Day:
		return strconv.Itoa(d.Day) + " " + time.Month(d.Month).String() + " " + strconv.Itoa(d.Year)
	case dataset.Month:
		return time.Month(d.Month).String() + " " + strconv.Itoa(d.Year)
	case dataset.Year:
		return strconv.Itoa(d.Year)
	}
	return ""
}

// dateRange writes an event's date, with its end date when it has one.
func dateRange(e *dataset.Event) string {
	if e.EndDate.IsZero() {
		return humanDate(e.Date)
	}
	return humanDate(e.Date) + " – " + humanDate(e.EndDate)
}

// countryNames lists an event's countries by name.
func countryNames(e *dataset.Event) string {
	names := make([]string, 0, len(e.Countries)+1)
	for _, c := range e.Countries {
		names = append(names, dataset.CountryName(c))
	}
	if e.International && len(names) == 0 {
		names = append(names, "International")
	}
	return strings.Join(names, ", ")
}

// thousands writes n with thousands separators: 12,345.
func thousands(n int) string { return format.Thousands(n) }

// plural returns "1 event" or "12 events".
func plural(n int, one, many string) string { return format.Plural(n, one, many) }
