//go:build !wasm

// The release's snapshot and changes are computed where the dataset is
// embedded (the server and its tools); the browser only shows the Changes
// they produce. Keeping crypto/sha256 out of the wasm keeps its FIPS 140
// package initialisers out too.

package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

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
