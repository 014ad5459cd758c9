package dataset

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// fieldPatterns lists the pattern of every string and list field a
// dataset can hold, from the types, not from data.
func fieldPatterns(t reflect.Type, pattern string, text, lists map[string]bool) {
	switch t.Kind() {
	case reflect.String:
		text[pattern] = true
	case reflect.Slice:
		lists[pattern] = true
		fieldPatterns(t.Elem(), pattern+"[]", text, lists)
	case reflect.Pointer:
		fieldPatterns(t.Elem(), pattern, text, lists)
	case reflect.Struct:
		if t == dateType {
			return
		}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.IsExported() && name != "" && name != "-" {
				fieldPatterns(f.Type, joinPath(pattern, name), text, lists)
			}
		}
	}
}

// Every text field and list has its own limit (a new field must get one,
// and a line in docs/dataset.md), and the documentation states them all.
func TestLimitsCoverEveryField(t *testing.T) {
	text, lists := map[string]bool{}, map[string]bool{}
	fieldPatterns(reflect.TypeFor[Dataset](), "", text, lists)
	doc, err := os.ReadFile("../docs/dataset.md")
	if err != nil {
		t.Fatal(err)
	}
	tl, ll := Limits()
	for p := range text {
		if _, ok := tl[p]; !ok {
			t.Errorf("text field %s has no limit in textLimits", p)
		}
	}
	for p := range lists {
		if _, ok := ll[p]; !ok && !strings.HasSuffix(p, "]") {
			t.Errorf("list %s has no limit in listLimits", p)
		}
	}
	for p := range tl {
		if !text[p] {
			t.Errorf("textLimits names %s, which is not a text field", p)
		}
		if !strings.Contains(string(doc), "`"+p+"`") {
			t.Errorf("docs/dataset.md does not state the limit of %s", p)
		}
	}
	for p := range ll {
		if !lists[p] {
			t.Errorf("listLimits names %s, which is not a list", p)
		}
		if !strings.Contains(string(doc), "`"+p+"`") {
			t.Errorf("docs/dataset.md does not state the limit of %s", p)
		}
	}
}

// The limits leave room: at least twice the shipped dataset's largest
// value of every field and list.
func TestLimitsFitTheShippedData(t *testing.T) {
	d := must(ParseFile("../embed/dataset.json"))
	walkStrings(d, func(path func() string, at *schemaNode, s string) {
		if n := len([]rune(s)); 2*n > at.textLimit {
			t.Errorf("%s: %d characters, more than half the limit of %d", path(), n, at.textLimit)
		}
	}, func(path func() string, at *schemaNode, n int) {
		if 2*n > at.listLimit {
			t.Errorf("%s: %d items, more than half the limit of %d", path(), n, at.listLimit)
		}
	})
	if b := must(os.ReadFile("../embed/dataset.json")); 8*len(b) > MaxFileBytes {
		t.Errorf("the shipped file is %d bytes, too close to MaxFileBytes %d", len(b), MaxFileBytes)
	}
}

// Oversized text and lists, control characters and URLs with user
// information are refused by Validate, by Parse (with the line) and by
// Decode (what the browser loads), each problem naming file, record, field
// and limit.
func TestLimitsRejectHostileData(t *testing.T) {
	cases := []struct {
		name         string
		break_       func(d *Dataset)
		field, inMsg string
	}{
		{"1 MB title", func(d *Dataset) { d.Events[0].Title = strings.Repeat("t", 1<<20) }, "title", "1048576 characters, more than the limit of 200 for events[].title"},
		{"10 MB summary", func(d *Dataset) { d.Events[0].Summary = strings.Repeat("s", 10<<20) }, "summary", "more than the limit of 2000 for events[].summary"},
		{"20,000 tags", func(d *Dataset) {
			d.Events[0].Tags = make([]string, 20000)
			for i := range d.Events[0].Tags {
				d.Events[0].Tags[i] = "t"
			}
		}, "tags", "20000 items, more than the limit of 30 for events[].tags"},
		{"NUL in a title", func(d *Dataset) { d.Events[0].Title = "JFK8\x00 votes" }, "title", "control character U+0000 at character 5"},
		{"escape in a source title", func(d *Dataset) { d.Events[1].Sources[0].Title = "a\x1b[31m" }, "sources[0].title", "control character U+001B"},
		{"C1 control in a person", func(d *Dataset) { d.Events[0].People[0].Role = "x\u0085" }, "people[0].role", "control character U+0085"},
		{"userinfo in a source", func(d *Dataset) { d.Events[1].Sources[0].URL = "https://good.example@evil.example/" }, "sources[0].url", `user name before the host ("good.example"@): it reads as one site and opens evil.example`},
		{"userinfo in a website", func(d *Dataset) { d.Organizations[1].Website = "https://u:p@example.org/" }, "website", "user name before the host"},
		{"too many events", func(d *Dataset) { d.Events = append(d.Events, make([]Event, 200000)...) }, "events", "200002 items, more than the limit of 200000 for events"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := small()
			c.break_(d)
			find := func(how string, ps Problems, wantFile bool) {
				t.Helper()
				for _, p := range ps {
					if p.Field == c.field && strings.Contains(p.Msg, c.inMsg) && (p.Record != "" || c.field == "events") &&
						(!wantFile || p.File != "" && (p.Line > 0 || how == "Decode")) {
						return
					}
				}
				if len(ps) > 5 {
					ps = ps[:5]
				}
				t.Errorf("%s: want a problem %s: …%s…; got:\n%v", how, c.field, c.inMsg, ps)
			}
			if c.name == "too many events" {
				// Validate and the decoders would report every one of
				// 200,000 empty events: the limits alone.
				find("CheckLimits", d.CheckLimits(), false)
				return
			}
			find("Validate", d.Validate(), false)
			var ps Problems
			j := must(encodeJSON(d))
			if _, err := Parse("hostile.json", j); !errors.As(err, &ps) {
				t.Fatalf("Parse accepted it: %v", err)
			}
			find("Parse", ps, true)
			if strings.HasPrefix(c.name, "userinfo") {
				return // a rule, not a limit: Decode trusts the rules
			}
			g := must(Encode(d))
			if _, err := DecodeFile("dataset.bin", g); !errors.As(err, &ps) {
				t.Fatalf("Decode accepted it: %v", err)
			}
			find("Decode", ps, true)
		})
	}
}

// A file over MaxFileBytes is refused before it is decoded.
func TestLimitsRefuseHugeFiles(t *testing.T) {
	big := make([]byte, MaxFileBytes+1)
	for _, how := range []func() error{
		func() error { _, err := Parse("big.json", big); return err },
		func() error { _, err := DecodeFile("big.bin", big); return err },
		func() error {
			p := t.TempDir() + "/big.csv"
			os.WriteFile(p, big, 0o644)
			_, err := ParseFile(p)
			return err
		},
	} {
		err := how()
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("more than the limit of %d (%d MiB)", MaxFileBytes, MaxFileBytes>>20)) || !strings.Contains(err.Error(), "big.") {
			t.Errorf("a %d-byte file: %v", len(big), err)
		}
	}
}

// Validate warns about, but accepts, text that starts like a formula.
func TestWarningsOnFormulas(t *testing.T) {
	d := small()
	d.Events[0].Title = `=HYPERLINK("http://evil.example/","x")`
	if ps := d.Validate(); ps != nil {
		t.Fatalf("a formula-like title is not invalid, only suspicious:\n%v", ps)
	}
	j := must(encodeJSON(d))
	got, ws, err := Check("w.json", j)
	if err != nil || got == nil {
		t.Fatal(err)
	}
	if len(ws) != 1 || ws[0].Field != "title" || ws[0].Line == 0 || ws[0].File != "w.json" || !strings.Contains(ws[0].Msg, `starts with "="`) {
		t.Fatalf("warnings %v", ws)
	}
}

// mayHoldControl never misses a control character that controlChar finds.
func FuzzMayHoldControl(f *testing.F) {
	for _, s := range []string{"", "plain", "tab\tand\nnewline", "bell\a", "del\x7f", "c1\u0085", "é and ü", "\u00a0nbsp", "\xc2",
		"a longer text with a bell \a inside", "0123456789\x7fabc", "twelve chars\u0085 and more", "accented éééééééé text",
		"newline\nand\ttab in a long line", "sixteen bytes ok\x1f"} {
		f.Add(s)
	}
	// Every control character at every place of a text longer than a word.
	for i := range 20 {
		for _, c := range []string{"\x00", "\x1f", "\x7f", "\u0080", "\u009f"} {
			s := strings.Repeat("x", i) + c + strings.Repeat("y", 20-i)
			if !mayHoldControl(s) {
				f.Errorf("mayHoldControl(%q) = false", s)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, r, ok := controlChar(s); ok && !mayHoldControl(s) {
			t.Errorf("%q holds %U, mayHoldControl says it cannot", s, r)
		}
	})
}

// limitProblems sees every field of the limits' tables, read through the
// schema's offsets: each text over its limit or holding a control
// character, and each list over its limit, in turn; a text at its limit
// passes.
func TestLimitsSeeEveryField(t *testing.T) {
	text, lists := Limits()
	for pattern, max := range text {
		for what, bad := range map[string]string{"too long": strings.Repeat("é", max+1), "control": "a\x00b", "C1 control": "a\u0085"} {
			d := small()
			setAt(t, reflect.ValueOf(d).Elem(), pattern, func(v reflect.Value) { v.SetString(bad) })
			if ps := d.limitProblems(); len(ps) != 1 || !strings.Contains(pattern, strings.Trim(lastName(ps[0].Field), "[]0123456789")) {
				t.Errorf("%s %s: %v", pattern, what, ps)
			}
		}
		d := small()
		setAt(t, reflect.ValueOf(d).Elem(), pattern, func(v reflect.Value) { v.SetString(strings.Repeat("é", max)) })
		if ps := d.limitProblems(); len(ps) != 0 {
			t.Errorf("%s at its limit of %d: %v", pattern, max, ps)
		}
	}
	for pattern, max := range lists {
		d := small()
		setAt(t, reflect.ValueOf(d).Elem(), pattern, func(v reflect.Value) { v.Set(reflect.MakeSlice(v.Type(), max+1, max+1)) })
		if ps := d.limitProblems(); len(ps) == 0 || !strings.Contains(ps[0].Msg, fmt.Sprintf("%d items", max+1)) {
			t.Errorf("%s of %d items: %.3v", pattern, max+1, ps)
		}
	}
}

// lastName is the last field name of a problem's field, "sources[0].url"
// giving "url".
func lastName(field string) string {
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		return field[i+1:]
	}
	return field
}

// setAt calls set with the field of v at pattern ("events[].people[].name"),
// the first item of each list on the way (added if the list is empty).
func setAt(t *testing.T, v reflect.Value, pattern string, set func(reflect.Value)) {
	t.Helper()
	name, rest, _ := strings.Cut(pattern, ".")
	name, list := strings.CutSuffix(name, "[]")
	var f reflect.Value
	for i := range v.NumField() {
		if tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); tag == name {
			f = v.Field(i)
		}
	}
	if !f.IsValid() {
		t.Fatalf("no field %s in %s", name, v.Type())
	}
	if f.Kind() == reflect.Pointer {
		if f.IsNil() {
			f.Set(reflect.New(f.Type().Elem()))
		}
		f = f.Elem()
	}
	if list {
		if f.Len() == 0 {
			f.Set(reflect.Append(f, reflect.Zero(f.Type().Elem())))
		}
		f = f.Index(0)
	}
	if rest == "" {
		set(f)
		return
	}
	setAt(t, f, rest, set)
}
