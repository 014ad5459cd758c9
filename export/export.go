// Package export writes a selection of events as CSV or JSON for visitors
// to download, each file carrying a line that says how to cite it. The CSV
// columns are the ones `laborlens validate` and `-data` read, so an export
// can be loaded back as a dataset.
package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Citation is the line that tells how to cite an export of d made at
// pageURL (the view the visitor was looking at).
func Citation(d *dataset.Dataset, pageURL string) string {
	m := d.Meta
	s := "Source: " + m.Title
	if m.Version != "" {
		s += ", version " + m.Version
	}
	if m.Updated != "" {
		s += " (updated " + m.Updated + ")"
	}
	if m.License != "" {
		s += ", licence " + m.License
	}
	if pageURL != "" {
		s += ". Selection: " + pageURL
	}
	return s + "."
}

// CSV writes events as CSV: a first line "# <citation>", then the header
// and one row per event, in the dataset package's CSV format.
func CSV(d *dataset.Dataset, events []*dataset.Event, citation string) []byte {
	var b bytes.Buffer
	b.WriteString("# " + commentLine(citation) + "\n")
	w := csv.NewWriter(&b)
	w.Write(dataset.CSVHeader())
	for _, e := range events {
		w.Write(dataset.CSVRecord(d, e)) // formula cells neutralised
	}
	w.Flush()
	return b.Bytes()
}

// commentLine makes the citation one line that no spreadsheet evaluates:
// a spreadsheet splits it at commas, semicolons and tabs into cells, and
// the page URL in it comes from the visitor's address bar, so every piece
// that would start a formula gets the apostrophe EscapeCell gives a cell.
func commentLine(citation string) string {
	s := strings.NewReplacer("\n", " ", "\r", " ").Replace(citation)
	var b strings.Builder
	start := true // at the start of a cell, spaces skipped
	for _, r := range s {
		if start && r != ' ' && strings.ContainsRune("=+-@", r) {
			b.WriteByte('\'')
		}
		if r != ' ' {
			start = false
		}
		if r == ',' || r == ';' || r == '\t' {
			start = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// JSONFile is the shape of a JSON export.
type JSONFile struct {
	Citation      string                 `json:"citation"`
	Count         int                    `json:"count"`
	Events        []*dataset.Event       `json:"events"`
	Organizations []dataset.Organization `json:"organizations"`
}

// JSON writes events, with the organizations they name, as indented JSON.
func JSON(d *dataset.Dataset, events []*dataset.Event, citation string) ([]byte, error) {
	f := JSONFile{Citation: citation, Count: len(events), Events: events, Organizations: []dataset.Organization{}}
	seen := map[string]bool{}
	for _, e := range events {
		for _, id := range e.Organizations {
			if o, ok := d.Org(id); ok && !seen[id] {
				seen[id] = true
				f.Organizations = append(f.Organizations, *o)
			}
		}
	}
	if f.Events == nil {
		f.Events = []*dataset.Event{}
	}
	return json.MarshalIndent(f, "", "  ")
}
