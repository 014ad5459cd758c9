// Package export writes a selection of events as CSV or JSON for visitors
// to download, each file carrying a line that says how to cite it. The CSV
// columns are the ones `laborlens validate` and `-data` read, so an export
// can be loaded back as a dataset.
package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Columns are the CSV header, in order.
var Columns = []string{
	"id", "date", "end_date", "title", "summary", "kind", "countries", "international", "place", "region",
	"place_precision", "facilities", "organizations", "participants", "participants_what", "participants_counted_by",
	"demands", "outcome", "tags", "campaign", "source_urls", "source_titles", "source_publishers", "source_dates",
	"former_ids", "election_body", "election_eligible", "election_votes_for", "election_votes_against",
	"election_challenged", "election_void", "election_result",
}

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
// and one row per event. Lists are ";"-separated; organizations by name.
func CSV(d *dataset.Dataset, events []*dataset.Event, citation string) []byte {
	var b bytes.Buffer
	b.WriteString("# " + strings.NewReplacer("\n", " ", "\r", " ").Replace(citation) + "\n")
	w := csv.NewWriter(&b)
	w.Write(Columns)
	for _, e := range events {
		w.Write(row(d, e))
	}
	w.Flush()
	return b.Bytes()
}

func row(d *dataset.Dataset, e *dataset.Event) []string {
	orgs := make([]string, len(e.Organizations))
	for i, id := range e.Organizations {
		orgs[i] = orgName(d, id)
	}
	var counts, whats, bys []string
	for _, p := range e.Participants {
		counts = append(counts, strconv.Itoa(p.Count))
		whats = append(whats, p.What)
		bys = append(bys, p.CountedBy)
	}
	var urls, titles, pubs, dates []string
	for _, s := range e.Sources {
		urls, titles, pubs, dates = append(urls, s.URL), append(titles, s.Title), append(pubs, s.Publisher), append(dates, s.Date.String())
	}
	campaign := ""
	if c, ok := d.Campaign(e.Campaign); ok {
		campaign = c.Name
	}
	return append([]string{
		e.ID, e.Date.String(), e.EndDate.String(), e.Title, e.Summary, string(e.Kind),
		join(e.Countries), strconv.FormatBool(e.International), e.Place, e.Region, string(e.Precision),
		join(e.Facilities), join(orgs), join(counts), join(whats), join(bys), join(e.Demands), e.Outcome,
		join(e.Tags), campaign, join(urls), join(titles), join(pubs), join(dates), join(e.FormerIDs),
	}, election(d, e.Election)...)
}

// orgName is the name of organization id, or id if it is unknown.
func orgName(d *dataset.Dataset, id string) string {
	if o, ok := d.Org(id); ok {
		return o.Name
	}
	return id
}

// election is the election_* cells of an event.
func election(d *dataset.Dataset, el *dataset.Election) []string {
	if el == nil {
		return make([]string, 7)
	}
	body := ""
	if el.Body != "" {
		body = orgName(d, el.Body)
	}
	n := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	return []string{body, n(el.Eligible), n(el.VotesFor), n(el.VotesAgainst), n(el.Challenged), n(el.Void), el.Result}
}

func join(list []string) string {
	if strings.Join(list, "") == "" {
		return ""
	}
	return strings.Join(list, ";")
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
