package charts

import (
	"strconv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n/catalog"
	"github.com/laborlens/laborlens/query"
)

// A Printer puts every chart's text in its language; English stays the
// golden files' text.
func TestChartsInLanguage(t *testing.T) {
	d, events := fixture(t)
	pl := Config{OrgName: OrgNames(d), Printer: catalog.Printer("pl")}
	js, table, err := Build(PerYear, events, pl)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"name":"Rok"`, `"name":"Wydarzenia"`, "Wydarzenia według roku i rodzaju", "Strajk"} {
		if !strings.Contains(string(js), want) {
			t.Errorf("per-year in Polish has no %s", want)
		}
	}
	if table.Columns[0] != "Rok" || strings.Contains(string(js), `"Strike"`) {
		t.Errorf("per-year table columns %q", table.Columns)
	}
	de := Config{OrgName: OrgNames(d), Printer: catalog.Printer("de")}
	js, err = BuildTimeline(events, query.LaneCountry, de)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ereignisse im Zeitverlauf, nach Land", "Vereinigte Staaten"} {
		if !strings.Contains(string(js), want) {
			t.Errorf("the German timeline by country has no %s", want)
		}
	}
}

// The tooltips of the largest, elections and timeline charts name an
// event's countries, kind, date and figures in the chart's language (the
// dataset's place, title and counts stay as they are), and the timeline's
// accessible description is in it too.
func TestTooltipsInLanguage(t *testing.T) {
	d, events := fixture(t)
	de := Config{OrgName: OrgNames(d), Printer: catalog.Printer("de")}
	js, _, err := Build(Largest, events, de)
	if err != nil {
		t.Fatal(err)
	}
	// 2023-11-24-black-friday-strikes has no place, only countries.
	if s := string(js); !strings.Contains(s, "Deutschland, Vereinigtes Königreich, Italien") || strings.Contains(s, "Germany") {
		t.Errorf("the German largest chart's tooltips do not name the countries in German")
	}
	n := 120
	vote := &dataset.Event{ID: "2022-04-01-vote", Title: "A vote", Kind: dataset.UnionElection, Date: dataset.Date{Year: 2022, Month: 4, Day: 1},
		Countries: []string{"CA"}, Election: &dataset.Election{VotesFor: &n, Result: "won"}}
	js, table, err := Build(Elections, []*dataset.Event{vote}, de)
	if err != nil {
		t.Fatal(err)
	}
	if len(table.Rows) != 1 || table.Rows[0][2] != "Die Gewerkschaft hat gewonnen" {
		t.Errorf("the German elections table: %q", table.Rows)
	}
	if s := string(js); !strings.Contains(s, "Kanada") || strings.Contains(s, "Canada") || !strings.Contains(s, "Die Gewerkschaft hat gewonnen") {
		t.Errorf("the German elections chart: %s", s)
	}
	for _, lane := range []query.Lane{query.LaneKind, query.LaneOrg} {
		js, err = BuildTimeline(events, lane, de)
		if err != nil {
			t.Fatal(err)
		}
		s := string(js)
		for _, want := range []string{"Deutschland, Vereinigtes Königreich, Italien", "Streik", "24. Nov. 2023", "2.400", "in der Spur nach"} {
			if !strings.Contains(s, want) {
				t.Errorf("the German timeline (%s lanes) has no %q", lane, want)
			}
		}
		if lane == query.LaneOrg && !strings.Contains(s, `"Sonstige"`) {
			t.Error("the German timeline by organization has no lane Sonstige (Other)")
		}
		if !strings.Contains(s, `<b><span lang=\"en\">`) {
			t.Errorf("the German timeline (%s lanes) does not mark the events' titles English", lane)
		}
		for _, english := range []string{"Germany", "Strike<", "Each dot", "Nov 2023", `"Other"`} {
			if strings.Contains(s, english) {
				t.Errorf("the German timeline (%s lanes) has English %q", lane, english)
			}
		}
	}
}

// Beyond TimelineDetail events the timeline's monthly dots and their
// description are in the chart's language.
func TestMonthlyTimelineInLanguage(t *testing.T) {
	events := make([]*dataset.Event, TimelineDetail+1)
	for i := range events {
		events[i] = &dataset.Event{ID: "e" + strconv.Itoa(i), Title: "E", Kind: dataset.Strike, Date: dataset.Date{Year: 2023, Month: 3, Day: 1}, Countries: []string{"DE"}}
	}
	js, err := BuildTimeline(events, query.LaneCountry, Config{Printer: catalog.Printer("fr")})
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	for _, want := range []string{"Mars 2023", "2\u202f001 événements", "chaque point représente les événements d’un mois"} {
		if !strings.Contains(s, want) {
			t.Errorf("the French monthly timeline has no %q", want)
		}
	}
	if strings.Contains(s, "March") || strings.Contains(s, " events") {
		t.Error("the French monthly timeline has English left")
	}
}
