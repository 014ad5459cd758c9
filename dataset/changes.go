package dataset

// Snapshot is what a release held: its version and, for each event id, a
// hash of the event's content. The snapshot of the previous release is
// committed beside the dataset (embed/previous.json) so that each release
// can say what it added, changed and removed.
type Snapshot struct {
	Version string            `json:"version"`
	Updated string            `json:"updated"`
	Events  map[string]string `json:"events"` // id -> content hash
}

// Changes is what a release changed since the previous one.
type Changes struct {
	From        string   `json:"from"`         // the previous release's version
	FromUpdated string   `json:"from_updated"` // and its date
	To          string   `json:"to"`           // this release's version
	Updated     string   `json:"updated"`      // and its date
	Added       []string `json:"added"`        // ids of events new in this release
	Changed     []string `json:"changed"`      // ids of events whose content changed, renamed ones included
	Renamed     []Rename `json:"renamed"`      // events whose id changed
	Removed     []string `json:"removed"`      // ids of the previous release that are gone
}

// Rename is an event's former and current id.
type Rename struct {
	From string `json:"from"`
	To   string `json:"to"`
}
