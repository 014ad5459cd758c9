package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

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

// ContentHash is a hash of an event's content: its JSON form. Any change
// to a field, a source or a figure changes it; a field added to the schema
// does not, until an event uses it.
func ContentHash(e *Event) string {
	b, _ := json.Marshal(e)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

// Snap takes the snapshot of d.
func Snap(d *Dataset) Snapshot {
	s := Snapshot{Version: d.Meta.Version, Updated: d.Meta.Updated, Events: make(map[string]string, len(d.Events))}
	for i := range d.Events {
		s.Events[d.Events[i].ID] = ContentHash(&d.Events[i])
	}
	return s
}

// Diff says what d changed since the release prev. An event found in prev
// under one of its former ids is renamed, and counts as changed. Lists are
// in d's order (newest first); removed ids sorted.
func Diff(prev Snapshot, d *Dataset) *Changes {
	c := &Changes{From: prev.Version, FromUpdated: prev.Updated, To: d.Meta.Version, Updated: d.Meta.Updated,
		Added: []string{}, Changed: []string{}, Renamed: []Rename{}, Removed: []string{}}
	seen := map[string]bool{}
	for i := range d.Events {
		e := &d.Events[i]
		old, ok := prev.Events[e.ID]
		if ok {
			seen[e.ID] = true
			if old != ContentHash(e) {
				c.Changed = append(c.Changed, e.ID)
			}
			continue
		}
		renamed := false
		for _, f := range e.FormerIDs {
			if _, was := prev.Events[f]; was && !renamed {
				seen[f], renamed = true, true
				c.Renamed = append(c.Renamed, Rename{From: f, To: e.ID})
				c.Changed = append(c.Changed, e.ID)
			}
		}
		if !renamed {
			c.Added = append(c.Added, e.ID)
		}
	}
	for id := range prev.Events {
		if !seen[id] {
			c.Removed = append(c.Removed, id)
		}
	}
	slices.Sort(c.Removed)
	return c
}
