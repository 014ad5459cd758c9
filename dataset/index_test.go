package dataset

import (
	"slices"
	"sync"
	"testing"
)

func ids(events []*Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	return out
}

func TestLookups(t *testing.T) {
	d, err := ParseFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := d.Org("amazon-labor-union"); !ok || o.Name != "Amazon Labor Union" {
		t.Errorf("Org: %v %v", o, ok)
	}
	if _, ok := d.Org("teamsters"); ok {
		t.Error("Org found an unknown id")
	}
	if f, ok := d.Facility("JFK8"); !ok || f.City != "Staten Island" {
		t.Errorf("Facility: %v %v", f, ok)
	}
	if c, ok := d.Campaign("bessemer-union-votes"); !ok || c.Name != "Bessemer union votes" {
		t.Errorf("Campaign: %v %v", c, ok)
	}
	if e, ok := d.Event("2022-04-01-jfk8-union-election"); !ok || e != &d.Events[0] {
		t.Errorf("Event did not return the dataset's own event: %v %v", e, ok)
	}
	if _, ok := d.Event(""); ok {
		t.Error("Event found the empty id")
	}
	for _, c := range []struct {
		got  []*Event
		want []string
	}{
		{d.EventsOf("rwdsu"), []string{"2021-03-bhm1-rally", "2021-04-09-bhm1-union-election"}},
		{d.EventsOf("amazon-labor-union"), []string{"2022-04-01-jfk8-union-election"}},
		{d.EventsOf("nobody"), nil},
		{d.EventsAt("BHM1"), []string{"2021-04-09-bhm1-union-election"}},
		{d.EventsIn("bessemer-union-votes"), []string{"2021-03-bhm1-rally", "2021-04-09-bhm1-union-election"}},
	} {
		if got := ids(c.got); !slices.Equal(got, c.want) {
			t.Errorf("got %v, want %v", got, c.want)
		}
	}
}

// A dataset built by hand is indexed on its first lookup.
func TestLookupsUnindexed(t *testing.T) {
	d := small()
	if _, ok := d.Facility("LEJ1"); !ok {
		t.Error("lookup on an unindexed dataset failed")
	}
	if got := ids(d.EventsOf("verdi")); !slices.Equal(got, []string{"2022-11-25-make-amazon-pay"}) {
		t.Errorf("EventsOf: %v", got)
	}
}

// The lists are oldest first, whatever the order of Events.
func TestEventsOfOrder(t *testing.T) {
	d := Synthetic(500, 3)
	for _, o := range d.Organizations {
		evs := d.EventsOf(o.ID)
		if !slices.IsSortedFunc(evs, func(a, b *Event) int { return a.Date.Compare(b.Date) }) {
			t.Fatalf("EventsOf(%s) not oldest first", o.ID)
		}
	}
}

func TestRenamed(t *testing.T) {
	d := small()
	if e, ok := d.Renamed("2022-03-31-jfk8-vote"); !ok || e.ID != "2022-04-01-jfk8-union-election" {
		t.Errorf("Renamed(former id) = %v, %v", e, ok)
	}
	if _, ok := d.Renamed("2022-04-01-jfk8-union-election"); ok {
		t.Error("a current id counts as a former one")
	}
	if _, ok := must(Decode(must(Encode(d)))).Renamed("2022-03-31-jfk8-vote"); !ok {
		t.Error("former ids lost by Encode and Decode")
	}
}

// The lookup tables are built on first use, once, by whichever lookup
// comes first: lookups may race (the server's requests do).
func TestLookupsRaceTheirBuild(t *testing.T) {
	d := Synthetic(300, 2)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := &d.Events[i]
			if got, ok := d.Event(e.ID); !ok || got != e {
				t.Errorf("Event(%q) = %v, %v", e.ID, got, ok)
			}
			if len(e.Organizations) > 0 && !slices.Contains(d.EventsOf(e.Organizations[0]), e) {
				t.Errorf("EventsOf(%q) misses %s", e.Organizations[0], e.ID)
			}
			if _, ok := d.Facility(d.Facilities[i].Code); !ok {
				t.Errorf("Facility(%q) not found", d.Facilities[i].Code)
			}
		}()
	}
	wg.Wait()
}
