package dataset

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// ParseFile reads and parses the dataset in the file at path; see Parse.
func ParseFile(path string) (*Dataset, error) {
	d, _, err := CheckFile(path)
	return d, err
}

// CheckFile is ParseFile that also returns the warnings of a valid file;
// see Check.
func CheckFile(path string) (*Dataset, Problems, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// Read one byte past the limit, not the whole of a huge file.
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(b) > MaxFileBytes {
		if fi, err := f.Stat(); err == nil {
			return nil, nil, tooBig(path, fi.Size())
		}
		return nil, nil, tooBig(path, int64(len(b)))
	}
	return Check(path, b)
}

// Parse decodes and validates a dataset. The format is chosen by the
// extension of name, ".json" or ".csv", or else sniffed from the content:
// JSON if it starts with "{" or "[", CSV otherwise. See docs/dataset.md for
// both formats.
//
// If anything is wrong, Parse returns a nil dataset and a Problems error
// listing every problem found, each with name as its file and the line of
// the record or field at fault, in line order. Otherwise the dataset is
// sorted (events newest first, ties by id; organizations and campaigns by
// id; facilities by code) and indexed for the lookup methods.
func Parse(name string, b []byte) (*Dataset, error) {
	d, _, err := Check(name, b)
	return d, err
}

// Check is Parse that also returns, for a valid dataset, its warnings
// (see Dataset.Warnings), located like problems.
func Check(name string, b []byte) (*Dataset, Problems, error) {
	c, err := check(name, b)
	if err != nil {
		return nil, nil, err
	}
	if len(c.probs) > 0 {
		return nil, nil, c.d.locateAll(name, c.probs, c.lineOf)
	}
	var warnings Problems
	if len(c.warns) > 0 {
		warnings = c.d.locateAll(name, c.warns, c.lineOf)
	}
	c.d.sort()
	c.d.index()
	return c.d, warnings, nil
}

// checked is what check found in a file: the records as decoded (not yet
// sorted or indexed), the problems of decoding and validation, the
// warnings, and where each record and field is.
type checked struct {
	d            *Dataset
	probs, warns []located
	lineOf       func(path string) (int, bool)
	fatal        bool // decoding stopped: d is incomplete
	dates        DateFormat
}

// check decodes and validates b; the error is for what cannot be read at
// all (too big, not UTF-8).
func check(name string, b []byte) (*checked, error) {
	if len(b) > MaxFileBytes {
		return nil, tooBig(name, int64(len(b)))
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if !utf8.Valid(b) {
		off := 0
		for r, n := utf8.DecodeRune(b); r != utf8.RuneError || n > 1; r, n = utf8.DecodeRune(b[off:]) {
			off += n
		}
		return nil, Problems{{File: name, Line: lineAt(b, int64(off)),
			Msg: "not UTF-8 text: save the file with the UTF-8 encoding (in a spreadsheet: CSV UTF-8)"}}
	}
	c := &checked{dates: DateFormat{Format: DateISO}}
	var vprobs []located // found by validation
	if isJSON(name, b) {
		var offs map[string]int64
		c.d, c.probs, _, c.fatal = decodeJSON(b, false)
		if !c.fatal {
			vprobs = c.d.validate()
			c.warns = c.d.warnings()
		}
		if len(c.probs)+len(vprobs)+len(c.warns) > 0 {
			// Decode again, noting where each field is, to locate the problems.
			c.d, c.probs, offs, c.fatal = decodeJSON(b, true)
		}
		c.lineOf = offsetLines(b, offs)
	} else {
		var lines map[string]int
		c.d, c.probs, lines, c.fatal, c.dates = decodeCSV(name, b)
		if !c.fatal {
			vprobs = c.d.validate()
			c.warns = c.d.warnings()
		}
		c.lineOf = func(p string) (int, bool) {
			l, ok := lines[p]
			return l, ok
		}
	}
	if !c.fatal {
		c.probs = merge(c.probs, vprobs)
	}
	return c, nil
}

// locateAll gives each problem its file, record name and line, and sorts
// them by line.
func (d *Dataset) locateAll(name string, probs []located, lineOf func(path string) (int, bool)) Problems {
	out := make(Problems, len(probs))
	for i, l := range probs {
		p := l.Problem
		p.File, p.At = name, l.at
		if p.Record == "" && l.at != "" {
			p.Record = d.recordName(l.at)
		}
		for at := l.path(); p.Line == 0; at = parent(at) {
			if line, ok := lineOf(at); ok {
				p.Line = line
			}
			if at == "" {
				break
			}
		}
		out[i] = p
	}
	sortStable(out, func(a, b *Problem) int { return cmp.Compare(a.Line, b.Line) })
	return out
}

// ParseFragment reads a fragment: a JSON object with any of the members
// organizations, facilities, campaigns and events (meta is not needed), as
// written to be merged into a dataset. It reports what cannot be read
// (unknown members, values of the wrong type) as a Problems error with file
// and line, but does not validate: validate the dataset it is merged into.
// The records are returned with the error, as far as they could be read
// (Problem.At says which record is at fault), unless a syntax error
// stopped decoding: then the dataset is nil.
func ParseFragment(name string, b []byte) (*Dataset, error) {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	d, probs, offs, fatal := decodeJSON(b, true)
	if len(probs) == 0 {
		return d, nil
	}
	ps := d.locateAll(name, probs, offsetLines(b, offs))
	if fatal {
		return nil, ps
	}
	return d, ps
}

// offsetLines turns the byte offsets of the fields of b into lines.
func offsetLines(b []byte, offs map[string]int64) func(path string) (int, bool) {
	nl := newlines(b)
	return func(p string) (int, bool) {
		off, ok := offs[p]
		return nl.line(off), ok
	}
}

// isJSON tells the format of a file by its name, or else its content.
func isJSON(name string, b []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return true
	case ".csv":
		return false
	}
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

// merge adds the validation problems to the decoding ones, leaving out
// those about a field (or record) that already failed to decode: a date
// that could not be read must not also be reported as missing.
func merge(decoding, validation []located) []located {
	bad := map[string]bool{}
	for _, p := range decoding {
		bad[p.path()] = true
	}
	out := decoding
outer:
	for _, p := range validation {
		for at := p.path(); ; at = parent(at) {
			if bad[at] {
				continue outer
			}
			if at == "" {
				break
			}
		}
		out = append(out, p)
	}
	return out
}

// newlines indexes the line starts of a text.
type lineIndex []int64

func newlines(b []byte) lineIndex {
	var nl lineIndex
	for i, c := range b {
		if c == '\n' {
			nl = append(nl, int64(i))
		}
	}
	return nl
}

// line is the 1-based line of byte offset off.
func (nl lineIndex) line(off int64) int {
	i, _ := slices.BinarySearch(nl, off)
	return i + 1
}

// sort puts the dataset in its canonical order: events newest first (ties
// by id), organizations and campaigns by id, facilities by code.
func (d *Dataset) sort() {
	sortStable(d.Events, func(a, b *Event) int { return CompareEvents(*a, *b) })
	sortStable(d.Organizations, func(a, b *Organization) int { return strings.Compare(a.ID, b.ID) })
	sortStable(d.Facilities, func(a, b *Facility) int { return strings.Compare(a.Code, b.Code) })
	sortStable(d.Campaigns, func(a, b *Campaign) int { return strings.Compare(a.ID, b.ID) })
}

// CompareEvents orders events as a dataset keeps them: newest first, ties
// by id.
func CompareEvents(a, b Event) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// sortStable is slices.SortStableFunc through pointers. The generic sort is
// compiled once for every element type's layout, about 9 kB of wasm for
// each struct type; sorting pointers shares one copy with every other
// pointer sort, and moves 8 bytes a swap instead of a whole record.
func sortStable[T any](l []T, cmp func(a, b *T) int) {
	ps := make([]*T, len(l))
	for i := range l {
		ps[i] = &l[i]
	}
	slices.SortStableFunc(ps, cmp)
	out := make([]T, len(l))
	for i, p := range ps {
		out[i] = *p
	}
	copy(l, out)
}
