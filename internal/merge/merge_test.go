package merge

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// base is a small dataset file in the shipped file's layout.
const base = `{
  "meta": {
    "title": "Test",
    "version": "2026.11.0",
    "updated": "2026-11-23",
    "license": "CC-BY-4.0",
    "citation": "Test, version 2026.11.0, updated 2026-11-23."
  },
  "organizations": [
    {
      "id": "amazon-labor-union",
      "kind": "union",
      "name": "Amazon Labor Union"
    },
    {
      "id": "verdi",
      "name": "ver.di",
      "kind": "union"
    }
  ],
  "facilities": [
    {
      "code": "JFK8",
      "country": "US"
    }
  ],
  "campaigns": [],
  "events": [
    {
      "id": "2024-01-02-b",
      "date": "2024-01-02",
      "title": "B",
      "summary": "B.",
      "kind": "strike",
      "countries": ["DE"],
      "sources": [{"url": "https://example.org/b"}]
    },
    {
      "id": "2022-04-01-a",
      "date": "2022-04-01",
      "title": "A",
      "summary": "A.",
      "kind": "union-election",
      "countries": ["US"],
      "sources": [{"url": "https://example.org/a"}]
    }
  ]
}
`

func event(id, date, org string) string {
	return `{"id": "` + id + `", "date": "` + date + `", "title": "T ` + id + `", "summary": "S & <s>.", "kind": "protest",
		"countries": ["US"], "organizations": ["` + org + `"], "sources": [{"url": "https://example.org/` + id + `"}]}`
}

func run(t *testing.T, opt Options, frags ...string) *Result {
	t.Helper()
	var fs []Fragment
	for i, f := range frags {
		fs = append(fs, Fragment{Name: "frag" + string(rune('1'+i)) + ".json", Data: []byte(f)})
	}
	res, err := Merge("dataset.json", []byte(base), fs, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestMergeAddsInOrderAndKeepsTheFile(t *testing.T) {
	res := run(t, Options{},
		`{"organizations": [{"id": "teamsters", "name": "Teamsters", "kind": "union"}, {"id": "verdi", "name": "Other", "kind": "union"}],
		  "campaigns": [{"id": "c", "name": "C"}],
		  "events": [`+event("2023-05-01-mid", "2023-05-01", "teamsters")+`, `+event("2025-01-01-new", "2025-01", "verdi")+`, `+event("2022-04-01-a", "2022-04-01", "verdi")+`]}`,
		`{"events": [`+event("2021-01-01-old", "2021", "amazon-labor-union")+`]}`)
	if len(res.Problems) > 0 {
		t.Fatalf("problems: %v", res.Problems)
	}
	out := string(res.Out)
	// Every line of the file is still there, in order.
	rest := out
	for _, line := range strings.Split(base, "\n") {
		if line == "  \"campaigns\": []," {
			continue // the empty list is opened to take the new campaign
		}
		i := strings.Index(rest, line+"\n")
		if i < 0 {
			t.Fatalf("line %q lost or moved:\n%s", line, out)
		}
		rest = rest[i+len(line)+1:]
	}
	d, err := dataset.Parse("out.json", res.Out)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	var raw struct{ Events []struct{ ID string } }
	json.Unmarshal(res.Out, &raw)
	for _, e := range raw.Events {
		order = append(order, e.ID)
	}
	if got, want := strings.Join(order, " "), "2025-01-01-new 2024-01-02-b 2023-05-01-mid 2022-04-01-a 2021-01-01-old"; got != want {
		t.Errorf("events in the file: %s, want %s", got, want)
	}
	if _, ok := d.Org("teamsters"); !ok || res.Added != 5 {
		t.Errorf("added %d records; teamsters: %v", res.Added, ok)
	}
	if o, _ := d.Org("verdi"); o.Name != "ver.di" {
		t.Errorf("an existing organization was replaced: %+v", o)
	}
	for _, want := range []string{
		"  \"campaigns\": [\n    {\n      \"id\": \"c\",\n      \"name\": \"C\"\n    }\n  ],\n",
		`"summary": "S & <s>.",`, // not \u0026
		"    },\n    {\n      \"id\": \"2023-05-01-mid\",\n      \"date\": \"2023-05-01\",",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	report := strings.Join(res.Report, "\n")
	for _, want := range []string{"frag1.json: organizations verdi: skipped", "frag1.json: events 2022-04-01-a: skipped", "frag1.json: 4 new records, 2 already present", "frag2.json: 1 new records"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

func TestMergeRefusesProblems(t *testing.T) {
	res := run(t, Options{}, `{"events": [`+event("2023-05-01-x", "2023-05-01", "teamster")+`]}`,
		"{\n\"events\": [\n{\"id\": \"2023-06-01-y\", \"dat\": \"2023-06-01\"}]}")
	if res.Out != nil {
		t.Fatal("wrote a dataset with problems")
	}
	got := strings.Join(res.Problems, "\n")
	for _, want := range []string{
		`frag1.json: events "2023-05-01-x": organizations[0]: unknown organization "teamster"`,
		`frag2.json:3: event "2023-06-01-y" (events[0]): dat: unknown field "dat" (did you mean "date"?)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}

func TestMergeDropsInvalidRecords(t *testing.T) {
	res := run(t, Options{Drop: true},
		`{"organizations": [{"id": "bad-org", "name": "Bad", "kind": "unionn"}],
		  "events": [`+event("2023-05-01-x", "2023-05-01", "bad-org")+`, `+event("2023-05-02-ok", "2023-05-02", "verdi")+`]}`,
		`{"events": [{"id": "2023-06-01-y", "dat": "2023-06-01"}]}`)
	if len(res.Problems) > 0 || res.Out == nil {
		t.Fatalf("problems: %v", res.Problems)
	}
	report := strings.Join(res.Report, "\n")
	for _, want := range []string{
		"frag1.json: organizations bad-org: dropped:\n  kind: unknown organization kind \"unionn\"",
		"frag1.json: events 2023-05-01-x: dropped:\n  organizations[0]: unknown organization \"bad-org\"",
		"frag2.json: events 2023-06-01-y: dropped, it cannot be read",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	d, err := dataset.Parse("out.json", res.Out)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Event("2023-05-02-ok"); !ok || len(d.Events) != 3 || res.Added != 1 {
		t.Errorf("%d events, added %d; the valid one kept: %v", len(d.Events), res.Added, ok)
	}
}

func TestMergeSetsVersion(t *testing.T) {
	res := run(t, Options{Version: "2026.12.0", Updated: "2026-12-02"})
	if len(res.Problems) > 0 {
		t.Fatal(res.Problems)
	}
	want := strings.NewReplacer("2026.11.0", "2026.12.0", "2026-11-23", "2026-12-02").Replace(base)
	if string(res.Out) != want {
		t.Errorf("got\n%s\nwant\n%s", res.Out, want)
	}
}

func TestMergeSyntaxError(t *testing.T) {
	res := run(t, Options{Drop: true}, `{"events": [`)
	if res.Out != nil || len(res.Problems) != 1 || !strings.Contains(res.Problems[0], "frag1.json:1: syntax error") {
		t.Errorf("problems: %v", res.Problems)
	}
}
