package report

import (
	"os"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func ev(id, date, place string, countries []string, urls ...string) dataset.Event {
	e := dataset.Event{ID: id, Title: id, Summary: "S.", Kind: dataset.Protest, Place: place, Countries: countries}
	e.Date, _ = dataset.ParseDate(date)
	for _, u := range urls {
		e.Sources = append(e.Sources, dataset.Source{URL: u})
	}
	return e
}

func testDataset(t *testing.T) *dataset.Dataset {
	t.Helper()
	d := &dataset.Dataset{
		Meta:          dataset.Meta{Title: "T", Version: "1", Updated: "2026-12-01", License: "CC-BY-4.0"},
		Facilities:    []dataset.Facility{{Code: "DBK4", City: "Queens", Country: "US"}},
		Organizations: []dataset.Organization{{ID: "no-tech", Name: "No Tech for Apartheid", Kind: dataset.Coalition}, {ID: "au", Name: "Amazonians United", Kind: dataset.WorkerGroup}},
		Events: []dataset.Event{
			// CAiT 8: cites the row's URL, with another scheme and a slash less.
			ev("2000-11-16-washtech", "2000-11-16", "Seattle, Washington", []string{"US"}, "http://www.money.example/2000/11/16/amazon_union"),
			// CAiT 9: cites the CAiT record.
			ev("2000-11-ufcw", "2000-11", "", []string{"US"}, "https://data.collectiveaction.tech/action/9"),
			// LAT 175: same place, 5 days off.
			ev("2021-03-08-bessemer-rally", "2021-03-08", "Bessemer, Alabama", []string{"US"}, "https://example.org/a"),
			// LAT 893: at a facility in Queens, the same day.
			ev("2022-03-16-dbk4", "2022-03-16", "", []string{"US"}, "https://example.org/b"),
			// LAT 1434 is not covered: Seattle, but 9 days off.
			ev("2022-09-29-seattle", "2022-09-29", "Seattle, Washington", []string{"US"}, "https://example.org/c"),
			// LAT 4532 is not covered: the right day, another place.
			ev("2025-12-16-elsewhere", "2025-12-16", "Riverside, California", []string{"US"}, "https://example.org/d"),
			// Nor is LAT 1434 by these: the right day and place, but a
			// shareholder vote, or another organization's rally.
			ev("2022-09-20-seattle-vote", "2022-09-20", "Seattle, Washington", []string{"US"}, "https://example.org/e"),
			ev("2022-09-20-seattle-other", "2022-09-20", "Seattle, Washington", []string{"US"}, "https://example.org/f"),
			// A US protest in one city is not CAiT 9's nationwide drive.
			ev("2000-11-24-one-city", "2000-11-24", "Portland, Oregon", []string{"US"}, "https://example.org/g"),
			// A ruling: it needs two sources and has one.
			ev("2019-01-ruling", "2019-01", "", []string{"DE"}, "https://example.org/h"),
		},
	}
	d.Events[3].Facilities, d.Events[3].Kind, d.Events[3].Organizations = []string{"DBK4"}, dataset.Strike, []string{"au"}
	d.Events[6].Kind = dataset.ShareholderAction
	d.Events[9].Kind = dataset.RegulatoryAction
	d.Events[7].Organizations = []string{"no-tech"}
	d.Events[0].Participants = []dataset.Participant{{Count: 1200, What: "signed", CountedBy: "union"}, {Count: 900, What: "signed"}}
	d.Events[0].Sources = append(d.Events[0].Sources, dataset.Source{URL: "https://example.org/second"})
	d.Events[1].Kind = dataset.UnionElection
	if ps := d.Validate(); ps != nil {
		t.Fatal(ps)
	}
	return d
}

func TestCoverage(t *testing.T) {
	f, err := os.Open("testdata/gaps.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gaps, err := ReadGaps(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(gaps) != 6 || len(gaps[2].SourceURLs) != 2 || len(gaps[3].Places) != 2 {
		t.Fatalf("read %d gaps: %+v", len(gaps), gaps)
	}
	c := Cover(testDataset(t), gaps)
	want := map[string]string{"CAiT 8": "2000-11-16-washtech", "CAiT 9": "2000-11-ufcw", "LAT 175": "2021-03-08-bessemer-rally", "LAT 893": "2022-03-16-dbk4"}
	if c.Covered != 4 || len(c.Matches) != 4 {
		t.Errorf("covered %d: %v", c.Covered, c.Matches)
	}
	for k, id := range want {
		if c.Matches[k] != id {
			t.Errorf("%s matched %q, want %q", k, c.Matches[k], id)
		}
	}
	var b strings.Builder
	c.Write(&b, "gaps.tsv")
	for _, s := range []string{"covers: 4 of 6 (67%)", "missing: LAT 1434, 2022-09-20, Seattle, Washington, US", "missing: LAT 4532"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, b.String())
		}
	}
}

func TestFigures(t *testing.T) {
	f := Compute(testDataset(t))
	if f.Events != 10 || f.Figures != 2 || f.CountedBy != 1 || f.TwoSources != 1 || f.NeedTwo != 3 || f.NeedTwoHave != 1 || f.Elections != 1 {
		t.Errorf("figures %+v", f)
	}
	var b strings.Builder
	f.Write(&b)
	for _, s := range []string{"events: 10", "by kind: Protest 6, Regulatory action 1, Shareholder action 1, Strike 1, Union election 1", "by country (an event in several counts in each): US 9, DE 1", "by year: 2000 3, 2019 1, 2021 1, 2022 4, 2025 1",
		"participant figures with counted_by: 1 of 2 (50%)", "events with two or more sources: 1 of 10 (10%)", "with two or more: 1 of 3 (33%)\n  one source: 2000-11-ufcw\n  one source: 2019-01-ruling\n", "(votes for or against): 0 of 1 (0%)\n  no tally: 2000-11-ufcw\n"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, b.String())
		}
	}
}

func TestReadGapsErrors(t *testing.T) {
	for in, want := range map[string]string{
		"":             "empty file",
		"peer\tdate\n": `no column "peer_id"`,
		"peer\tpeer_id\tdate\tplace\tsource_urls\nLAT\t1\t2021-13-01\tX\t\n": "line 2: date",
	} {
		if _, err := ReadGaps(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadGaps(%q) = %v, want …%s…", in, err, want)
		}
	}
}
