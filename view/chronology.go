package view

import (
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// Year is one year of a chronology, its months in order.
type Year struct {
	Year   int
	Months []Month
}

// Month is one month of a chronology: "March 2023", or "Month not known"
// for the events dated to the year only.
type Month struct {
	Label  string
	Events []*dataset.Event
}

// Chronology groups events, given oldest first, by year and month: the
// timeline's text alternative.
func Chronology(events []*dataset.Event) []Year {
	var years []Year
	for _, e := range events {
		if len(years) == 0 || years[len(years)-1].Year != e.Date.Year {
			years = append(years, Year{Year: e.Date.Year})
		}
		y := &years[len(years)-1]
		label := format.MonthYear(e.Date)
		if len(y.Months) == 0 || y.Months[len(y.Months)-1].Label != label {
			y.Months = append(y.Months, Month{Label: label})
		}
		m := &y.Months[len(y.Months)-1]
		m.Events = append(m.Events, e)
	}
	return years
}
