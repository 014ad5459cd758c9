package dataset

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// The limits below bound what a dataset may hold, so that a careless or
// hostile file cannot make a page of megabytes or exhaust a browser. They
// were chosen from the shipped dataset's maxima (docs/dataset.md, "Limits")
// with ample room: a real dataset never meets them.
const (
	// MaxFileBytes is the largest dataset file Parse, ParseFile and Decode
	// read: 256 MiB, about 200,000 events at 1.3 kB each (the shipped file
	// is 1.1 MB), so that a server runs a dataset of 100,000.
	MaxFileBytes = 256 << 20
	// MaxBrowserFileBytes is the largest file a visitor opens in the
	// browser: it is read into the tab's memory and parsed there, at
	// about 4 s per 10,000 rows. 32 MiB is about 25,000 events.
	MaxBrowserFileBytes = 32 << 20
	// DefaultTextLimit and DefaultListLimit apply to a field missing from
	// the tables; TestLimitsCoverEveryField keeps the tables complete.
	DefaultTextLimit = 200
	DefaultListLimit = 50
)

// textLimits is the longest each text field may be, in characters (Unicode
// code points), by path pattern: list indices are written [].
var textLimits = map[string]int{
	"meta.title": 200, "meta.description": 2000, "meta.version": 50, "meta.updated": 20,
	"meta.license": 100, "meta.code_license": 100, "meta.publisher": 200, "meta.citation": 1000,

	"organizations[].id": 150, "organizations[].name": 300, "organizations[].aliases[]": 150,
	"organizations[].kind": 40, "organizations[].country": 10, "organizations[].website": 2000,
	"organizations[].description": 2000,

	"facilities[].code": 10, "facilities[].name": 200, "facilities[].city": 100,
	"facilities[].region": 100, "facilities[].country": 10, "facilities[].type": 40, "facilities[].coord_precision": 20,

	"campaigns[].id": 150, "campaigns[].name": 200, "campaigns[].description": 2000,

	"events[].id": 150, "events[].title": 200, "events[].summary": 2000, "events[].kind": 40,
	"events[].countries[]": 10, "events[].place": 200, "events[].region": 100, "events[].place_precision": 20, "events[].facilities[]": 10,
	"events[].organizations[]": 150, "events[].outcome": 1000, "events[].demands[]": 500,
	"events[].tags[]": 60, "events[].campaign": 150,
	"events[].people[].name": 150, "events[].people[].role": 200, "events[].people[].organization": 150,
	"events[].participants[].what": 150, "events[].participants[].counted_by": 150,
	"events[].participants[].note": 500,
	"events[].election.body":       150, "events[].election.result": 20, "events[].former_ids[]": 150,
	"events[].sources[].url": 2000, "events[].sources[].title": 400, "events[].sources[].publisher": 200,
}

// listLimits is the most items each list may have, by path pattern.
var listLimits = map[string]int{
	"events": 200000, "organizations": 50000, "facilities": 50000, "campaigns": 10000,
	"organizations[].aliases": 20,
	"events[].countries":      60, "events[].facilities": 50, "events[].organizations": 40,
	"events[].people": 30, "events[].participants": 12, "events[].demands": 30,
	"events[].tags": 30, "events[].sources": 25, "events[].former_ids": 20,
}

// Limits lists every limit as "pattern: n characters" or "pattern: n
// items", sorted, for the documentation and for tests.
func Limits() (text, lists map[string]int) {
	text, lists = map[string]int{}, map[string]int{}
	for k, v := range textLimits {
		text[k] = v
	}
	for k, v := range listLimits {
		lists[k] = v
	}
	return text, lists
}

func textLimit(pattern string) int {
	if n, ok := textLimits[pattern]; ok {
		return n
	}
	return DefaultTextLimit
}

func listLimit(pattern string) int {
	if n, ok := listLimits[pattern]; ok {
		return n
	}
	return DefaultListLimit
}

// walkStrings calls text for every string of d (ids and kinds included, not
// dates) and list for every slice, with its full path ("events[3].title"),
// built only when asked for, and pattern ("events[].title"), in document
// order. A list longer than its limit is walked only up to the limit.
func walkStrings(d *Dataset, text func(path func() string, at *schemaNode, s string), list func(path func() string, at *schemaNode, n int)) {
	// The path of the current value, as a stack of field names and list
	// indexes (index >= 0), joined only when a caller asks.
	type seg struct {
		name  string
		index int
	}
	var stack []seg
	path := func() string {
		var b strings.Builder
		for _, s := range stack {
			if s.index >= 0 {
				b.WriteString("[" + strconv.Itoa(s.index) + "]")
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
		return b.String()
	}
	// The walk reads the values through the schema's offsets, without
	// reflect.Value: at 100,000 events the walk by reflection took ~390 ms
	// of the browser's start.
	var walk func(p unsafe.Pointer, n *schemaNode)
	walk = func(p unsafe.Pointer, n *schemaNode) {
		switch n.kind {
		case reflect.String:
			text(path, n, *(*string)(p))
		case reflect.Slice:
			l := *(*[]byte)(p) // any slice's header: its data and length
			list(path, n, len(l))
			data := unsafe.Pointer(unsafe.SliceData(l))
			for i := range min(len(l), n.listLimit) {
				stack = append(stack, seg{index: i})
				walk(unsafe.Add(data, uintptr(i)*n.elemSize), n.elem)
				stack = stack[:len(stack)-1]
			}
		case reflect.Pointer:
			if q := *(*unsafe.Pointer)(p); q != nil {
				walk(q, n.elem)
			}
		case reflect.Struct:
			for _, f := range n.fields {
				stack = append(stack, seg{name: f.name, index: -1})
				walk(unsafe.Add(p, f.offset), f.node)
				stack = stack[:len(stack)-1]
			}
		}
	}
	walk(unsafe.Pointer(d), datasetSchema())
}

// schemaNode is a place in the Dataset type: its pattern and limit, and
// the fields of a struct or the element of a slice or pointer. Built once,
// so that walking a dataset builds no strings.
type schemaNode struct {
	pattern   string
	kind      reflect.Kind // of the type; a date's is reflect.Invalid: not text
	textLimit int          // textLimit(pattern), looked up once
	listLimit int
	fields    []schemaField
	elem      *schemaNode
	elemSize  uintptr // a slice's element's size
}

type schemaField struct {
	offset uintptr
	name   string
	node   *schemaNode
}

var datasetSchema = sync.OnceValue(func() *schemaNode { return schemaOf(reflect.TypeFor[Dataset](), "") })

func schemaOf(t reflect.Type, pattern string) *schemaNode {
	n := &schemaNode{pattern: pattern, kind: t.Kind(), textLimit: textLimit(pattern), listLimit: listLimit(pattern)}
	switch t.Kind() {
	case reflect.Slice:
		n.elem, n.elemSize = schemaOf(t.Elem(), pattern+"[]"), t.Elem().Size()
	case reflect.Pointer:
		n.elem = schemaOf(t.Elem(), pattern)
	case reflect.Struct:
		if t == dateType {
			n.kind = reflect.Invalid // dates are not text
			return n
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			n.fields = append(n.fields, schemaField{f.Offset, name, schemaOf(f.Type, joinPath(pattern, name))})
		}
	}
	return n
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// limitProblems reports every text longer than its limit, every list with
// more items than its limit and every control character other than newline
// and tab.
func (d *Dataset) limitProblems() []located {
	if withinLimits(unsafe.Pointer(d), datasetSchema()) {
		return nil
	}
	var out []located
	add := func(path, format string, args ...any) {
		at, field := splitPath(path)
		if field == "" { // a whole section, e.g. "events"
			at, field = "", path
		}
		out = append(out, located{at: at, Problem: Problem{Record: d.recordName(at), Field: field, Msg: fmt.Sprintf(format, args...)}})
	}
	walkStrings(d, func(path func() string, at *schemaNode, s string) {
		// A text no longer in bytes than its limit in characters is within
		// it; counting characters is for the others.
		if max := at.textLimit; len(s) > max {
			if n := utf8.RuneCountInString(s); n > max {
				add(path(), "%d characters, more than the limit of %d for %s (see Limits in docs/dataset.md)", n, max, at.pattern)
			}
		}
		if !mayHoldControl(s) {
			return
		}
		if i, r, ok := controlChar(s); ok {
			add(path(), "contains the control character %U at character %d: only newline and tab are allowed; remove it", r, i+1)
		}
	}, func(path func() string, at *schemaNode, n int) {
		if max := at.listLimit; n > max {
			add(path(), "%d items, more than the limit of %d for %s (see Limits in docs/dataset.md)", n, max, at.pattern)
		}
	})
	return out
}

// withinLimits reports whether the value at p, of the type of n, has
// nothing limitProblems would report: the same checks, without building
// paths or calling back, so that a dataset within its limits (nearly
// every one) is read once, quickly (~100 ms at 100,000 events in the
// browser, where walkStrings with its calls took ~260 ms).
func withinLimits(p unsafe.Pointer, n *schemaNode) bool {
	switch n.kind {
	case reflect.String:
		return fits(*(*string)(p), n.textLimit)
	case reflect.Slice:
		l := *(*[]byte)(p)
		if len(l) > n.listLimit {
			return false
		}
		data := unsafe.Pointer(unsafe.SliceData(l))
		if n.elem.kind == reflect.String {
			for _, s := range unsafe.Slice((*string)(data), len(l)) {
				if !fits(s, n.elem.textLimit) {
					return false
				}
			}
			return true
		}
		for i := range len(l) {
			if !withinLimits(unsafe.Add(data, uintptr(i)*n.elemSize), n.elem) {
				return false
			}
		}
	case reflect.Pointer:
		if q := *(*unsafe.Pointer)(p); q != nil {
			return withinLimits(q, n.elem)
		}
	case reflect.Struct:
		for _, f := range n.fields {
			if f.node.kind == reflect.String {
				if !fits(*(*string)(unsafe.Add(p, f.offset)), f.node.textLimit) {
					return false
				}
			} else if f.node.kind != reflect.Invalid && !withinLimits(unsafe.Add(p, f.offset), f.node) {
				return false
			}
		}
	}
	return true
}

// fits reports whether s is within max characters and holds no control
// character but newline and tab, as limitProblems judges a text.
func fits(s string, max int) bool {
	if len(s) > max && utf8.RuneCountInString(s) > max {
		return false
	}
	return !mayHoldControl(s) || !hasControl(s)
}

func hasControl(s string) bool { _, _, ok := controlChar(s); return ok }

// mayHoldControl reports whether s has a byte that begins a control
// character other than newline and tab: a C0 byte, DEL, or 0xC2, the
// first byte of the C1 controls (and of other characters, which
// controlChar then tells apart). It spares decoding the characters of the
// texts that have none, nearly all of them.
func mayHoldControl(s string) bool {
	// Eight bytes at a time, with the bit tricks of "Bit Twiddling Hacks"
	// (a byte less than n; a byte equal to c): a word that may hold one
	// is looked at byte by byte. Most texts have no such word, and most
	// words are printable ASCII, which the first test passes with the
	// fewest operations. The tests look at each byte alike, so the order
	// of the bytes in the word does not matter; the word is loaded whole
	// (binary.LittleEndian's eight loads of a byte took twice as long in
	// the wasm).
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	p := unsafe.Pointer(unsafe.StringData(s))
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := *(*uint64)(unsafe.Add(p, i))
		if (x|(x-0x20*ones)|(x+ones))&highs == 0 {
			continue // every byte 0x20 to 0x7e
		}
		del, c2 := x^(0x7f*ones), x^(0xc2*ones)
		if ((x-0x20*ones)&^x|(del-ones)&^del|(c2-ones)&^c2)&highs == 0 {
			continue
		}
		if mayHoldControlBytes(s[i : i+8]) {
			return true
		}
	}
	return mayHoldControlBytes(s[i:])
}

func mayHoldControlBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0xc2 {
			return true
		}
	}
	return false
}

// controlChar finds the first control character other than newline and
// tab (C0, DEL and C1), by character index.
func controlChar(s string) (i int, r rune, ok bool) {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
			return i, r, true
		}
		i++
	}
	return 0, 0, false
}

// CheckLimits reports what of d is over the limits or holds control
// characters; Decode applies it to what the browser loads, and Validate
// includes it.
func (d *Dataset) CheckLimits() Problems { return unlocated(d.limitProblems()) }

// tooBig is the problem of a file larger than MaxFileBytes.
func tooBig(name string, n int64) Problems {
	return Problems{{File: name, Line: 1, Msg: fmt.Sprintf(
		"the file is %d bytes, more than the limit of %d (%d MiB): split it, or check it is the right file",
		n, MaxFileBytes, MaxFileBytes>>20)}}
}
