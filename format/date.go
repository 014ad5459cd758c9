package format

import (
	"strconv"
	"time"

	"github.com/laborlens/laborlens/dataset"
)

// Month is the English name of month m, 1–12: "March"; "" otherwise.
func Month(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return time.Month(m).String()
}

// MonthAbbr is the three-letter name of month m, 1–12: "Mar".
func MonthAbbr(m int) string {
	if n := Month(m); n != "" {
		return n[:3]
	}
	return ""
}

// Date writes a date as precisely as it is known: "31 May 2023",
// "May 2023" or "2023"; "" for no date.
func Date(d dataset.Date) string { return date(d, Month) }

// ShortDate is Date with short month names, for tight spaces such as a
// chart's tooltip: "2 Apr 2022", "Apr 2022", "2022".
func ShortDate(d dataset.Date) string { return date(d, MonthAbbr) }

func date(d dataset.Date, month func(int) string) string {
	switch d.Precision() {
	case dataset.Day:
		return strconv.Itoa(d.Day) + " " + month(d.Month) + " " + strconv.Itoa(d.Year)
	case dataset.Month:
		return month(d.Month) + " " + strconv.Itoa(d.Year)
	case dataset.Year:
		return strconv.Itoa(d.Year)
	}
	return ""
}

// MonthYear names the month of a date, "March 2023", or says that it is
// not known, for lists grouped by month.
func MonthYear(d dataset.Date) string {
	if d.Month == 0 {
		return "Month not known"
	}
	return Month(d.Month) + " " + strconv.Itoa(d.Year)
}

// DateRange writes an event's date, with its end date when it has one.
func DateRange(e *dataset.Event) string {
	if e.EndDate.IsZero() {
		return Date(e.Date)
	}
	return Date(e.Date) + " – " + Date(e.EndDate)
}
