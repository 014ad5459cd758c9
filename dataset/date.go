package dataset

import (
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// Precisions, coarsest first. A zero Date has precision None.
const (
	None Precision = iota
	Year
	Month
	Day
)

// Date is a calendar date known to the year, the month or the day.
// Its JSON and text form is "YYYY", "YYYY-MM" or "YYYY-MM-DD".
type Date struct {
	Year, Month, Day int
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" and checks the calendar.
func ParseDate(s string) (Date, error) {
	var d Date
	bad := fmt.Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	switch len(s) {
	case 4, 7, 10:
	default:
		return Date{}, bad
	}
	num := func(part string) (int, bool) {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	var ok bool
	if d.Year, ok = num(s[:4]); !ok || d.Year < 1 {
		return Date{}, bad
	}
	if len(s) >= 7 {
		if s[4] != '-' {
			return Date{}, bad
		}
		if d.Month, ok = num(s[5:7]); !ok || d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("invalid date %q: month out of range", s)
		}
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return Date{}, bad
		}
		if d.Day, ok = num(s[8:10]); !ok || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
			return Date{}, fmt.Errorf("invalid date %q: day out of range", s)
		}
	}
	return d, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return None
	case d.Month == 0:
		return Year
	case d.Day == 0:
		return Month
	}
	return Day
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String returns the canonical form, "" for the zero date.
func (d Date) String() string {
	switch d.Precision() {
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Compare orders dates chronologically; a coarser date sorts before the
// finer dates it contains ("2022" < "2022-01" < "2022-01-01").
func (d Date) Compare(o Date) int {
	for _, p := range [][2]int{{d.Year, o.Year}, {d.Month, o.Month}, {d.Day, o.Day}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
