package visit

import (
	"encoding/json"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
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
	for _, stored := range []string{"not json", `{"base": 3}`, `{}`, `{"base":"x"}`, "v2|", "v2||", "v2|=|=", "v2|0|!", "v2|12"} {
		if r := Visit(ds("a"), stored); r.Returned || len(r.New) != 0 || r.Store == "" {
			t.Errorf("record %q: %+v", stored, r)
		}
	}
}

func FuzzVisit(f *testing.F) {
	f.Add(`{"base":"a b","now":"c"}`)
	f.Add(Visit(ds("x", "z"), "").Store)
	f.Add(Visit(ds("x", "y"), Visit(ds("x"), "").Store).Store)
	f.Fuzz(func(t *testing.T, stored string) {
		r := Visit(ds("x", "y"), stored)
		if len(r.New) > 2 {
			t.Fatalf("%d new events of 2", len(r.New))
		}
	})
}

// hash is 32-bit FNV-1a, as records of both forms hold it.
func TestHashIsFNV1a(t *testing.T) {
	for _, id := range []string{"", "a", "2026-03-09-dax7-los-angeles-drivers-teamsters-396", "ünïcode"} {
		h := fnv.New32a()
		h.Write([]byte(id))
		if got, want := hash(id), h.Sum32(); got != want {
			t.Errorf("hash(%q) = %d, want %d", id, got, want)
		}
	}
}

// oldRecord is a record in the first form, JSON of base-36 hashes, as
// browsers stored it before the second.
func oldRecord(base, now *dataset.Dataset) string {
	set := func(d *dataset.Dataset) string {
		var hs []string
		for _, e := range d.Events {
			hs = append(hs, strconv.FormatUint(uint64(hash(e.ID)), 36))
		}
		slices.Sort(hs)
		return strings.Join(hs, " ")
	}
	b, _ := json.Marshal(map[string]string{"base": set(base), "now": set(now)})
	return string(b)
}

// A record of the first form is read as before and rewritten in the
// second, which is not JSON (go-app parses every entry of localStorage
// that is, at each start).
func TestVisitReadsTheFirstForm(t *testing.T) {
	v1, v2 := ds("a", "b"), ds("c", "b", "a")
	for _, c := range []struct {
		name        string
		stored      string
		d           *dataset.Dataset
		new, newish []string
	}{
		{"same release", oldRecord(v1, v1), v1, nil, nil},
		{"a release on", oldRecord(v1, v1), v2, []string{"c"}, []string{"c"}},
		{"new, not dismissed", oldRecord(v1, v2), v2, []string{"c"}, []string{"c"}},
	} {
		r := Visit(c.d, c.stored)
		if !r.Returned || !slices.Equal(r.New, c.new) || !strings.HasPrefix(r.Store, prefix) {
			t.Errorf("%s: %+v", c.name, r)
			continue
		}
		if again := Visit(c.d, r.Store); !again.Returned || !slices.Equal(again.New, c.newish) || again.Store != "" {
			t.Errorf("%s, the rewritten record: %+v", c.name, again)
		}
		if json.Valid([]byte(r.Store)) {
			t.Errorf("%s: the record %.40q is JSON", c.name, r.Store)
		}
	}
}

// A set reads back as written, whatever its hashes; a set with a
// character that is not a digit, a number cut short, or out of order is
// refused.
func TestSetsReadBack(t *testing.T) {
	for _, hs := range [][]uint32{nil, {0}, {0, 1, 31, 32, 1023, 1024}, {1<<32 - 1}, {5, 1<<31 + 7, 1<<32 - 2, 1<<32 - 1}} {
		s := string(appendSet(nil, hs))
		got, ok := readSet(s)
		if !ok || !slices.Equal(got, hs) && len(hs) > 0 {
			t.Errorf("%v wrote %q, read %v %v", hs, s, got, ok)
		}
	}
	for _, bad := range []string{"|", "a b", "00", "A", "10", "~~~~~~~~"} {
		if got, ok := readSet(bad); ok {
			t.Errorf("readSet(%q) = %v, want refused", bad, got)
		}
	}
}

// At 100,000 events a record with base and now is about 370 kB a set.
func TestRecordSize(t *testing.T) {
	d := &dataset.Dataset{Events: make([]dataset.Event, 100000)}
	for i := range d.Events {
		d.Events[i].ID = "event-" + strconv.Itoa(i)
	}
	r := Visit(d, "")
	if n := len(r.Store); n > 400_000 {
		t.Errorf("a first visit's record is %d bytes", n)
	}
	if base, now, ok := read(r.Store); !ok || len(base) != 100000 || len(now) != 100000 {
		t.Errorf("read back %d and %d hashes, %v", len(base), len(now), ok)
	}
}
