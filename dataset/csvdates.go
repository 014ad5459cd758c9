package dataset

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/rx"
)

// The date formats a CSV file may use. Spreadsheets write dates in the
// order of the computer's locale, so besides LaborLens's own YYYY-MM-DD a
// CSV may use day-first or month-first dates with slashes, when the file
// says which (a "# date_format: DD/MM/YYYY" line above the header) or when
// its dates show it (25/03/2022 can only be day first).
const (
	DateISO      = "YYYY-MM-DD"
	DateDayFirst = "DD/MM/YYYY"
	DateMonFirst = "MM/DD/YYYY"
)

// DateFormat says how a CSV file's dates were read: the format, and why.
type DateFormat struct {
	Format string // DateISO, DateDayFirst or DateMonFirst
	How    string // e.g. `stated by the file's "# date_format" line`; empty for DateISO
}

// String is e.g. "DD/MM/YYYY (stated by ...)".
func (f DateFormat) String() string {
	if f.How == "" {
		return f.Format
	}
	return f.Format + " (" + f.How + ")"
}

// slashDate matches d/m/yyyy or m/d/yyyy, one or two digits each.
var slashDate = rx.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// dateFormatLine finds the "# date_format: ..." line among the comment
// lines above the header; a spreadsheet may add separators after it.
var dateFormatLine = rx.MustCompile(`(?i)^#\s*date[_ ]format\s*[:=]?\s*([A-Za-z/\-]+)`)

// statedDateFormat reads the date_format comment above the header: the
// format, its line, and whether one was given.
func statedDateFormat(b []byte) (format string, line int, given bool, err error) {
	for rest := b; len(rest) > 0; {
		var l []byte
		l, rest, _ = bytes.Cut(rest, []byte{'\n'})
		line++
		l = bytes.TrimSpace(l)
		if !bytes.HasPrefix(l, []byte{'#'}) {
			break
		}
		m := dateFormatLine.FindSubmatch(l)
		if m == nil {
			continue
		}
		switch f := strings.ToUpper(string(m[1])); f {
		case DateISO, DateDayFirst, DateMonFirst:
			return f, line, true, nil
		default:
			return "", line, true, fmt.Errorf("date_format %q is not one LaborLens reads: want %s, %s or %s", m[1], DateISO, DateDayFirst, DateMonFirst)
		}
	}
	return "", 0, false, nil
}

// detectDateFormat decides how the dates of a CSV file are written. When
// slash dates are there but their order is neither stated nor shown by the
// dates, the format is empty and How says why: each such date is then a
// problem. A date_format line it cannot read is a problem for the file.
func detectDateFormat(b []byte, comma rune) (DateFormat, *located) {
	fileProblem := func(line int, format string, args ...any) *located {
		return &located{Problem: Problem{Line: line, Record: "header", Field: "date_format", Msg: fmt.Sprintf(format, args...)}}
	}
	stated, line, given, err := statedDateFormat(b)
	if err != nil {
		return DateFormat{Format: DateISO}, fileProblem(line, "%v", err)
	}
	if given {
		return DateFormat{Format: stated, How: fmt.Sprintf("as line %d of the file states", line)}, nil
	}
	if !bytes.Contains(b, []byte{'/'}) {
		return DateFormat{Format: DateISO}, nil
	}
	// Read the date cells only, to see which order they show.
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma, r.Comment, r.FieldsPerRecord, r.ReuseRecord = comma, '#', -1, true
	header, err := r.Read()
	if err != nil {
		return DateFormat{Format: DateISO}, nil // decodeCSV reports it
	}
	var cols []int
	for i, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "date", "end_date", "end date", "source_dates", "source dates":
			cols = append(cols, i)
		}
	}
	type seen struct {
		s    string
		line int
	}
	var first, dayFirst, monFirst *seen
	for {
		rec, err := r.Read()
		if err == io.EOF || (err != nil && !isFieldCount(err)) {
			break
		}
		for _, j := range cols {
			if j >= len(rec) {
				continue
			}
			for _, s := range splitList(rec[j]) {
				m := slashDate.FindStringSubmatch(strings.TrimSpace(UnescapeCell(strings.TrimSpace(s))))
				if m == nil {
					continue
				}
				line, _ := r.FieldPos(j)
				a, _ := strconv.Atoi(m[1])
				c, _ := strconv.Atoi(m[2])
				at := &seen{m[0], line}
				if first == nil {
					first = at
				}
				if a > 12 && c <= 12 && dayFirst == nil {
					dayFirst = at
				}
				if c > 12 && a <= 12 && monFirst == nil {
					monFirst = at
				}
			}
		}
	}
	switch {
	case first == nil:
		return DateFormat{Format: DateISO}, nil
	case dayFirst != nil && monFirst != nil:
		return DateFormat{How: fmt.Sprintf("the file mixes day first (%s, line %d) and month first (%s, line %d): write the dates all one way, or as YYYY-MM-DD",
			dayFirst.s, dayFirst.line, monFirst.s, monFirst.line)}, nil
	case dayFirst != nil:
		return DateFormat{Format: DateDayFirst, How: fmt.Sprintf("day first, as %s on line %d shows", dayFirst.s, dayFirst.line)}, nil
	case monFirst != nil:
		return DateFormat{Format: DateMonFirst, How: fmt.Sprintf("month first, as %s on line %d shows", monFirst.s, monFirst.line)}, nil
	}
	return DateFormat{How: "day first or month first? Add the line \"# date_format: DD/MM/YYYY\" (or MM/DD/YYYY) above the header, or write the dates as YYYY-MM-DD"}, nil
}

func isFieldCount(err error) bool {
	pe, ok := err.(*csv.ParseError)
	return ok && pe.Err == csv.ErrFieldCount
}

// parseCSVDate reads a date cell in format f: YYYY, YYYY-MM or YYYY-MM-DD
// always, and d/m/yyyy or m/d/yyyy in the slash formats.
func parseCSVDate(s string, f DateFormat) (Date, error) {
	m := slashDate.FindStringSubmatch(s)
	if m == nil {
		d, err := ParseDate(s)
		if err != nil && strings.Contains(s, "/") && f.Format != DateISO && f.Format != "" {
			return Date{}, fmt.Errorf("invalid date %q: want %s (or YYYY-MM-DD)", s, f.Format)
		}
		return d, err
	}
	switch f.Format {
	case "":
		return Date{}, fmt.Errorf("invalid date %q: %s", s, f.How)
	case DateISO:
		return Date{}, fmt.Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD, or say the order of day and month with a \"# date_format: DD/MM/YYYY\" line above the header", s)
	}
	day, month := m[1], m[2]
	if f.Format == DateMonFirst {
		day, month = month, day
	}
	iso := m[3] + "-" + pad2(month) + "-" + pad2(day)
	d, err := ParseDate(iso)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q read as %s: %v", s, f.Format, strings.TrimPrefix(err.Error(), fmt.Sprintf("invalid date %q: ", iso)))
	}
	return d, nil
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
