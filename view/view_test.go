package view

import (
	"strconv"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func sample(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := dataset.ParseFile("../dataset/testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func event(t *testing.T, d *dataset.Dataset, id string) *dataset.Event {
	t.Helper()
	e, ok := d.Event(id)
	if !ok {
		t.Fatalf("no event %s", id)
	}
	return e
}

func ids(events []*dataset.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	return out
}

func TestRelatedAndNeighbours(t *testing.T) {
	d := sample(t)
	vote := event(t, d, "2021-04-09-bhm1-union-election")
	groups := Related(d, vote)
	// The rally shares the campaign and the RWDSU: it is listed once, under
	// the campaign, the first group it fits.
	if len(groups) != 1 || groups[0].Title != "In the campaign “Bessemer union votes”" ||
		len(groups[0].Events) != 1 || groups[0].Events[0].ID != "2021-03-bhm1-rally" {
		t.Errorf("Related(vote) = %+v", groups)
	}
	if g := Related(d, event(t, d, "2022-04-01-jfk8-union-election")); len(g) != 0 {
		t.Errorf("JFK8 shares nothing, got %+v", g)
	}
	older, newer := Neighbours(d, vote)
	if older == nil || older.ID != "2021-03-bhm1-rally" || newer == nil || newer.ID != "2022-04-01-jfk8-union-election" {
		t.Errorf("Neighbours(vote) = %v, %v", older, newer)
	}
	if o, n := Neighbours(d, event(t, d, "2022-04-01-jfk8-union-election")); n != nil || o == nil {
		t.Errorf("the newest event has a newer neighbour %v", n)
	}
}

func TestStatsAndChronology(t *testing.T) {
	d := sample(t)
	var oldest []*dataset.Event
	for i := len(d.Events) - 1; i >= 0; i-- {
		oldest = append(oldest, &d.Events[i])
	}
	s := StatsOf(oldest)
	if s.Count != 3 || s.First.String() != "2021-03" || s.Latest.String() != "2022-04-01" ||
		len(s.ByKind) != 2 || s.ByKind[0] != (KindCount{dataset.UnionElection, 2}) || s.ByKind[1] != (KindCount{dataset.Protest, 1}) {
		t.Errorf("StatsOf = %+v", s)
	}
	if s := StatsOf(nil); s.Count != 0 || s.ByKind != nil {
		t.Error("StatsOf(nil) is not zero")
	}
	years := Chronology(oldest)
	if len(years) != 2 || years[0].Year != 2021 || len(years[0].Months) != 2 ||
		years[0].Months[0].Label != "March 2021" || years[0].Months[1].Label != "April 2021" ||
		years[1].Year != 2022 || ids(years[1].Months[0].Events)[0] != "2022-04-01-jfk8-union-election" {
		t.Errorf("Chronology = %+v", years)
	}
}

// The chronology lists the latest ChronologyLimit events, still oldest
// first, and all of them when there are fewer.
func TestLatest(t *testing.T) {
	events := make([]*dataset.Event, ChronologyLimit+7)
	for i := range events {
		events[i] = &dataset.Event{ID: strconv.Itoa(i)}
	}
	got := Latest(events)
	if len(got) != ChronologyLimit || got[0].ID != "7" || got[len(got)-1].ID != strconv.Itoa(ChronologyLimit+6) {
		t.Errorf("Latest of %d: %d events, from %s to %s", len(events), len(got), got[0].ID, got[len(got)-1].ID)
	}
	if got := Latest(events[:3]); len(got) != 3 || got[0].ID != "0" {
		t.Errorf("Latest of 3: %v", ids(got))
	}
}
