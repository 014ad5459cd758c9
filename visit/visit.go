// Package visit remembers, in the visitor's own browser, which events the
// dataset held at their last visit, so the explorer can say how many are
// new since. Nothing is sent anywhere: the record is a string the app keeps
// in localStorage. The package is plain Go; the app does the storage.
//
// The record holds two sets of event ids, hashed to keep it small: base,
// what the dataset held at the visit before the latest release the visitor
// saw, and now, what it held at their latest visit. When a visit finds a
// dataset other than now, now becomes the base. The events new since the
// last visit are those not in base; an event whose former id is in base
// is not new. Dismissing the note makes now the base.
package visit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Key is the localStorage key of the record.
const Key = "laborlens.visits"

// A record is stored as "v2|" + base + "|" + now, each set written by
// appendSet, and now written "=" when it is base (after a first visit or a
// dismissal). At 100,000 events it is about 370 kB where the JSON of
// space-separated base-36 hashes that came before it (still read) was
// 1.5 MB, which go-app parsed as JSON at every start, looking for
// states of its own to expire.
const prefix = "v2|"

// first is the first form of the stored record, still read: the JSON
// {"base":"…","now":"…"} of space-separated hashes in base 36, as
// encoding/json wrote it (the hashes hold nothing to escape).
const firstBase, firstNow, firstEnd = `{"base":"`, `","now":"`, `"}`

// hash is an id's short hash: 32-bit FNV-1a. With a few thousand events a
// collision between a new id and an old one is a one-in-a-million chance,
// and costs only a missed "new".
func hash(id string) uint32 {
	// FNV-1a as hash/fnv computes it, without its hasher and the copy of
	// id each call made: 100,000 ids at every start.
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h ^= uint32(id[i])
		h *= 16777619
	}
	return h
}

// current is the set of the dataset's event ids' hashes, sorted.
func current(d *dataset.Dataset) []uint32 {
	hs := make([]uint32, len(d.Events))
	for i := range d.Events {
		hs[i] = hash(d.Events[i].ID)
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}

// digits are the characters of a stored set: each writes 5 bits of a
// number, and the characters from digits[32] on say that more follow.
const digits = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~*+"

var digitValue = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := range len(digits) {
		v[digits[i]] = int8(i)
	}
	return v
}()

// appendSet writes the sorted set hs as the differences between
// neighbours (the first from 0), each in 5-bit groups, low first: at
// 100,000 ids the differences are about 43,000, four characters.
func appendSet(b []byte, hs []uint32) []byte {
	prev := uint32(0)
	for _, h := range hs {
		d := h - prev
		prev = h
		for d >= 32 {
			b = append(b, digits[32+d&31])
			d >>= 5
		}
		b = append(b, digits[d])
	}
	return b
}

// readSet reads what appendSet wrote; false if s is not such a set.
func readSet(s string) ([]uint32, bool) {
	hs := make([]uint32, 0, len(s)/4)
	var prev uint64
	for i := 0; i < len(s); {
		var d uint64
		for shift := 0; ; shift += 5 {
			if i >= len(s) || shift > 30 {
				return nil, false
			}
			v := digitValue[s[i]]
			i++
			if v < 0 {
				return nil, false
			}
			d |= uint64(v&31) << shift
			if v < 32 {
				break
			}
		}
		if prev+d > 1<<32-1 || (len(hs) > 0 && d == 0) {
			return nil, false
		}
		prev += d
		hs = append(hs, uint32(prev))
	}
	return hs, true
}

// store is the record of base and now.
func store(base, now []uint32) string {
	b := append(make([]byte, 0, len(prefix)+5*len(base)+2), prefix...)
	b = append(appendSet(b, base), '|')
	if slices.Equal(base, now) {
		return string(append(b, '='))
	}
	return string(appendSet(b, now))
}

// read reads a stored record, in either form; false if it is neither.
func read(stored string) (base, now []uint32, ok bool) {
	if rest, ok := strings.CutPrefix(stored, prefix); ok {
		b, n, ok := strings.Cut(rest, "|")
		if !ok {
			return nil, nil, false
		}
		if base, ok = readSet(b); !ok {
			return nil, nil, false
		}
		if n == "=" {
			return base, base, true
		}
		now, ok = readSet(n)
		return base, now, ok && len(now) > 0
	}
	rest, ok := strings.CutPrefix(stored, firstBase)
	b, n, ok2 := strings.Cut(rest, firstNow)
	n, ok3 := strings.CutSuffix(n, firstEnd)
	if !ok || !ok2 || !ok3 {
		return nil, nil, false
	}
	base, now = base36(b), base36(n)
	return base, now, len(now) > 0
}

// base36 reads the first form's sets; a hash it cannot read is left out.
func base36(s string) []uint32 {
	var hs []uint32
	for _, f := range strings.Fields(s) {
		if h, err := strconv.ParseUint(f, 36, 32); err == nil {
			hs = append(hs, uint32(h))
		}
	}
	slices.Sort(hs)
	return slices.Compact(hs)
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
	base, last, ok := read(stored)
	if stored == "" || !ok {
		return Result{Store: store(now, now)}
	}
	res := Result{Returned: true}
	if !slices.Equal(last, now) {
		base = last
		res.Store = store(base, now)
	} else if !strings.HasPrefix(stored, prefix) {
		res.Store = store(base, now) // the first form, rewritten
	}
	if slices.Equal(base, now) {
		return res // every event is known
	}
	known := func(id string) bool { _, ok := slices.BinarySearch(base, hash(id)); return ok }
	for i := range d.Events {
		e := &d.Events[i]
		if !known(e.ID) && !slices.ContainsFunc(e.FormerIDs, known) {
			res.New = append(res.New, e.ID)
		}
	}
	return res
}

// Dismiss returns the record that makes the dataset's events the known
// ones: no event is new until the next release.
func Dismiss(d *dataset.Dataset) string {
	now := current(d)
	return store(now, now)
}
