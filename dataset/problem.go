package dataset

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a dataset, located as precisely as known.
//
// Its String form is "file:line: record: field: message"; parts that are
// unknown are left out, e.g. Validate's problems have no file or line.
type Problem struct {
	File   string // the file name given to Parse; empty for Validate
	Line   int    // 1-based line in File; 0 when unknown
	Record string // e.g. `event "2022-04-01-jfk8-union-election" (events[12])`, or `events[12]` when it has no id
	Field  string // path inside the record, e.g. "kind" or "sources[1].url"
	Msg    string
	At     string // the record's place, e.g. "events[12]" or "meta"; empty for the whole file
}

// String formats the problem as "file:line: record: field: message".
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(p.Line))
		}
		b.WriteString(": ")
	} else if p.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(p.Line))
		b.WriteString(": ")
	}
	if p.Record != "" {
		b.WriteString(p.Record)
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is every problem found in a dataset. It is the error Parse
// returns; use errors.As to get at the individual problems.
type Problems []Problem

// Error lists the problems one per line, followed by their count.
func (ps Problems) Error() string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	if len(ps) == 1 {
		b.WriteString("1 problem")
	} else {
		fmt.Fprintf(&b, "%d problems", len(ps))
	}
	return b.String()
}

// located is a problem together with the path of its record in the
// dataset ("meta", "events[12]", ... or "" for the whole file), which
// Parse uses to find its line.
type located struct {
	at string
	Problem
}

// path is the full path of the problem's field, e.g. "events[12].kind".
func (l located) path() string {
	switch {
	case l.at == "":
		return l.Field
	case l.Field == "":
		return l.at
	}
	return l.at + "." + l.Field
}

// parent strips the last element from a path: "a[1].b" -> "a[1]" -> "a" -> "".
func parent(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// splitPath splits a full path into the record's path and the field inside
// it: "events[12].sources[0].url" -> "events[12]", "sources[0].url".
func splitPath(path string) (at, field string) {
	if path == "meta" || strings.HasPrefix(path, "meta.") {
		return "meta", strings.TrimPrefix(strings.TrimPrefix(path, "meta"), ".")
	}
	if i := strings.IndexByte(path, ']'); i > 0 && !strings.ContainsAny(path[:i], ".") {
		return path[:i+1], strings.TrimPrefix(path[i+1:], ".")
	}
	return "", path
}

// recordName names the record at path at: by id when it has one, else by
// its path.
func (d *Dataset) recordName(at string) string {
	if at == "meta" {
		return "meta"
	}
	open := strings.IndexByte(at, '[')
	if open < 0 || !strings.HasSuffix(at, "]") {
		return at
	}
	i, err := strconv.Atoi(at[open+1 : len(at)-1])
	if err != nil || i < 0 {
		return at
	}
	var what, id string
	switch at[:open] {
	case "events":
		if i < len(d.Events) {
			what, id = "event", d.Events[i].ID
		}
	case "organizations":
		if i < len(d.Organizations) {
			what, id = "organization", d.Organizations[i].ID
		}
	case "facilities":
		if i < len(d.Facilities) {
			what, id = "facility", d.Facilities[i].Code
		}
	case "campaigns":
		if i < len(d.Campaigns) {
			what, id = "campaign", d.Campaigns[i].ID
		}
	}
	return name(what, id, at)
}

// name formats a record name: `event "id" (events[3])`, or the bare path
// when the record has no id.
func name(what, id, at string) string {
	if id == "" || what == "" {
		return at
	}
	return fmt.Sprintf("%s %q (%s)", what, id, at)
}
