package dataset

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

// checkParse checks what Parse makes of arbitrary input: a valid, sorted,
// indexed dataset that survives encoding, or problems that all name the
// file and a line.
func checkParse(t *testing.T, name string, data []byte) {
	d, err := Parse(name, data)
	if err != nil {
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
		if d != nil {
			t.Fatal("dataset returned with problems")
		}
		for _, p := range ps {
			if p.File != name || p.Line < 1 || p.Msg == "" {
				t.Fatalf("problem without file, line or message: %#v", p)
			}
		}
		_ = err.Error()
		return
	}
	if ps := d.Validate(); ps != nil {
		t.Fatalf("Parse accepted an invalid dataset:\n%v", ps)
	}
	for i := 1; i < len(d.Events); i++ {
		if d.Events[i-1].Date.Compare(d.Events[i].Date) < 0 {
			t.Fatal("events not newest first")
		}
	}
	for i := range d.Events {
		if e, ok := d.Event(d.Events[i].ID); !ok || e != &d.Events[i] {
			t.Fatalf("lookup of %q failed", d.Events[i].ID)
		}
	}
	if !same(t, d, roundTrip(t, d)) {
		t.Fatal("Encode/Decode changed the dataset")
	}
	j, err := encodeJSON(d)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse("again.json", j)
	if err != nil {
		t.Fatalf("the JSON form of a parsed dataset does not parse: %v", err)
	}
	if !same(t, d, again) {
		t.Fatal("parsing the JSON form changed the dataset")
	}
}

func FuzzParseJSON(f *testing.F) {
	sample := string(must(os.ReadFile("testdata/sample.json")))
	f.Add(sample)
	f.Add(string(must(encodeJSON(Synthetic(3, 1)))))
	f.Add(strings.Replace(sample, `"summary"`, `"summry"`, 1))
	f.Add(strings.Replace(sample, `"2022-04-01"`, `"2022-02-30"`, 1))
	f.Add(strings.Replace(sample, `"count": 2654`, `"count": "2654"`, 1))
	f.Add(strings.Replace(sample, `"countries": ["US"]`, `"countries": "US"`, 1))
	f.Add(sample[:len(sample)/2])
	f.Add(`{"meta": null, "events": [null, {}, [], "x", 1, true]}`)
	f.Add(`{"events": [{"id": "a", "id": "b", "sources": [{"url": "https://[::1]:80/"}]}]}`)
	f.Add(`[]`)
	f.Add(``)
	f.Add("{\"meta\": {\"title\": \"\xff\"}}")
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, "fuzz.json", []byte(s))
	})
}

func FuzzParseCSV(f *testing.F) {
	sample := string(must(os.ReadFile("testdata/sample.csv")))
	f.Add(sample)
	f.Add(strings.ReplaceAll(sample, ",", ";"))
	f.Add(strings.Replace(sample, "summary", "summry", 1))
	f.Add(strings.Replace(sample, "2021-04-09", "9/4/2021", 1))
	f.Add(sample[:len(sample)/2])
	f.Add("date,title,summary,kind,countries,source_urls\n2022,T,S,strike,US,https://example.org/\n")
	f.Add("date,title,summary,kind,countries,source_urls,facilities,organizations,people\n2022,T,S,strike,,https://example.org/;;,jfk8;JFK8,;;,|||\n")
	f.Add("date,title,summary,kind,countries,source_urls\n\"2022,T\n")
	f.Add("id\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, "fuzz.csv", []byte(s))
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022", "2022-04", "2022-04-01", "2024-02-29", "2023-02-29", "0000", "2022-13", "2022-4-1", "+123", "２０２２", "2022-04-01T00:00", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if d.first().Compare(d) < 0 || d.last().Compare(d.first()) < 0 {
			t.Fatalf("period of %v runs backwards", d)
		}
		var u Date
		if err := u.UnmarshalText(must(d.MarshalText())); err != nil || u != d {
			t.Fatalf("text round trip of %v: %v, %v", d, u, err)
		}
	})
}

// FuzzDecode feeds the browser app's loader arbitrary bytes: it must not
// panic, and what it accepts is within the limits.
func FuzzDecode(f *testing.F) {
	f.Add(must(Encode(Synthetic(3, 1))))
	f.Add(must(encodeJSON(Synthetic(2, 1))))
	f.Add([]byte(`{"events": [{"title": "\u0000"}]}`))
	f.Add([]byte("x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeFile("fuzz.bin", b)
		// Read in place, the same bytes give the same answer.
		if owned, oerr := DecodeOwned("fuzz.bin", bytes.Clone(b)); (oerr == nil) != (err == nil) || err == nil && !same(t, d, owned) {
			t.Fatalf("DecodeOwned: %v, DecodeFile: %v", oerr, err)
		}
		if err != nil {
			if d != nil {
				t.Fatal("dataset returned with an error")
			}
			return
		}
		if ps := d.CheckLimits(); ps != nil {
			t.Fatalf("Decode accepted a dataset over the limits:\n%v", ps)
		}
	})
}
