package dataset

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func fixClock(t *testing.T) {
	old := now
	now = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { now = old })
}

func TestParseCSVSample(t *testing.T) {
	fixClock(t)
	d, err := ParseFile("testdata/sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	wantMeta := Meta{Title: "sample", Description: "Read from the CSV file sample.csv.", Version: "csv", Updated: "2022-04-01", License: "unspecified"}
	if d.Meta != wantMeta {
		t.Errorf("meta:\n got %+v\nwant %+v", d.Meta, wantMeta)
	}
	if len(d.Events) != 3 {
		t.Fatalf("got %d events, want 3", len(d.Events))
	}
	e := d.Events[0]
	if e.ID != "2022-04-01-jfk8-workers-vote-to-join-the-amazon-labor-union" {
		t.Errorf("derived id %q", e.ID)
	}
	if e.Kind != UnionElection {
		t.Errorf("kind from label: got %q", e.Kind)
	}
	if !strings.Contains(e.Summary, "Union,\nthe first") {
		t.Errorf("multi-line summary: %q", e.Summary)
	}
	if want := []Participant{{Count: 2654, What: "voted yes", CountedBy: "NLRB"}}; !slices.Equal(e.Participants, want) {
		t.Errorf("participants: got %+v", e.Participants)
	}
	if want := []Person{{Name: "Christian Smalls", Role: "President", Org: "amazon-labor-union"}}; !slices.Equal(e.People, want) {
		t.Errorf("people: got %+v", e.People)
	}
	var orgs []string
	for _, o := range d.Organizations {
		orgs = append(orgs, o.ID+"="+o.Name+"/"+string(o.Kind))
	}
	wantOrgs := []string{"amazon=Amazon/other", "amazon-labor-union=Amazon Labor Union/other",
		"retail-wholesale-and-department-store-union=Retail, Wholesale and Department Store Union/other"}
	if !slices.Equal(orgs, wantOrgs) {
		t.Errorf("organizations:\n got %v\nwant %v", orgs, wantOrgs)
	}
	if want := []Facility{{Code: "BHM1", Country: "US"}, {Code: "JFK8", Country: "US"}}; !slices.Equal(d.Facilities, want) {
		t.Errorf("facilities: got %+v", d.Facilities)
	}
	if want := []Campaign{{ID: "bessemer-union-votes", Name: "Bessemer union votes"}}; !slices.Equal(d.Campaigns, want) {
		t.Errorf("campaigns: got %+v", d.Campaigns)
	}
	b := d.Events[1]
	want := []Source{
		{URL: "https://example.org/news/bessemer-vote", Publisher: "Example News"},
		{URL: "https://example.org/news/bessemer-vote-2", Title: "Second report", Publisher: "Other News"},
	}
	if !slices.Equal(b.Sources, want) {
		t.Errorf("parallel sources:\n got %+v\nwant %+v", b.Sources, want)
	}
	if got := d.EventsIn("bessemer-union-votes"); len(got) != 2 || got[0].Date != (Date{Year: 2021, Month: 3}) {
		t.Errorf("EventsIn: %v", got)
	}
}

const csvHead = "id,date,end_date,title,summary,kind,countries,international,facilities,participants,participants_what,source_urls,source_titles,source_dates\n"

func TestParseCSVRowProblems(t *testing.T) {
	fixClock(t)
	src := csvHead +
		`a,2022-04-01,,"Title, with comma","A summary
over two lines",strik,US,,JFK8,,,https://example.org/a,,` + "\n" +
		`b,4/1/2022,,T,S,strike,DE,maybe,JFK8,"1,200; lots",struck,https://example.org/b; https://example.org/c,one;two;three,2022-04-01;2022-4` + "\n" +
		",,,,,,,,,,,,,\n" +
		`c,2022,,T,S,strike,US,,,,,https://example.org/d` + "\n" +
		`,2202-01-01,,Far away,S,strike,US,,,,,https://example.org/e,,` + "\n"
	got := problems(t, "p.csv", src)
	wantProblems(t, got,
		`p.csv:3: event "a" (events[0]): kind: unknown kind "strik" (did you mean "strike"?)`,
		`p.csv:4: event "b" (events[1]): date: invalid date "4/1/2022": day first or month first? Add the line "# date_format: DD/MM/YYYY" (or MM/DD/YYYY) above the header, or write the dates as YYYY-MM-DD (if a spreadsheet changed the date, format the column as text)`,
		`p.csv:4: event "b" (events[1]): international: "maybe" is not yes or no`,
		`p.csv:4: event "b" (events[1]): facilities: facility JFK8 is in US (line 3), but this event's first country is DE`,
		`p.csv:4: event "b" (events[1]): participants[1].count: "lots" is not a whole number`,
		`p.csv:4: event "b" (events[1]): participants: participants_what has 1 items but participants has 2`,
		`p.csv:4: event "b" (events[1]): sources: source_titles has 3 items but source_urls has 2`,
		`p.csv:4: event "b" (events[1]): sources[1].date: invalid date "2022-4"`,
		`p.csv:6: event "c" (events[2]): row has 12 cells but the header has 14`,
		`p.csv:7: event "2202-01-01-far-away" (events[3]): date: 2202-01-01 is in the far future: after 2023`,
	)
}

func TestParseCSVHeaderProblems(t *testing.T) {
	got := problems(t, "h.csv", "date,title,summry,kind,countries,source_urls,Source URLs,\n2022,T,S,strike,US,https://example.org/\n")
	wantProblems(t, got,
		`h.csv:1: header: summry: unknown column (did you mean "summary"?)`,
		`h.csv:1: header: source_urls: column given twice`,
		`h.csv:1: header: column 8: no column name`,
		`h.csv:1: header: summary: missing column: a CSV dataset needs the columns date, title, summary, kind, countries, source_urls`,
	)
}

func TestParseCSVSyntaxError(t *testing.T) {
	got := problems(t, "s.csv", "date,title,summary,kind,countries,source_urls\n2022,T,S,strike,US,https://example.org/\n2022,\"T\" x,S,strike,US,https://example.org/\n")
	wantProblems(t, got, `s.csv:3: syntax error at column`)
	got = problems(t, "e.csv", "")
	wantProblems(t, got, `e.csv:1: empty file`)
}

func TestParseCSVSemicolons(t *testing.T) {
	fixClock(t)
	src := "Date;Title;Summary;Kind;Countries;Source URLs;International\n" +
		"2023-11-24;Make Amazon Pay;Protests in many countries.;campaign;\"DE; FR\";https://example.org/map;\n" +
		"2023-11-25;Online rally;Workers met online.;Protest;;https://example.org/rally;yes\n"
	d, err := Parse("Make Amazon Pay 2023.csv", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Title != "Make Amazon Pay 2023" || d.Meta.Updated != "2023-11-25" {
		t.Errorf("meta %+v", d.Meta)
	}
	if e := d.Events[1]; !slices.Equal(e.Countries, []string{"DE", "FR"}) || e.ID != "2023-11-24-make-amazon-pay" {
		t.Errorf("event %+v", e)
	}
	if e := d.Events[0]; !e.International || e.Kind != Protest {
		t.Errorf("event %+v", e)
	}
}

// Updated is the latest event date that is not in the future, so that a
// mistyped year is still caught as far in the future.
func TestParseCSVUpdatedIgnoresFuture(t *testing.T) {
	fixClock(t)
	src := csvHead + ",2027-03,,Planned strike,S,strike,US,,,,,https://example.org/p,,\n" +
		",2026-05-06,,Strike,S,strike,US,,,,,https://example.org/s,,\n"
	d, err := Parse("u.csv", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Updated != "2026-05-06" {
		t.Errorf("updated = %s, want 2026-05-06", d.Meta.Updated)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"JFK8 workers vote to join the Amazon Labor Union": "jfk8-workers-vote-to-join-the-amazon-labor-union",
		"Grève à Saran — l'entrepôt s'arrête":              "greve-a-saran-lentrepot-sarrete",
		"Streik bei Amazon in Bad Hersfeld (ver.di)":       "streik-bei-amazon-in-bad-hersfeld-ver-di",
		"Workers' rights":                 "workers-rights",
		"Straße":                          "strasse",
		"アマゾン":                            "",
		"  --  ":                          "",
		strings.Repeat("solidarity ", 10): "solidarity-solidarity-solidarity-solidarity-solidarity",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		if got := Slug(in); got != "" && !IsSlug(got) {
			t.Errorf("Slug(%q) = %q is not a slug", in, got)
		}
	}
	if got := slugOr("アマゾン労働組合", "org"); !IsSlug(got) || !strings.HasPrefix(got, "org-") {
		t.Errorf("slugOr for a non-Latin name: %q", got)
	}
}

func TestIsSlugAndCode(t *testing.T) {
	for s, want := range map[string]bool{"a": true, "a-b-1": true, "": false, "-a": false, "a-": false, "a--b": false, "A": false, "a_b": false, "é": false} {
		if IsSlug(s) != want {
			t.Errorf("IsSlug(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"JFK8": true, "BHM1": true, "KCVG": true, "DE1": true, "AB": false, "ABCDEFG": false, "jfk8": false, "JFK-8": false} {
		if IsFacilityCode(s) != want {
			t.Errorf("IsFacilityCode(%q) = %v", s, !want)
		}
	}
}

func TestSampleCSVMatchesDocs(t *testing.T) {
	// The example in docs/dataset.md is testdata/sample.csv; keep them in step.
	doc, err := os.ReadFile("../docs/dataset.md")
	if err != nil {
		t.Skip("docs not found:", err)
	}
	csv := must(os.ReadFile("testdata/sample.csv"))
	if !strings.Contains(string(doc), string(csv)) {
		t.Error("docs/dataset.md does not contain testdata/sample.csv verbatim")
	}
}
