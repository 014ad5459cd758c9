package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseFileSample(t *testing.T) {
	d, err := ParseFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range d.Events {
		ids = append(ids, e.ID)
	}
	want := []string{"2022-04-01-jfk8-union-election", "2021-04-09-bhm1-union-election", "2021-03-bhm1-rally"}
	if !slices.Equal(ids, want) {
		t.Errorf("events not newest first:\n got %v\nwant %v", ids, want)
	}
	if d.Organizations[0].ID != "amazon" || d.Organizations[2].ID != "rwdsu" {
		t.Errorf("organizations not sorted by id: %v", d.Organizations)
	}
	if d.Facilities[0].Code != "BHM1" {
		t.Errorf("facilities not sorted by code: %v", d.Facilities)
	}
	if e, ok := d.Event("2021-03-bhm1-rally"); !ok || e.EndDate != (Date{2021, 3, 0}) {
		t.Errorf("Event lookup: %v %v", e, ok)
	}
}

func TestParseFileMissing(t *testing.T) {
	if _, err := ParseFile(filepath.Join(t.TempDir(), "nope.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want a not-exist error", err)
	}
}

// problems parses src and returns its problems as strings.
func problems(t *testing.T, name, src string) []string {
	t.Helper()
	d, err := Parse(name, []byte(src))
	if err == nil {
		t.Fatalf("Parse accepted bad input; got %d events", len(d.Events))
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error is %T, want Problems: %v", err, err)
	}
	if d != nil {
		t.Errorf("Parse returned a dataset with its error")
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

// wantProblems checks that every wanted line is the prefix of a problem.
func wantProblems(t *testing.T, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("missing problem\n  %s\ngot:\n  %s", w, strings.Join(got, "\n  "))
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n  %s", len(got), len(want), strings.Join(got, "\n  "))
	}
}

const goodMeta = `"meta": {"title": "T", "version": "1", "updated": "2026-01-01", "license": "CC0-1.0"},`

func TestParseJSONLines(t *testing.T) {
	src := `{
  ` + goodMeta + `
  "organizations": [{"id": "alu", "name": "ALU", "kind": "union"}],
  "facilities": [],
  "events": [
    {
      "id": "2022-04-01-jfk8-union-election",
      "date": "2022-04-01",
      "title": "Vote",
      "summry": "typo",
      "kind": "strik",
      "countries": ["US"],
      "organizations": ["alu", "teamsters"],
      "sources": [{"url": "https://example.org/a"}, {"url": "example.org/b"}]
    },
    {"id": "x", "date": "2022-13-01", "title": "T", "summary": "S", "kind": "strike",
     "countries": ["US"], "participants": [{"count": "many", "what": "struck"}],
     "sources": [{"url": "https://example.org/c"}]},
    "not an event"
  ]
}`
	got := problems(t, "embed/dataset.json", src)
	wantProblems(t, got,
		`embed/dataset.json:10: event "2022-04-01-jfk8-union-election" (events[0]): summry: unknown field "summry" (did you mean "summary"?)`,
		`embed/dataset.json:6: event "2022-04-01-jfk8-union-election" (events[0]): summary: missing`,
		`embed/dataset.json:11: event "2022-04-01-jfk8-union-election" (events[0]): kind: unknown kind "strik" (did you mean "strike"?); want one of strike, walkout,`,
		`embed/dataset.json:13: event "2022-04-01-jfk8-union-election" (events[0]): organizations[1]: unknown organization "teamsters"`,
		`embed/dataset.json:14: event "2022-04-01-jfk8-union-election" (events[0]): sources[1].url: "example.org/b" is not an http or https URL`,
		`embed/dataset.json:16: event "x" (events[1]): date: invalid date "2022-13-01": month out of range`,
		`embed/dataset.json:17: event "x" (events[1]): participants[0].count: want a whole number, got the string "many"`,
		`embed/dataset.json:19: events[2]: want an object {...}, got the string "not an event"`,
	)
}

func TestParseJSONSyntaxError(t *testing.T) {
	src := "{\n  \"meta\": {\n    \"title\": \"T\",\n  }\n}\n"
	got := problems(t, "d.json", src)
	wantProblems(t, got, `d.json:4: syntax error: invalid character '}' looking for beginning of object key string`)
}

func TestParseJSONTruncated(t *testing.T) {
	got := problems(t, "d.json", "{\n\"meta\": {\"title\": \"T\"\n")
	wantProblems(t, got, `d.json:3: syntax error: unexpected end of JSON input`)
}

func TestParseJSONTrailingData(t *testing.T) {
	got := problems(t, "d.json", "{}\n{}")
	wantProblems(t, got, `d.json:2: unexpected data after the dataset object`)
}

func TestParseJSONNotAnObject(t *testing.T) {
	got := problems(t, "d.json", "\n[1, 2]")
	wantProblems(t, got, `d.json:2: want an object {...}, got a list`)
}

func TestParseJSONUnknownTopLevel(t *testing.T) {
	d := string(must(os.ReadFile("testdata/sample.json")))
	d = strings.Replace(d, `"campaigns"`, `"campaings"`, 1)
	got := problems(t, "d.json", d)
	wantProblems(t, got,
		`d.json:35: campaings: unknown field "campaings" (did you mean "campaigns"?)`,
		`d.json:50: event "2021-04-09-bhm1-union-election" (events[0]): campaign: unknown campaign "bessemer-union-votes"`,
		`d.json:81: event "2021-03-bhm1-rally" (events[2]): campaign: unknown campaign "bessemer-union-votes"`,
	)
}

func TestParseJSONDuplicateField(t *testing.T) {
	src := `{` + goodMeta + `
"events": [{"id": "a", "date": "2022", "title": "T", "summary": "S", "kind": "strike",
  "countries": ["US"], "sources": [{"url": "https://example.org/"}],
  "kind": "walkout"}]}`
	got := problems(t, "d.json", src)
	wantProblems(t, got, `d.json:4: event "a" (events[0]): kind: field given twice; the second value is used`)
}

func TestParseJSONNumbers(t *testing.T) {
	src := `{` + goodMeta + `
"events": [{"id": "a", "date": "2022", "title": "T", "summary": "S", "kind": "strike", "countries": ["US"],
  "sources": [{"url": "https://example.org/"}],
  "participants": [{"count": 1.5, "what": "x"}, {"count": 1e400, "what": "y"}, {"count": -3, "what": "z"}],
  "international": "yes"}]}`
	got := problems(t, "d.json", src)
	wantProblems(t, got,
		`d.json:4: event "a" (events[0]): participants[0].count: want a whole number, got 1.5`,
		`d.json:4: event "a" (events[0]): participants[1].count: want a whole number, got 1e400`,
		`d.json:4: event "a" (events[0]): participants[2].count: must be more than 0, got -3`,
		`d.json:5: event "a" (events[0]): international: want true or false, got the string "yes"`,
	)
}

func TestParseNotUTF8(t *testing.T) {
	got := problems(t, "d.csv", "date,title\n2022,Gr\xe8ve\n")
	wantProblems(t, got, `d.csv:2: not UTF-8 text`)
}

func TestParseSniff(t *testing.T) {
	json := must(os.ReadFile("testdata/sample.json"))
	if _, err := Parse("dataset", append([]byte("\uFEFF\n "), json...)); err != nil {
		t.Errorf("sniffing JSON with a BOM: %v", err)
	}
	csv := must(os.ReadFile("testdata/sample.csv"))
	if _, err := Parse("export.txt", csv); err != nil {
		t.Errorf("sniffing CSV: %v", err)
	}
	if _, err := Parse("data.JSON", json); err != nil {
		t.Errorf("upper-case extension: %v", err)
	}
}

func TestProblemString(t *testing.T) {
	for _, c := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "f.json", Line: 3, Record: "meta", Field: "title", Msg: "missing"}, "f.json:3: meta: title: missing"},
		{Problem{File: "f.json", Msg: "bad"}, "f.json: bad"},
		{Problem{Line: 7, Msg: "bad"}, "line 7: bad"},
		{Problem{Record: "events[2]", Msg: "bad"}, "events[2]: bad"},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	ps := Problems{{Msg: "a"}, {Msg: "b"}}
	if got := ps.Error(); got != "a\nb\n2 problems" {
		t.Errorf("Problems.Error() = %q", got)
	}
	if got := ps[:1].Error(); got != "a\n1 problem" {
		t.Errorf("Problems.Error() = %q", got)
	}
}

func TestProblemsSortedByLine(t *testing.T) {
	src := strings.ReplaceAll(string(must(os.ReadFile("testdata/sample.json"))), `"union"`, `"onion"`)
	src = strings.Replace(src, `"protest"`, `"protests"`, 1)
	_, err := Parse("d.json", []byte(src))
	ps, _ := err.(Problems)
	if len(ps) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	if !slices.IsSortedFunc(ps, func(a, b Problem) int { return a.Line - b.Line }) {
		t.Errorf("problems not in line order:\n%v", err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Coordinates are numbers; a string where a number belongs names the field.
func TestFacilityCoordinatesDecode(t *testing.T) {
	const doc = `{"meta": {"title": "T", "version": "1", "updated": "2026-01-01", "license": "CC-BY-4.0"},
 "organizations": [], "events": [],
 "facilities": [{"code": "JFK8", "country": "US", "lat": 40.5623, "lon": -74.1399, "coord_precision": "city"},
                {"code": "BHM1", "country": "US", "lat": "33.4", "lon": -86.9, "coord_precision": "city"}]}`
	d, err := Parse("f.json", []byte(doc))
	if err == nil || !strings.Contains(err.Error(), `(facilities[1]): lat: want a number`) {
		t.Fatalf("want a problem naming facilities[1] and lat, got %v", err)
	}
	_ = d
	d, err = Parse("f.json", []byte(strings.Replace(doc, `"33.4"`, `33.4`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := d.Facility("JFK8"); f.Lat != 40.5623 || f.Lon != -74.1399 || f.CoordPrecision != PreciseCity || !f.Placed() {
		t.Errorf("JFK8 decoded as %+v", f)
	}
}
