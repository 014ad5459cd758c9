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
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/internal/jsontok"
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
	r, ok := decode(stored)
	if !ok || r.Now == "" {
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

// decode reads a stored record as json.Unmarshal into a record does (keys
// matched without regard to case, the last one given kept, other keys and
// nulls ignored; TestDecodeAsUnmarshal and FuzzVisit compare them), with
// jsontok, so that the browser app needs no reflective JSON decoder.
func decode(stored string) (r record, ok bool) {
	t := jsontok.New([]byte(stored))
	if tok, err := t.Token(); err != nil || tok != jsontok.Delim('{') {
		return r, false
	}
	for t.More() {
		k, err := t.Token()
		if err != nil {
			return r, false
		}
		key, _ := k.(string)
		var field *string
		switch {
		case strings.EqualFold(key, "base"):
			field = &r.Base
		case strings.EqualFold(key, "now"):
			field = &r.Now
		}
		v, err := t.Token()
		if err != nil {
			return r, false
		}
		switch v := v.(type) {
		case nil:
		case string:
			if field != nil {
				*field = v
			}
		case jsontok.Delim:
			if field != nil {
				return r, false
			}
			for depth := 1; depth > 0; { // skip the list or object
				tok, err := t.Token()
				switch {
				case err != nil:
					return r, false
				case tok == jsontok.Delim('[') || tok == jsontok.Delim('{'):
					depth++
				case tok == jsontok.Delim(']') || tok == jsontok.Delim('}'):
					depth--
				}
			}
		default:
			if field != nil {
				return r, false
			}
		}
	}
	if _, err := t.Token(); err != nil { // }
		return r, false
	}
	_, err := t.Token()
	return r, err == io.EOF
}

func encode(r record) string {
	b, _ := json.Marshal(r)
	return string(b)
}
