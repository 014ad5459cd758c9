package export

import (
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
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

func pointers(d *dataset.Dataset) []*dataset.Event {
	out := make([]*dataset.Event, len(d.Events))
	for i := range d.Events {
		out[i] = &d.Events[i]
	}
	return out
}

func TestCSVRoundTrips(t *testing.T) {
	d := sample(t)
	events := pointers(d)
	b := CSV(d, events, Citation(d, "http://x/?kind=strike"))
	first, rest, _ := strings.Cut(string(b), "\n")
	if !strings.HasPrefix(first, "# Source: ") || !strings.Contains(first, "kind=strike") {
		t.Fatalf("first line %q is not the citation", first)
	}
	rows, err := csv.NewReader(strings.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events)+1 || strings.Join(rows[0], ",") != strings.Join(dataset.CSVHeader(), ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	for i, e := range events {
		if rows[i+1][0] != e.ID || rows[i+1][3] != e.Title {
			t.Errorf("row %d = %v, want event %s", i+1, rows[i+1][:4], e.ID)
		}
	}
	// The export reads back as a dataset.
	back, err := dataset.Parse("export.csv", b)
	if err != nil {
		t.Fatalf("the CSV export does not load back: %v", err)
	}
	if len(back.Events) != len(events) {
		t.Fatalf("loaded back %d events, want %d", len(back.Events), len(events))
	}
	for i := range back.Events {
		a, b := back.Events[i], d.Events[i]
		ja, _ := json.Marshal([]any{a.Region, a.Precision, a.FormerIDs, a.Election})
		jb, _ := json.Marshal([]any{b.Region, b.Precision, b.FormerIDs, b.Election})
		if string(ja) != string(jb) {
			t.Errorf("event %s: region, precision, former ids and election %s after the CSV round trip, want %s", b.ID, ja, jb)
		}
	}
}

func TestJSON(t *testing.T) {
	d := sample(t)
	events := pointers(d)[:1]
	b, err := JSON(d, events, "cite me")
	if err != nil {
		t.Fatal(err)
	}
	var f JSONFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f.Citation != "cite me" || f.Count != 1 || f.Events[0].ID != events[0].ID {
		t.Fatalf("JSON export = %+v", f)
	}
	if len(events[0].Organizations) > 0 && len(f.Organizations) == 0 {
		t.Error("the JSON export leaves out the organizations its events name")
	}
}

// Every field of every shipped event survives a CSV export and load:
// people, organization and campaign ids, parallel lists and all.
func TestCSVRoundTripKeepsEveryField(t *testing.T) {
	d, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	back, err := dataset.Parse("export.csv", CSV(d, pointers(d), Citation(d, "")))
	if err != nil {
		t.Fatalf("the CSV export does not load back: %v", err)
	}
	if len(back.Events) != len(d.Events) {
		t.Fatalf("loaded back %d events, want %d", len(back.Events), len(d.Events))
	}
	people := 0
	for i := range d.Events {
		want, got := d.Events[i], back.Events[i]
		people += len(want.People)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("event %s changes in a CSV round trip:\n got %+v\nwant %+v", want.ID, got, want)
		}
	}
	if people == 0 {
		t.Fatal("no shipped event names people: the test proves nothing about them")
	}
}
