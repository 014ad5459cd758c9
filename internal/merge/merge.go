// Package merge adds the records of fragments (JSON files of new
// organizations, facilities, campaigns and events, as research writes
// them) to a dataset file. It adds only records whose id the file lacks,
// keeps every existing byte of the file, puts each new record where the
// dataset's order wants it, formatted as the file's records are, and
// refuses to write a dataset that does not validate.
package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Fragment is one file to merge.
type Fragment struct {
	Name string
	Data []byte
}

// Options change what Merge does.
type Options struct {
	// Drop leaves out the new records that have problems (and those that
	// then refer to a dropped one) instead of refusing to merge.
	Drop bool
	// Version and Updated, if set, replace meta.version and meta.updated,
	// everywhere they appear in meta (the citation quotes them).
	Version, Updated string
}

// Result says what Merge did.
type Result struct {
	Out      []byte   // the merged file; nil if there are problems
	Report   []string // one line per fragment and per record skipped or dropped
	Problems []string // what stopped the merge; empty if Out is set
	Added    int      // records added, all sections
}

// record is one new record, with where it came from.
type record struct {
	frag, section, id string
	value             any // dataset.Organization, Facility, Campaign or Event
}

// Merge merges frags into the dataset file base (named baseName).
func Merge(baseName string, base []byte, frags []Fragment, opt Options) (*Result, error) {
	d, err := dataset.Parse(baseName, base)
	if err != nil {
		return nil, fmt.Errorf("the dataset to merge into has problems; fix them first:\n%w", err)
	}
	res := &Result{}
	have := ids(d)
	var added []record
	for _, f := range frags {
		added = append(added, readFragment(f, have, opt.Drop, res)...)
	}
	added = validate(d, added, opt.Drop, res)
	if len(res.Problems) > 0 {
		return res, nil
	}
	res.Added = len(added)
	res.Out, err = write(base, added, opt)
	if err != nil {
		return nil, err
	}
	if _, err := dataset.Parse(baseName, res.Out); err != nil {
		return nil, fmt.Errorf("merge: the merged file does not parse back (a bug): %w", err)
	}
	return res, nil
}

// readFragment returns the records of f whose id is not in have, and adds
// their ids to have. Records that cannot be read are problems, or with drop
// are left out.
func readFragment(f Fragment, have map[string]map[string]bool, drop bool, res *Result) []record {
	fd, err := dataset.ParseFragment(f.Name, f.Data)
	var probs dataset.Problems
	if err != nil && !errors.As(err, &probs) || fd == nil {
		res.Problems = append(res.Problems, err.Error())
		return nil
	}
	bad := map[string][]string{} // section[i] -> problems
	for _, p := range probs {
		if p.At == "" || p.At == "meta" {
			res.Problems = append(res.Problems, p.String()) // not about a record: cannot drop it
		}
		bad[p.At] = append(bad[p.At], p.String())
	}
	var out []record
	skipped := 0
	add := func(section string, i int, id string, v any) {
		at := fmt.Sprintf("%s[%d]", section, i)
		switch {
		case have[section][id]:
			skipped++
			res.Report = append(res.Report, fmt.Sprintf("%s: %s %s: skipped, the id is already in the dataset", f.Name, section, id))
			return
		case len(bad[at]) > 0 && drop:
			res.Report = append(res.Report, fmt.Sprintf("%s: %s %s: dropped, it cannot be read:\n  %s", f.Name, section, id, strings.Join(bad[at], "\n  ")))
			return
		case len(bad[at]) > 0:
			res.Problems = append(res.Problems, bad[at]...)
		}
		have[section][id] = true
		out = append(out, record{f.Name, section, id, v})
	}
	for i, o := range fd.Organizations {
		add("organizations", i, o.ID, o)
	}
	for i, o := range fd.Facilities {
		add("facilities", i, o.Code, o)
	}
	for i, o := range fd.Campaigns {
		add("campaigns", i, o.ID, o)
	}
	for i, o := range fd.Events {
		add("events", i, o.ID, o)
	}
	res.Report = append(res.Report, fmt.Sprintf("%s: %d new records, %d already present", f.Name, len(out), skipped))
	return out
}

// ids lists the ids (codes for facilities) in each section of d.
func ids(d *dataset.Dataset) map[string]map[string]bool {
	m := map[string]map[string]bool{"organizations": {}, "facilities": {}, "campaigns": {}, "events": {}}
	for _, o := range d.Organizations {
		m["organizations"][o.ID] = true
	}
	for _, f := range d.Facilities {
		m["facilities"][f.Code] = true
	}
	for _, c := range d.Campaigns {
		m["campaigns"][c.ID] = true
	}
	for _, e := range d.Events {
		m["events"][e.ID] = true
	}
	return m
}

// build is base with the records appended to their sections, and where
// each record went ("events[340]" -> index in recs).
func build(base *dataset.Dataset, recs []record) (*dataset.Dataset, map[string]int) {
	d := *base
	d.Organizations = slices.Clip(d.Organizations)
	d.Facilities = slices.Clip(d.Facilities)
	d.Campaigns = slices.Clip(d.Campaigns)
	d.Events = slices.Clip(d.Events)
	where := map[string]int{}
	for i, r := range recs {
		var n int
		switch v := r.value.(type) {
		case dataset.Organization:
			d.Organizations, n = append(d.Organizations, v), len(d.Organizations)
		case dataset.Facility:
			d.Facilities, n = append(d.Facilities, v), len(d.Facilities)
		case dataset.Campaign:
			d.Campaigns, n = append(d.Campaigns, v), len(d.Campaigns)
		case dataset.Event:
			d.Events, n = append(d.Events, v), len(d.Events)
		}
		where[fmt.Sprintf("%s[%d]", r.section, n)] = i
	}
	return &d, where
}

// validate validates base with the new records. A problem with a new
// record is named after its fragment; with drop, the record is left out
// and the rest validated again, until no new record has a problem. It
// returns the records kept.
func validate(base *dataset.Dataset, recs []record, drop bool, res *Result) []record {
	for {
		d, where := build(base, recs)
		ps := d.Validate()
		if len(ps) == 0 {
			return recs
		}
		faulty := map[int][]string{} // index in recs -> problems
		for _, p := range ps {
			i, isNew := where[p.At]
			if !isNew {
				res.Problems = append(res.Problems, "merged dataset: "+p.String())
				continue
			}
			faulty[i] = append(faulty[i], p.Field+": "+p.Msg)
		}
		if !drop || len(res.Problems) > 0 {
			for i, r := range recs {
				for _, m := range faulty[i] {
					res.Problems = append(res.Problems, fmt.Sprintf("%s: %s %q: %s", r.frag, r.section, r.id, m))
				}
			}
			return recs
		}
		var keep []record
		for i, r := range recs {
			if msgs := faulty[i]; len(msgs) > 0 {
				res.Report = append(res.Report, fmt.Sprintf("%s: %s %s: dropped:\n  %s", r.frag, r.section, r.id, strings.Join(msgs, "\n  ")))
				continue
			}
			keep = append(keep, r)
		}
		recs = keep
	}
}

// marshal writes v as compact JSON without HTML escaping, as the file has it.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
