package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func problemStrings(ps Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

// isSubsequence reports whether every item of sub is in list, in order.
func isSubsequence(sub, list []string) bool {
	i := 0
	for _, s := range list {
		if i < len(sub) && s == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// The browser opens files with Open: for every fixture it must list the
// problems Check finds (what `laborlens validate` prints), in order.
func TestOpenListsCheckProblems(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	if len(files) < 3 {
		t.Fatalf("found %d fixtures", len(files))
	}
	for _, f := range files {
		b := must(os.ReadFile(f))
		_, _, cerr := Check(f, b)
		var want Problems
		errors.As(cerr, &want)
		o, err := Open(f, b)
		var got Problems
		if err != nil {
			if !errors.As(err, &got) {
				t.Fatalf("%s: Open error is %T: %v", f, err, err)
			}
		} else {
			got = o.Problems
		}
		if !isSubsequence(problemStrings(want), problemStrings(got)) {
			t.Errorf("%s: Open's problems\n  %s\ndo not include Check's\n  %s", f,
				strings.Join(problemStrings(got), "\n  "), strings.Join(problemStrings(want), "\n  "))
		}
		if cerr == nil && (err != nil || len(o.Problems) > 0) {
			t.Errorf("%s: valid for Check but Open says %v %v", f, err, o.Problems)
		}
	}
}

func TestOpenLeavesOutBadRows(t *testing.T) {
	fixClock(t)
	o, err := Open("broken.csv", must(os.ReadFile("testdata/broken.csv")))
	if err != nil {
		t.Fatal(err)
	}
	wantProblems(t, problemStrings(o.Problems),
		`broken.csv:1: header: tag: unknown column (did you mean "tags"?)`,
		`broken.csv:3: event "a-walkout-with-an-impossible-date" (events[1]): date: invalid date "2022-13-01": month out of range`,
		`broken.csv:5: event "2021-02-01-a-strike-of-an-unknown-kind" (events[3]): kind: unknown kind "strik"`,
	)
	want := []string{`event "a-walkout-with-an-impossible-date" (events[1])`, `event "2021-02-01-a-strike-of-an-unknown-kind" (events[3])`}
	if !slices.Equal(o.Left, want) {
		t.Errorf("left out %q, want %q", o.Left, want)
	}
	if o.Rows != 4 || len(o.Dataset.Events) != 2 {
		t.Errorf("rows %d, events %d; want 4 and 2", o.Rows, len(o.Dataset.Events))
	}
	if ps := o.Dataset.Validate(); ps != nil {
		t.Errorf("what Open kept is invalid: %v", ps)
	}
	if _, ok := o.Dataset.Event("2021-03-supporters-rally"); !ok {
		t.Error("a valid event is missing")
	}
}

// An event that names a record which was left out is left out too, with
// the problem that causes.
func TestOpenLeavesOutWhatDependsOnIt(t *testing.T) {
	src := `{` + goodMeta + `
"organizations": [
  {"id": "good", "name": "Good union", "kind": "union"},
  {"id": "bad", "name": "Bad union", "kind": "unoin"}
],
"events": [
  {"id": "a", "date": "2022-01-01", "title": "A", "summary": "S", "kind": "strike", "countries": ["US"], "organizations": ["good"], "sources": [{"url": "https://example.org/a"}]},
  {"id": "b", "date": "2022-01-02", "title": "B", "summary": "S", "kind": "strike", "countries": ["US"], "organizations": ["bad"], "sources": [{"url": "https://example.org/b"}]}
]}`
	o, err := Open("dep.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{`organization "bad" (organizations[1])`, `event "b" (events[1])`}; !slices.Equal(o.Left, want) {
		t.Errorf("left out %q, want %q", o.Left, want)
	}
	got := problemStrings(o.Problems)
	if len(got) != 2 || !strings.Contains(got[0], `kind: unknown organization kind "unoin"`) ||
		!strings.Contains(got[1], `dep.json:8: event "b" (events[1]): organizations[0]: unknown organization "bad"`) {
		t.Errorf("problems:\n  %s", strings.Join(got, "\n  "))
	}
	if len(o.Dataset.Events) != 1 || len(o.Dataset.Organizations) != 1 {
		t.Errorf("kept %d events and %d organizations", len(o.Dataset.Events), len(o.Dataset.Organizations))
	}
}

func TestOpenRefusesWhatCannotBeOpened(t *testing.T) {
	fixClock(t)
	for name, src := range map[string]string{
		"no-column.csv": "date,title,kind,countries,source_urls\n2022,T,strike,US,https://example.org/\n",
		"syntax.csv":    "date,title,summary,kind,countries,source_urls\n\"2022,T\n",
		"all-bad.csv":   "date,title,summary,kind,countries,source_urls\n2022,T,S,strik,US,https://example.org/\n",
		"meta.json":     `{"meta": {"title": "T"}, "events": []}`,
		"empty.csv":     "",
	} {
		o, err := Open(name, []byte(src))
		var ps Problems
		if err == nil || !errors.As(err, &ps) || len(ps) == 0 || o != nil {
			t.Errorf("%s: Open gave %v, %v; want problems", name, o, err)
			continue
		}
		for _, p := range ps {
			if p.File != name || p.Line < 1 {
				t.Errorf("%s: problem without file or line: %#v", name, p)
			}
		}
	}
}

// What spreadsheets export: a byte-order mark, semicolons, Windows line
// ends, a quoted newline and dates day first or month first.
func TestOpenSpreadsheetCSV(t *testing.T) {
	fixClock(t)
	head := "date;title;summary;kind;countries;source_urls\r\n"
	for _, c := range []struct {
		name, src, format string
		dates             []string
	}{
		{"iso", "\uFEFF" + head + "2022-04-01;Vote;\"Two\r\nlines\";union-election;US;https://example.org/a\r\n", DateISO, []string{"2022-04-01"}},
		{"day first, shown", "\uFEFF" + head +
			"25/03/2022;Vote;S;union-election;US;https://example.org/a\r\n" +
			"4/1/2022;Walkout;S;walkout;US;https://example.org/b\r\n", DateDayFirst, []string{"2022-03-25", "2022-01-04"}},
		{"month first, shown", head +
			"03/25/2022;Vote;S;union-election;US;https://example.org/a\r\n" +
			"4/1/2022;Walkout;S;walkout;US;https://example.org/b\r\n", DateMonFirst, []string{"2022-04-01", "2022-03-25"}},
		{"day first, stated", "# date_format: DD/MM/YYYY;;;;;\r\n" + head +
			"04/01/2022;Vote;S;union-election;US;https://example.org/a\r\n", DateDayFirst, []string{"2022-01-04"}},
	} {
		o, err := Open("sheet.csv", []byte(c.src))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if o.Dates.Format != c.format || len(o.Problems) > 0 {
			t.Errorf("%s: dates read as %v, problems %v; want %s", c.name, o.Dates, o.Problems, c.format)
		}
		var got []string
		for _, e := range o.Dataset.Events {
			got = append(got, e.Date.String())
		}
		if !slices.Equal(got, c.dates) {
			t.Errorf("%s: dates %v, want %v", c.name, got, c.dates)
		}
		if c.name == "iso" && o.Dataset.Events[0].Summary != "Two\r\nlines" && o.Dataset.Events[0].Summary != "Two\nlines" {
			t.Errorf("quoted newline: summary %q", o.Dataset.Events[0].Summary)
		}
	}
}

func TestOpenAmbiguousDates(t *testing.T) {
	fixClock(t)
	head := "date,title,summary,kind,countries,source_urls\n"
	ps := problems(t, "a.csv", head+"04/01/2022,Vote,S,union-election,US,https://example.org/a\n")
	wantProblems(t, ps, `a.csv:2: event "vote" (events[0]): date: invalid date "04/01/2022": day first or month first?`)
	ps = problems(t, "m.csv", head+"25/03/2022,Vote,S,union-election,US,https://example.org/a\n03/25/2022,Other,S,strike,US,https://example.org/b\n")
	wantProblems(t, ps,
		`m.csv:2: event "vote" (events[0]): date: invalid date "25/03/2022": the file mixes day first (25/03/2022, line 2) and month first (03/25/2022, line 3)`,
		`m.csv:3: event "other" (events[1]): date: invalid date "03/25/2022": the file mixes`)
	ps = problems(t, "f.csv", "# date_format: YYYY/DD/MM\n"+head+"2022-01-01,Vote,S,union-election,US,https://example.org/a\n")
	wantProblems(t, ps, `f.csv:1: header: date_format: date_format "YYYY/DD/MM" is not one LaborLens reads`)
}

func FuzzOpen(f *testing.F) {
	f.Add("broken.csv", string(must(os.ReadFile("testdata/broken.csv"))))
	f.Add("sample.json", string(must(os.ReadFile("testdata/sample.json"))))
	f.Add("s.csv", "# date_format: DD/MM/YYYY\ndate;title;summary;kind;countries;source_urls\n1/2/2022;T;\"a\nb\";strike;US;https://example.org/\n")
	f.Add("s.csv", "date,title,summary,kind,countries,source_urls,end_date\n25/12/2021,T,S,strike,US,https://example.org/,1/1/2022\n")
	f.Add("x", "")
	f.Fuzz(func(t *testing.T, name, s string) {
		o, err := Open(name, []byte(s))
		if err != nil {
			if o != nil {
				t.Fatal("opened with an error")
			}
			return
		}
		if len(o.Dataset.Events) == 0 || o.Rows < len(o.Dataset.Events) {
			t.Fatalf("%d events of %d rows", len(o.Dataset.Events), o.Rows)
		}
		if ps := o.Dataset.Validate(); ps != nil {
			t.Fatalf("Open kept an invalid dataset:\n%v", ps)
		}
		if len(o.Left) > 0 && len(o.Problems) == 0 {
			t.Fatal("records left out without a problem")
		}
		for _, p := range o.Problems {
			if p.File != name || p.Line < 1 {
				t.Fatalf("problem without file or line: %#v", p)
			}
		}
	})
}

// A file with a header and no rows is not opened (found by FuzzOpen): the
// explorer would show nothing, and the visitor is told why.
func TestOpenNoEvents(t *testing.T) {
	for name, body := range map[string]string{
		"empty.csv": "date,title,summary,kind,countries,source_urls\n",
		"0":         "#000000000000\ndAte;title;summArY;kind;Countries;sourCe urls",
	} {
		o, err := Open(name, []byte(body))
		var no *NotOpened
		if o != nil || !errors.As(err, &no) || len(no.Problems) != 1 || !strings.Contains(no.Problems[0].String(), "no events") {
			t.Errorf("%s: Open = %v, %v; want NotOpened saying the file holds no events", name, o, err)
		}
	}
}
