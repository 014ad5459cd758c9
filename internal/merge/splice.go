package merge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
)

// span is where one element of a top-level list sits in the file.
type span struct{ start, end int64 }

// layout is where each top-level list of a dataset file and its elements sit.
type layout struct {
	members map[string]span // every top-level member's value
	lists   map[string]list // those that are lists
}

type list struct {
	open, close int64  // offsets of "[" and "]"
	elems       []span // the elements, in file order
}

// scan finds the top-level lists of a dataset file and their elements.
func scan(b []byte) (layout, error) {
	l := layout{members: map[string]span{}, lists: map[string]list{}}
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return l, fmt.Errorf("not a JSON object: %v", err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return l, err
		}
		key, _ := tok.(string)
		start := skipSpace(b, dec.InputOffset())
		if start >= int64(len(b)) || b[start] != '[' {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return l, err
			}
			l.members[key] = span{start, dec.InputOffset()}
			continue
		}
		if _, err := dec.Token(); err != nil { // [
			return l, err
		}
		ls := list{open: start}
		for dec.More() {
			s := skipSpace(b, dec.InputOffset())
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return l, err
			}
			ls.elems = append(ls.elems, span{s, dec.InputOffset()})
		}
		if _, err := dec.Token(); err != nil { // ]
			return l, err
		}
		ls.close = dec.InputOffset() - 1
		l.lists[key] = ls
		l.members[key] = span{start, ls.close + 1}
	}
	return l, nil
}

// skipSpace skips blanks, commas and colons from off.
func skipSpace(b []byte, off int64) int64 {
	for off < int64(len(b)) {
		switch b[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// insertion is a record to add to a list: before the element at index
// (len(elems): at the end), as JSON text. Records with the same index go
// in the order given.
type insertion struct {
	list  string
	index int
	text  []byte
}

// splice writes b with the insertions made, each record indented as the
// file's records are (two spaces for the list, four for its elements),
// leaving every existing byte as it was.
func splice(b []byte, l layout, ins []insertion) ([]byte, error) {
	type edit struct {
		at, to int64 // replace b[at:to] (to == at: insert)
		text   []byte
	}
	groups := map[string]map[int][][]byte{} // list -> index -> records
	for _, in := range ins {
		if _, ok := l.lists[in.list]; !ok {
			return nil, fmt.Errorf("the file has no %q list to add to", in.list)
		}
		if groups[in.list] == nil {
			groups[in.list] = map[int][][]byte{}
		}
		groups[in.list][in.index] = append(groups[in.list][in.index], indent(in.text))
	}
	sep := []byte(",\n    ")
	var edits []edit
	for name, byIndex := range groups {
		ls := l.lists[name]
		for i, recs := range byIndex {
			text := bytes.Join(recs, sep)
			switch {
			case len(ls.elems) == 0:
				edits = append(edits, edit{ls.open + 1, ls.close, slices.Concat([]byte("\n    "), text, []byte("\n  "))})
			case i < len(ls.elems):
				at := ls.elems[i].start
				edits = append(edits, edit{at, at, slices.Concat(text, sep)})
			default:
				at := ls.elems[len(ls.elems)-1].end
				edits = append(edits, edit{at, at, slices.Concat(sep, text)})
			}
		}
	}
	slices.SortFunc(edits, func(a, b edit) int { return int(a.at - b.at) })
	var out bytes.Buffer
	last := int64(0)
	for _, e := range edits {
		out.Write(b[last:e.at])
		out.Write(e.text)
		last = e.to
	}
	out.Write(b[last:])
	return out.Bytes(), nil
}

// indent formats a record as an element of a top-level list.
func indent(rec []byte) []byte {
	var out bytes.Buffer
	if err := json.Indent(&out, rec, "    ", "  "); err != nil {
		return rec
	}
	return out.Bytes()
}
