package server

import (
	"testing"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/outcome"
)

// The dataset the browser fetches carries each event's outcome category,
// and it is what the classifier says of the event's text.
func TestDatasetCarriesOutcomeCategories(t *testing.T) {
	s := newTestServer(t, Config{})
	rec := do(s, "GET", "/"+s.Version+"/web/"+ui.DatasetFile)
	if rec.Code != 200 {
		t.Fatalf("GET the dataset: %d", rec.Code)
	}
	got, err := dataset.DecodeFile(ui.DatasetFile, rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	plain := embed.MustDataset() // read from JSON: it carries no category
	if len(got.Events) != len(plain.Events) || len(got.Events) == 0 {
		t.Fatalf("%d events in the file, %d shipped", len(got.Events), len(plain.Events))
	}
	seen := map[outcome.Category]bool{}
	for i := range got.Events {
		e, p := &got.Events[i], &plain.Events[i]
		if p.OutcomeCategory != "" {
			t.Fatalf("the JSON's event %s carries a category", p.ID)
		}
		want := outcome.Of(p)
		if e.ID != p.ID || e.OutcomeCategory != string(want) {
			t.Errorf("event %s (%q) carries %q, the classifier says %q", e.ID, e.Outcome, e.OutcomeCategory, want)
		}
		seen[want] = true
	}
	if len(seen) < 4 {
		t.Errorf("only %d categories among the shipped events: %v", len(seen), seen)
	}
}
