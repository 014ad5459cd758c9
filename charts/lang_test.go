package charts

import (
	"strings"
	"testing"

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
