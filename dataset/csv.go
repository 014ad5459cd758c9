package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"time"
)

// csvColumns are the columns a CSV file may have, in documentation order.
var csvColumns = []string{
	"id", "date", "end_date", "title", "summary", "kind",
	"countries", "international", "place", "region", "place_precision", "facilities", "organizations",
	"participants", "participants_what", "participants_counted_by", "participants_note",
	"demands", "outcome", "tags", "campaign",
	"source_urls", "source_titles", "source_publishers", "source_dates",
	"people", "former_ids",
	"election_body", "election_eligible", "election_votes_for", "election_votes_against",
	"election_challenged", "election_void", "election_result",
}

// csvRequired are the columns a CSV file must have.
var csvRequired = []string{"date", "title", "summary", "kind", "countries", "source_urls"}

// csvField maps a column to the event field it fills, to locate problems.
var csvField = map[string]string{
	"participants_what": "participants", "participants_counted_by": "participants", "participants_note": "participants",
	"source_urls": "sources", "source_titles": "sources", "source_publishers": "sources", "source_dates": "sources",
	"election_body": "election.body", "election_eligible": "election.eligible",
	"election_votes_for": "election.votes_for", "election_votes_against": "election.votes_against",
	"election_challenged": "election.challenged", "election_void": "election.void", "election_result": "election.result",
}

// now is the clock, replaced in tests.
var now = time.Now

// csvReader turns the rows of a CSV file into a dataset.
type csvReader struct {
	d     *Dataset
	probs []located
	lines map[string]int // full path -> line
	cols  map[string]int // column name -> index in the row

	orgs       map[string]int // id -> index in d.Organizations
	facilities map[string]int
	campaigns  map[string]int

	dates DateFormat // how the date cells are written

	firstCol map[string]int // event field -> its first column's index; see fieldCol
}

// fieldCol maps each event field the columns fill to the index of its
// first column (sources: the first of source_urls, source_titles, ...).
func (c *csvReader) fieldCol() map[string]int {
	if c.firstCol == nil {
		c.firstCol = map[string]int{}
		for col, j := range c.cols {
			f := col
			if jf, ok := csvField[col]; ok {
				f = jf
			}
			if old, ok := c.firstCol[f]; !ok || j < old {
				c.firstCol[f] = j
			}
		}
	}
	return c.firstCol
}

// line is the line of the record or field at path: its own, or its
// record's.
func (c *csvReader) line(path string) int {
	for ; path != ""; path = parent(path) {
		if l, ok := c.lines[path]; ok {
			return l
		}
	}
	return 0
}

// decodeCSV reads a dataset from a CSV file; see docs/dataset.md. It
// returns the problems found and the line of each record and field by path.
// fatal is set when the file cannot be read any further.
func decodeCSV(name string, b []byte) (d *Dataset, probs []located, lines map[string]int, fatal bool, dates DateFormat) {
	c := &csvReader{
		d:          new(Dataset),
		lines:      map[string]int{},
		cols:       map[string]int{},
		orgs:       map[string]int{},
		facilities: map[string]int{},
		campaigns:  map[string]int{},
	}
	comma := sniffComma(b)
	var bad *located
	if c.dates, bad = detectDateFormat(b, comma); bad != nil {
		c.probs = append(c.probs, *bad)
		return c.d, c.probs, c.lines, true, c.dates
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = comma
	r.Comment = '#' // LaborLens's own exports start with a "# Source: ..." line
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		c.fatal(err, "empty file: want a header row naming the columns, e.g. date,title,summary,kind,countries,source_urls")
		return c.d, c.probs, c.lines, true, c.dates
	}
	if !c.header(header) {
		return c.d, c.probs, c.lines, true, c.dates
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.fatal(err, "")
			return c.d, c.probs, c.lines, true, c.dates
		}
		if blank(rec) {
			continue
		}
		c.row(r, rec, len(header))
	}
	c.d.Meta = c.meta(name)
	return c.d, c.probs, c.lines, false, c.dates
}

// sniffComma picks the separator of the header line (the first line that
// is not a # comment): a comma, or a semicolon or tab as some spreadsheets
// export in some locales.
func sniffComma(b []byte) rune {
	line, rest, _ := bytes.Cut(b, []byte{'\n'})
	for bytes.HasPrefix(line, []byte{'#'}) && len(rest) > 0 {
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
	}
	best, n := ',', bytes.Count(line, []byte{','})
	for _, c := range []rune{';', '\t'} {
		if m := bytes.Count(line, []byte(string(c))); m > n {
			best, n = c, m
		}
	}
	return best
}

func (c *csvReader) fatal(err error, msg string) {
	line := 1
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		line = pe.Line
		msg = fmt.Sprintf("syntax error at column %d: %v", pe.Column, pe.Err)
	case msg == "":
		msg = err.Error()
	}
	c.probs = append(c.probs, located{Problem: Problem{Line: line, Msg: msg}})
}

// header reads the column names; it reports whether the rows can be read.
func (c *csvReader) header(cells []string) bool {
	ok := true
	bad := func(col, format string, args ...any) {
		c.probs = append(c.probs, located{Problem: Problem{
			Line: 1, Record: "header", Field: col, Msg: fmt.Sprintf(format, args...),
		}})
	}
	for i, cell := range cells {
		col := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(cell, "_", " ")), "_"))
		if _, dup := c.cols[col]; dup {
			bad(col, "column given twice")
			continue
		}
		if _, known := indexOf(csvColumns, col); !known {
			if col == "" {
				bad(fmt.Sprintf("column %d", i+1), "no column name")
			} else if s := didYouMean(col, csvColumns); s != "" {
				bad(col, "unknown column%s", s)
			} else {
				bad(col, "unknown column; want one of %s", strings.Join(csvColumns, ", "))
			}
			continue
		}
		c.cols[col] = i
	}
	for _, col := range csvRequired {
		if _, found := c.cols[col]; !found {
			bad(col, "missing column: a CSV dataset needs the columns %s", strings.Join(csvRequired, ", "))
			ok = false
		}
	}
	return ok
}

func indexOf(list []string, s string) (int, bool) {
	for i, x := range list {
		if x == s {
			return i, true
		}
	}
	return -1, false
}

func blank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// row turns one CSV row into an event, adding the organizations,
// facilities and campaign it names.
func (c *csvReader) row(r *csv.Reader, rec []string, width int) {
	i := len(c.d.Events)
	at := fmt.Sprintf("events[%d]", i)
	line, _ := r.FieldPos(0)
	c.lines[at] = line
	// A field is on the line of its first column. Only a field on a later
	// line than the row's (after a quoted newline) is noted: the others
	// are found through the row.
	for f, j := range c.fieldCol() {
		if j < len(rec) {
			if l, _ := r.FieldPos(j); l != line {
				c.lines[at+"."+f] = l
			}
		}
	}
	if len(rec) != width {
		c.probs = append(c.probs, located{at: at, Problem: Problem{
			Msg: fmt.Sprintf("row has %d cells but the header has %d: check for a stray separator or a missing quote", len(rec), width),
		}})
	}
	get := func(col string) string {
		if j, ok := c.cols[col]; ok && j < len(rec) {
			return strings.TrimSpace(UnescapeCell(rec[j]))
		}
		return ""
	}
	c.d.Events = append(c.d.Events, Event{})
	c.event(&c.d.Events[i], at, get)
}

// meta describes a CSV dataset: titled after its file, version "csv",
// updated on the latest event date that is not in the future.
func (c *csvReader) meta(name string) Meta {
	title := strings.TrimSuffix(path.Base(strings.ReplaceAll(name, `\`, "/")), path.Ext(name))
	if title == "" || title == "." || title == "/" {
		title = "CSV dataset"
	}
	t := now()
	today := Date{t.Year(), int(t.Month()), t.Day()}
	var latest Date
	for _, e := range c.d.Events {
		if d := e.Date.first(); !e.Date.IsZero() && d.Compare(today) <= 0 && d.Compare(latest) > 0 {
			latest = d
		}
	}
	if latest.IsZero() {
		latest = today
	}
	return Meta{
		Title:       title,
		Description: "Read from the CSV file " + path.Base(strings.ReplaceAll(name, `\`, "/")) + ".",
		Version:     "csv",
		Updated:     latest.String(),
		License:     "unspecified",
	}
}
