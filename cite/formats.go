package cite

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// bibEscaper escapes the characters BibTeX and LaTeX treat specially, in
// one pass so that no replacement is escaped again.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, `{`, `\{`, `}`, `\}`, `&`, `\&`, `%`, `\%`, `$`, `\$`,
	`#`, `\#`, `_`, `\_`, `^`, `\^{}`, `~`, `\~{}`,
)

// BibTeX is the citation as a BibTeX @misc entry, with the biblatex
// fields date, eventdate and version.
func (w Work) BibTeX() string {
	var b strings.Builder
	b.WriteString("@misc{" + w.Key + ",\n")
	field := func(name, value string) {
		if value != "" {
			b.WriteString("  " + name + " = {" + value + "},\n")
		}
	}
	field("author", "{"+bibEscaper.Replace(Author)+"}") // braced: a corporate name, not a person's
	field("title", "{"+bibEscaper.Replace(oneLine(w.Title))+"}")
	if len(w.Released) >= 4 {
		field("year", w.Released[:4])
	}
	field("date", w.Released)
	if !w.Event.IsZero() {
		field("eventdate", w.Event.String())
	}
	field("version", bibEscaper.Replace(w.Version))
	field("publisher", bibEscaper.Replace(w.Publisher))
	if w.IsRelease() {
		field("howpublished", "Dataset")
	} else {
		field("howpublished", bibEscaper.Replace(w.Container)+", dataset version "+bibEscaper.Replace(w.Version))
	}
	// URLs are written as they are: the url field is verbatim in biblatex.
	// Ours are built from ids and the host and hold no braces.
	field("url", strings.NewReplacer("{", "%7B", "}", "%7D").Replace(w.URL))
	note := oneLine(w.Note)
	if w.License != "" {
		note = strings.TrimPrefix(note+". Licensed "+w.License, ". ")
	}
	field("note", bibEscaper.Replace(note))
	b.WriteString("}\n")
	return b.String()
}

// RIS is the citation in the RIS format: type DATA for a release, ELEC (a
// web page) for an event, one "TAG  - value" per line, CRLF line ends.
func (w Work) RIS() string {
	var b strings.Builder
	tag := func(t, value string) {
		if value = oneLine(value); value != "" {
			b.WriteString(t + "  - " + value + "\r\n")
		}
	}
	if w.IsRelease() {
		tag("TY", "DATA")
	} else {
		tag("TY", "ELEC")
	}
	tag("TI", w.Title)
	tag("AU", Author)
	if len(w.Released) >= 4 {
		tag("PY", w.Released[:4])
	}
	tag("DA", strings.ReplaceAll(w.Released, "-", "/")+"/")
	tag("ET", w.Version)
	tag("PB", w.Publisher)
	tag("T2", w.Container)
	tag("UR", w.URL)
	if !w.Event.IsZero() {
		tag("N1", "Event date: "+format.Date(w.Event))
	}
	tag("N1", w.Note)
	if w.License != "" {
		tag("N1", "Licensed "+w.License)
	}
	b.WriteString("ER  - \r\n")
	return b.String()
}

// cslItem is one item of CSL-JSON, the Citation Style Language's data
// format (the input of citeproc processors, Zotero, Pandoc).
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	Author         []cslName `json:"author"`
	Issued         cslDate   `json:"issued"`
	EventDate      *cslDate  `json:"event-date,omitempty"`
	Version        string    `json:"version,omitempty"`
	Publisher      string    `json:"publisher,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Note           string    `json:"note,omitempty"`
	License        string    `json:"license,omitempty"`
}

type cslName struct {
	Literal string `json:"literal"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// CSLJSON is the citation as a CSL-JSON array of one item: type "dataset"
// for a release, "entry" (an entry of a database) for an event.
func (w Work) CSLJSON() []byte {
	item := cslItem{ID: w.Key, Type: "dataset", Title: w.Title, Author: []cslName{{Author}},
		Issued: cslDate{[][]int{dateParts(w.Released)}}, Version: w.Version, Publisher: w.Publisher,
		URL: w.URL, Note: w.Note, License: w.License}
	if !w.IsRelease() {
		item.Type = "entry"
		item.ContainerTitle = w.Container
		item.EventDate = &cslDate{[][]int{eventParts(w.Event)}}
	}
	b, _ := json.MarshalIndent([]cslItem{item}, "", "  ") // cannot fail: strings and ints
	return append(b, '\n')
}

// dateParts reads YYYY-MM-DD into [year, month, day], leaving out what is missing.
func dateParts(s string) []int {
	var parts []int
	for _, p := range strings.SplitN(s, "-", 3) {
		n, err := strconv.Atoi(p)
		if err != nil {
			break
		}
		parts = append(parts, n)
	}
	return parts
}

func eventParts(d dataset.Date) []int {
	switch d.Precision() {
	case dataset.Year:
		return []int{d.Year}
	case dataset.Month:
		return []int{d.Year, d.Month}
	}
	return []int{d.Year, d.Month, d.Day}
}
