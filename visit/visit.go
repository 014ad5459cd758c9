// Package visit remembers, in the visitor's own browser, which events the
// dataset held at their last visit, so the explorer can say how many are
// new since. Nothing is sent anywhere: the record is a short string the app
// keeps in localStorage. The package is plain Go; the app does the storage.
//
// The record holds two sets of event ids, hashed to keep it small: base,
// what the dataset held at the visit before the latest release the visitor
// saw, and now, what it held at their latest visit. When a visit finds a
// dataset other than now, now becomes the base. The events new since the
// last visit are those not in base; an event whose former id is in base
// is not new. Dismissing the note makes now the base.
package visit

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Key is the localStorage key of the record.
const Key = "laborlens.visits"

// record is what is stored: space-separated hashes, sorted.
type record struct {
	Base string `json:"base"`
	Now  string `json:"now"`
}

// hash is an id's short hash: 32-bit FNV-1a in base 36. With a few
// thousand events a collision between a new id and an old one is a
// one-in-a-million chance, and costs only a missed "new".
func hash(id string) string {
	// FNV-1a as hash/fnv computes it, without its hasher and the copy of
	// id each call made: 100,000 ids at every start.
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h ^= uint32(id[i])
		h *= 16777619
	}
	return strconv.FormatUint(uint64(h), 36)
}

// current is the set of the dataset's event ids, as stored.
func current(d *dataset.Dataset) string {
	hs := make([]string, len(d.Events))
	for i := range d.Events {
		hs[i] = hash(d.Events[i].ID)
	}
	slices.Sort(hs)
	return strings.Join(slices.Compact(hs), " ")
}

// Result is what a visit finds.
type Result struct {
	New      []string // ids of the events new since the last visit, in dataset order
	Returned bool     // the browser had a record: this is not the first visit
	Store    string   // the record to store; "" when it is unchanged
}

// Visit compares the dataset with the stored record (what localStorage
// held under Key; "" when nothing, or unreadable) and returns the events
// new since the last visit, with the record to store.
func Visit(d *dataset.Dataset, stored string) Result {
	now := current(d)
	var r record
	if stored == "" || json.Unmarshal([]byte(stored), &r) != nil || r.Now == "" {
		return Result{Store: encode(record{Base: now, Now: now})}
	}
	res := Result{Returned: true}
	if r.Now != now {
		r = record{Base: r.Now, Now: now}
		res.Store = encode(r)
	}
	base := map[string]bool{}
	for _, h := range strings.Fields(r.Base) {
		base[h] = true
	}
	for i := range d.Events {
		e := &d.Events[i]
		known := base[hash(e.ID)]
		for _, old := range e.FormerIDs {
			known = known || base[hash(old)]
		}
		if !known {
			res.New = append(res.New, e.ID)
		}
	}
	return res
}

// Dismiss returns the record that makes the dataset's events the known
// ones: no event is new until the next release.
func Dismiss(d *dataset.Dataset) string {
	now := current(d)
	return encode(record{Base: now, Now: now})
}

func encode(r record) string {
	b, _ := json.Marshal(r)
	return string(b)
}
