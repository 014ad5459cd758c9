package outcome

import "github.com/laborlens/laborlens/dataset"

// Carry classifies every event of d and keeps the category in the event
// (dataset.Event.OutcomeCategory), where Of finds it. The server does it
// before it encodes the dataset for the browser, whose file carries the
// categories: the browser then runs no regular expression over the
// shipped events at start-up. A visitor's own data, read in the browser,
// carries none and is classified there.
func Carry(d *dataset.Dataset) {
	seen := map[string]Category{} // by Event.Outcome: the texts repeat
	for i := range d.Events {
		e := &d.Events[i]
		c, ok := seen[e.Outcome]
		if !ok {
			c = classifyOutcome(e.Outcome)
			seen[e.Outcome] = c
		}
		e.OutcomeCategory = string(c)
	}
}
