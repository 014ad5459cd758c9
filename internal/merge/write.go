package merge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// key is what a record is ordered by in its section: events by date
// (newest first) then id, the others by id (facilities by code).
type key struct {
	ID   string       `json:"id"`
	Code string       `json:"code"`
	Date dataset.Date `json:"date"`
}

func compare(section string, a, b key) int {
	switch section {
	case "events":
		return dataset.CompareEvents(dataset.Event{ID: a.ID, Date: a.Date}, dataset.Event{ID: b.ID, Date: b.Date})
	case "facilities":
		return strings.Compare(a.Code, b.Code)
	}
	return strings.Compare(a.ID, b.ID)
}

func keyOf(v any) key {
	switch v := v.(type) {
	case dataset.Organization:
		return key{ID: v.ID}
	case dataset.Facility:
		return key{Code: v.Code}
	case dataset.Campaign:
		return key{ID: v.ID}
	case dataset.Event:
		return key{ID: v.ID, Date: v.Date}
	}
	return key{}
}

// write adds recs to the file base, each before the first record of its
// section that comes after it, and sets meta's version and updated.
func write(base []byte, recs []record, opt Options) ([]byte, error) {
	l, err := scan(base)
	if err != nil {
		return nil, fmt.Errorf("merge: reading the layout of the dataset file: %w", err)
	}
	existing := map[string][]key{}
	for name, ls := range l.lists {
		for _, s := range ls.elems {
			var k key
			if err := json.Unmarshal(base[s.start:s.end], &k); err != nil {
				return nil, fmt.Errorf("merge: %s: %w", name, err)
			}
			existing[name] = append(existing[name], k)
		}
	}
	recs = slices.Clone(recs)
	slices.SortStableFunc(recs, func(a, b record) int {
		if a.section != b.section {
			return strings.Compare(a.section, b.section)
		}
		return compare(a.section, keyOf(a.value), keyOf(b.value))
	})
	var ins []insertion
	for _, r := range recs {
		k := keyOf(r.value)
		at := slices.IndexFunc(existing[r.section], func(e key) bool { return compare(r.section, k, e) < 0 })
		if at < 0 {
			at = len(existing[r.section])
		}
		text, err := marshal(r.value)
		if err != nil {
			return nil, fmt.Errorf("merge: %s %s: %w", r.section, r.id, err)
		}
		ins = append(ins, insertion{r.section, at, text})
	}
	out, err := splice(base, l, ins)
	if err != nil {
		return nil, err
	}
	return setMeta(out, opt)
}

// setMeta replaces the version and the updated date wherever meta quotes
// them (its citation does too).
func setMeta(b []byte, opt Options) ([]byte, error) {
	if opt.Version == "" && opt.Updated == "" {
		return b, nil
	}
	l, err := scan(b)
	if err != nil {
		return nil, err
	}
	m, ok := l.members["meta"]
	if !ok {
		return nil, fmt.Errorf("merge: the dataset file has no meta")
	}
	var meta dataset.Meta
	if err := json.Unmarshal(b[m.start:m.end], &meta); err != nil {
		return nil, fmt.Errorf("merge: meta: %w", err)
	}
	text := b[m.start:m.end]
	for _, r := range [][2]string{{meta.Version, opt.Version}, {meta.Updated, opt.Updated}} {
		if r[0] != "" && r[1] != "" {
			text = bytes.ReplaceAll(text, []byte(r[0]), []byte(r[1]))
		}
	}
	return slices.Concat(b[:m.start], text, b[m.end:]), nil
}
