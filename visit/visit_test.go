package visit

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func ds(ids ...string) *dataset.Dataset {
	d := &dataset.Dataset{}
	for _, id := range ids {
		d.Events = append(d.Events, dataset.Event{ID: id})
	}
	return d
}

func TestVisits(t *testing.T) {
	v1 := ds("a", "b")
	first := Visit(v1, "")
	if first.Returned || len(first.New) != 0 || first.Store == "" {
		t.Fatalf("first visit: %+v", first)
	}
	again := Visit(v1, first.Store)
	if !again.Returned || len(again.New) != 0 || again.Store != "" {
		t.Fatalf("same release again: %+v", again)
	}
	// A release adds c and d, renames b to b2 and removes a.
	v2 := ds("d", "c", "b2")
	v2.Events[2].FormerIDs = []string{"b"}
	next := Visit(v2, first.Store)
	if !slices.Equal(next.New, []string{"d", "c"}) || next.Store == "" {
		t.Fatalf("after a release: %+v", next)
	}
	// Until dismissed, the same events stay new on later visits.
	later := Visit(v2, next.Store)
	if !slices.Equal(later.New, []string{"d", "c"}) || later.Store != "" {
		t.Fatalf("a later visit: %+v", later)
	}
	if r := Visit(v2, Dismiss(v2)); len(r.New) != 0 || !r.Returned {
		t.Fatalf("after dismissing: %+v", r)
	}
	// The release after: only what it adds is new.
	v3 := ds("e", "d", "c", "b2")
	if r := Visit(v3, next.Store); !slices.Equal(r.New, []string{"e"}) {
		t.Fatalf("two releases on: %+v", r)
	}
}

func TestVisitIgnoresABadRecord(t *testing.T) {
	for _, stored := range []string{"not json", `{"base": 3}`, `{}`, `{"base":"x"}`} {
		if r := Visit(ds("a"), stored); r.Returned || len(r.New) != 0 || r.Store == "" {
			t.Errorf("record %q: %+v", stored, r)
		}
	}
}

// records are stored values, good and bad, for decode and json.Unmarshal.
var records = []string{
	`{"base":"a b","now":"c"}`, ` { "now" : "c" , "base" : "" } `, `{"NOW":"c","Base":"a"}`, `{"now":"c","now":"d"}`,
	`{"now":"c","other":[1,{"x":[]}],"more":{"y":null},"n":3,"t":true}`, `{"now":null,"base":"a"}`, `{"now":"\u0063"}`,
	`null`, `3`, `"s"`, `[]`, `{}`, `{"now":3}`, `{"now":["c"]}`, `{"now":{}}`, `{"now":true}`, `{"now":"c"} x`,
	`{"now":"c"}{}`, `{"now":"c",}`, `{"now" "c"}`, `{"now":"c"`, `not json`, ``,
}

// TestDecodeAsUnmarshal: decode reads a stored record as json.Unmarshal.
func TestDecodeAsUnmarshal(t *testing.T) {
	for _, stored := range records {
		if err := sameAsUnmarshal(stored); err != nil {
			t.Errorf("%q: %v", stored, err)
		}
	}
}

func sameAsUnmarshal(stored string) error {
	var want record
	err := json.Unmarshal([]byte(stored), &want)
	got, ok := decode(stored)
	// A null or a top-level null leaves the record empty, which Visit
	// treats as no record, as it does an error: only a record with now
	// set must be read alike.
	if err == nil && want.Now != "" || ok && got.Now != "" {
		if err != nil || !ok || got != want {
			return fmt.Errorf("decode %+v, %v; json.Unmarshal %+v, %v", got, ok, want, err)
		}
	}
	return nil
}

func FuzzVisit(f *testing.F) {
	for _, r := range records {
		f.Add(r)
	}
	f.Fuzz(func(t *testing.T, stored string) {
		if err := sameAsUnmarshal(stored); err != nil {
			t.Fatal(err)
		}
		r := Visit(ds("x", "y"), stored)
		if len(r.New) > 2 {
			t.Fatalf("%d new events of 2", len(r.New))
		}
	})
}

// hash is 32-bit FNV-1a in base 36, as stored records hold it.
func TestHashIsFNV1a(t *testing.T) {
	for _, id := range []string{"", "a", "2026-03-09-dax7-los-angeles-drivers-teamsters-396", "ünïcode"} {
		h := fnv.New32a()
		h.Write([]byte(id))
		if got, want := hash(id), strconv.FormatUint(uint64(h.Sum32()), 36); got != want {
			t.Errorf("hash(%q) = %s, want %s", id, got, want)
		}
	}
}
