package dataset

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"strconv"
	"strings"
)

// CSVHeader is the header row of a CSV dataset: every column the reader
// knows, in documentation order.
func CSVHeader() []string { return append([]string(nil), csvColumns...) }

// CSVRecord is the row of e, an event of d, under CSVHeader, written so
// that the CSV reader gives e back. Organizations and the campaign are
// written by name where the reader would make the same id of the name,
// else by id; lists are ";"-separated, with "\;" for a ";" inside an item.
func CSVRecord(d *Dataset, e *Event) []string {
	var counts, whats, bys, notes []string
	for _, p := range e.Participants {
		counts = append(counts, strconv.Itoa(p.Count))
		whats = append(whats, p.What)
		bys = append(bys, p.CountedBy)
		notes = append(notes, p.Note)
	}
	orgs := make([]string, len(e.Organizations))
	for i, id := range e.Organizations {
		orgs[i] = d.orgRef(id)
	}
	var urls, titles, pubs, dates []string
	for _, s := range e.Sources {
		urls, titles, pubs, dates = append(urls, s.URL), append(titles, s.Title), append(pubs, s.Publisher), append(dates, s.Date.String())
	}
	people := make([]string, len(e.People))
	for i, p := range e.People {
		people[i] = strings.TrimRight(p.Name+"|"+p.Role+"|"+d.orgRef(p.Org), "|")
	}
	campaign := e.Campaign
	if c, ok := d.Campaign(e.Campaign); ok && slugOr(c.Name, "campaign") == c.ID {
		campaign = c.Name
	}
	international := ""
	if e.International {
		international = "true"
	}
	cells := map[string]string{
		"id": e.ID, "date": e.Date.String(), "end_date": e.EndDate.String(),
		"title": e.Title, "summary": e.Summary, "kind": string(e.Kind),
		"countries": joinList(e.Countries), "international": international, "place": e.Place,
		"region": e.Region, "place_precision": string(e.Precision), "former_ids": joinList(e.FormerIDs),
		"facilities": joinList(e.Facilities), "organizations": joinList(orgs),
		"participants": joinList(counts), "participants_what": joinList(whats), "participants_counted_by": joinList(bys), "participants_note": joinList(notes),
		"demands": joinList(e.Demands), "outcome": e.Outcome, "tags": joinList(e.Tags), "campaign": campaign,
		"source_urls": joinList(urls), "source_titles": joinList(titles), "source_publishers": joinList(pubs), "source_dates": joinList(dates),
		"people": joinList(people),
	}
	if el := e.Election; el != nil {
		cells["election_body"], cells["election_result"] = d.orgRef(el.Body), el.Result
		for col, n := range map[string]*int{
			"election_eligible": el.Eligible, "election_votes_for": el.VotesFor, "election_votes_against": el.VotesAgainst,
			"election_challenged": el.Challenged, "election_void": el.Void,
		} {
			if n != nil {
				cells[col] = strconv.Itoa(*n)
			}
		}
	}
	row := make([]string, len(csvColumns))
	for i, col := range csvColumns {
		// A title such as =HYPERLINK(...) must reach a spreadsheet as text.
		row[i] = EscapeCell(cells[col])
	}
	return row
}

// orgRef is how the CSV names organization id: by its name when the
// reader makes id of the name, else by the id itself.
func (d *Dataset) orgRef(id string) string {
	if id == "" {
		return ""
	}
	if o, ok := d.Org(id); ok && slugOr(o.Name, "org") == id {
		return o.Name
	}
	return id
}

// listEscaper escapes the separator inside a list item; splitList undoes it.
var listEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`)

// joinList writes a list the way split and parallel read it: a list of
// empty items is an empty cell, and a trailing empty item gets the extra
// ";" that parallel drops.
func joinList(list []string) string {
	if strings.Join(list, "") == "" {
		return ""
	}
	escaped := make([]string, len(list))
	for i, s := range list {
		escaped[i] = listEscaper.Replace(s)
	}
	s := strings.Join(escaped, ";")
	if list[len(list)-1] == "" {
		s += ";"
	}
	return s
}

// Template is a CSV file to start a dataset from: the header with every
// column the reader knows, then two events of d as examples, the two that
// fill the most columns (real events with their sources, not made-up
// ones). It opens as a valid dataset.
func Template(d *Dataset) []byte {
	type scored struct {
		e *Event
		n int
	}
	var best []scored
	for i := range d.Events {
		e := &d.Events[i]
		n := 0
		for _, cell := range CSVRecord(d, e) {
			if cell != "" {
				n++
			}
		}
		best = append(best, scored{e, n})
	}
	sortStable(best, func(a, b *scored) int { return cmp.Compare(b.n, a.n) })
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(CSVHeader())
	for _, s := range best[:min(2, len(best))] {
		w.Write(CSVRecord(d, s.e))
	}
	w.Flush()
	return buf.Bytes()
}

// CSVRequired is the columns a CSV dataset must have.
func CSVRequired() []string { return append([]string(nil), csvRequired...) }
