package outcome

import (
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// Carry keeps what the classifier says, Of reads it back without
// classifying, and an event that carries nothing, or an unknown category,
// is classified.
func TestCarry(t *testing.T) {
	d := &dataset.Dataset{Events: []dataset.Event{
		{Outcome: "Union won 130 to 100."},
		{Outcome: "The lawsuit was dismissed."},
		{Outcome: "Union won 130 to 100."},
		{},
	}}
	Carry(d)
	for i, want := range []Category{Won, Lost, Won, Unrecorded} {
		if got := d.Events[i].OutcomeCategory; got != string(want) {
			t.Errorf("event %d carries %q, want %q", i, got, want)
		}
	}
	// What is carried is believed: the text is not read again.
	carried := &dataset.Event{Outcome: "The lawsuit was dismissed.", OutcomeCategory: string(Pending)}
	if got := Of(carried); got != Pending {
		t.Errorf("Of with a carried category = %q, want %q", got, Pending)
	}
	for _, c := range []string{"", "bogus"} {
		if got := Of(&dataset.Event{Outcome: "The lawsuit was dismissed.", OutcomeCategory: c}); got != Lost {
			t.Errorf("Of with category %q = %q, want the classifier's %q", c, got, Lost)
		}
	}
}
