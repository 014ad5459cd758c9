package dataset

import (
	"strconv"
	"strings"
)

// Opened is a file read leniently by Open: the valid part of its dataset,
// and what was wrong with the rest.
type Opened struct {
	Dataset *Dataset
	// Problems is every problem of the file, as Check reports them (and
	// `laborlens validate` prints them), followed by those that leaving
	// records out caused (an event naming an organization that was left
	// out), in line order.
	Problems Problems
	Warnings Problems
	// Left names each record left out, e.g. `event "x" (events[3])`, in
	// file order.
	Left  []string
	Dates DateFormat // how a CSV file's dates were read
	Rows  int        // events in the file, left out or not
}

// NotOpened is Open's error for a file of which nothing can be opened:
// its problems, as Check reports them, and why they stop it. errors.As
// finds the Problems in it.
type NotOpened struct {
	Problems Problems
	Why      string
}

func (e *NotOpened) Error() string { return e.Why + ":\n" + e.Problems.Error() }
func (e *NotOpened) Unwrap() error { return e.Problems }

// Open reads a dataset the way Check does, but when some records have
// problems it leaves them out and returns the rest, as long as what
// remains is valid and holds at least one event. When nothing can be
// opened, the error is a *NotOpened: problems with the file as a whole (a
// missing column, a syntax error, the metadata) or with every event; or
// the Problems or error of a file that cannot be read at all.
func Open(name string, b []byte) (*Opened, error) {
	c, err := check(name, b)
	if err != nil {
		return nil, err
	}
	o := &Opened{Dates: c.dates, Rows: len(c.d.Events)}
	if len(c.probs) == 0 && len(c.d.Events) == 0 {
		return nil, &NotOpened{Problems{{File: name, Field: "events", Msg: "the file holds no events"}}, "there is nothing to show"}
	}
	if len(c.probs) == 0 {
		if len(c.warns) > 0 {
			o.Warnings = c.d.locateAll(name, c.warns, c.lineOf)
		}
		c.d.sort()
		c.d.index()
		o.Dataset = c.d
		return o, nil
	}
	all := c.d.locateAll(name, c.probs, c.lineOf)
	if c.fatal || blocking(c.probs) {
		return nil, &NotOpened{all, "a problem concerns the whole file"}
	}
	// Leave out each record at fault, validate what is left, and repeat:
	// an event naming an organization that was left out is left out next.
	left := map[string]bool{}
	for _, p := range c.probs {
		if p.at != "" {
			left[p.at] = true
		}
	}
	var more []located
	var rest *Dataset
	var orig map[string]string
	for {
		rest, orig = c.d.without(left)
		ps := rest.validate()
		if len(ps) == 0 {
			break
		}
		for _, p := range ps {
			p.at = orig[p.at]
			p.Record = ""
			if p.at == "" || p.at == "meta" {
				return nil, &NotOpened{append(all, c.d.locateAll(name, []located{p}, c.lineOf)...), "a problem concerns the whole file"}
			}
			left[p.at] = true
			more = append(more, p)
		}
	}
	if len(rest.Events) == 0 {
		return nil, &NotOpened{all, "every event has a problem"}
	}
	o.Problems = c.d.locateAll(name, append(c.probs, more...), c.lineOf)
	for _, sec := range sections {
		for i := range sec.n(c.d) {
			if at := sec.name + "[" + strconv.Itoa(i) + "]"; left[at] {
				o.Left = append(o.Left, c.d.recordName(at))
			}
		}
	}
	if ws := rest.warnings(); len(ws) > 0 {
		for i := range ws {
			ws[i].at, ws[i].Record = orig[ws[i].at], ""
		}
		o.Warnings = c.d.locateAll(name, ws, c.lineOf)
	}
	rest.sort()
	rest.index()
	o.Dataset = rest
	return o, nil
}

// blocking reports whether a problem is with the file as a whole: not a
// record that can be left out, nor a column that can be ignored.
func blocking(ps []located) bool {
	for _, p := range ps {
		switch {
		case p.at == "meta":
			return true
		case p.at == "" && !(p.Record == "header" && strings.HasPrefix(p.Msg, "unknown column")):
			return true
		}
	}
	return false
}

// sections are the record lists of a dataset, as paths name them.
var sections = []struct {
	name string
	n    func(*Dataset) int
}{
	{"organizations", func(d *Dataset) int { return len(d.Organizations) }},
	{"facilities", func(d *Dataset) int { return len(d.Facilities) }},
	{"campaigns", func(d *Dataset) int { return len(d.Campaigns) }},
	{"events", func(d *Dataset) int { return len(d.Events) }},
}

// without is d less the records at the paths in left; orig maps each
// record path of the result to its path in d.
func (d *Dataset) without(left map[string]bool) (*Dataset, map[string]string) {
	orig := map[string]string{"meta": "meta", "": ""}
	return &Dataset{
		Meta:          d.Meta,
		Organizations: keep(d.Organizations, "organizations", left, orig),
		Facilities:    keep(d.Facilities, "facilities", left, orig),
		Campaigns:     keep(d.Campaigns, "campaigns", left, orig),
		Events:        keep(d.Events, "events", left, orig),
	}, orig
}

// keep returns the records of list whose path is not in left, noting in
// orig the path each had in list.
func keep[T any](list []T, section string, left map[string]bool, orig map[string]string) []T {
	var out []T
	for i, r := range list {
		at := section + "[" + strconv.Itoa(i) + "]"
		if !left[at] {
			orig[section+"["+strconv.Itoa(len(out))+"]"] = at
			out = append(out, r)
		}
	}
	return out
}
