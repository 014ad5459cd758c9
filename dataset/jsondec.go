package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/laborlens/laborlens/jsontok"
)

// jsonReader decodes a dataset token by token, driven by the Go types, so
// that it can name the line of every record and field, report every
// unknown or duplicate field (not just the first) and carry on past a
// value of the wrong type.
type jsonReader struct {
	b     []byte
	dec   *jsontok.Tokens
	probs []located
	locs  map[string]int64 // full path -> byte offset of its key or element; nil: not wanted
	fatal bool             // a syntax error stopped decoding
}

// decodeJSON reads a dataset from b. It returns the problems it found and
// the byte offset of every field it read, by full path
// ("events[3].sources[0].url") if locate is set. A syntax error stops it,
// leaving the dataset partly filled, and sets fatal.
func decodeJSON(b []byte, locate bool) (d *Dataset, probs []located, offs map[string]int64, fatal bool) {
	r := &jsonReader{b: b}
	if locate {
		r.locs = map[string]int64{}
	}
	r.dec = jsontok.New(b)
	d = new(Dataset)
	r.locate("", r.next())
	if err := r.value(reflect.ValueOf(d).Elem(), ""); err != nil {
		r.stop(err)
		return d, r.probs, r.locs, true
	}
	if _, err := r.dec.Token(); err != io.EOF {
		if err == nil {
			err = errors.New("unexpected data after the dataset object")
		}
		r.stop(err)
	}
	return d, r.probs, r.locs, r.fatal
}

// stop records an error that stops decoding, at the offset it names.
func (r *jsonReader) stop(err error) {
	r.fatal = true
	off := r.dec.InputOffset()
	msg := err.Error()
	var se *jsontok.SyntaxError
	switch {
	case errors.As(err, &se):
		off = se.Offset
		msg = "syntax error: " + se.Error()
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		off = int64(len(r.b))
		msg = "syntax error: unexpected end of JSON input"
	}
	r.probs = append(r.probs, located{Problem: Problem{Line: lineAt(r.b, off), Msg: msg}})
}

// lineAt is the 1-based line of byte offset off in b.
func lineAt(b []byte, off int64) int {
	off = min(max(off, 0), int64(len(b)))
	return 1 + bytes.Count(b[:off], []byte{'\n'})
}

// problem records a problem with the value at path.
func (r *jsonReader) problem(path, format string, args ...any) {
	at, field := splitPath(path)
	r.probs = append(r.probs, located{at: at, Problem: Problem{Field: field, Msg: fmt.Sprintf(format, args...)}})
}

// locate records the offset of path, if offsets are wanted.
func (r *jsonReader) locate(path string, off int64) {
	if r.locs != nil {
		r.locs[path] = off
	}
}

// next returns the offset where the next token starts.
func (r *jsonReader) next() int64 {
	off := r.dec.InputOffset()
	for off < int64(len(r.b)) {
		switch r.b[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

var dateType = reflect.TypeFor[Date]()

// value decodes the next JSON value into v. Values of the wrong type are
// reported and skipped; only syntax errors are returned.
func (r *jsonReader) value(v reflect.Value, path string) error {
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		return nil // null leaves the zero value, as encoding/json does
	}
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		// An optional value (a *Election, a *int count): decode into a
		// fresh one and keep it, as encoding/json does.
		p := reflect.New(t.Elem())
		err := r.valueTok(tok, p.Elem(), path)
		v.Set(p)
		return err
	}
	return r.valueTok(tok, v, path)
}

// valueTok decodes the value that starts with tok into v.
func (r *jsonReader) valueTok(tok any, v reflect.Value, path string) error {
	t := v.Type()
	switch {
	case t == dateType:
		s, ok := tok.(string)
		if !ok {
			return r.mismatch(path, `a date string "YYYY", "YYYY-MM" or "YYYY-MM-DD"`, tok)
		}
		var dt Date
		if err := dt.UnmarshalText([]byte(s)); err != nil {
			r.problem(path, "%v", err)
			return nil
		}
		v.Set(reflect.ValueOf(dt))
	case t.Kind() == reflect.String:
		s, ok := tok.(string)
		if !ok {
			return r.mismatch(path, "a string", tok)
		}
		v.SetString(s)
	case t.Kind() == reflect.Bool:
		b, ok := tok.(bool)
		if !ok {
			return r.mismatch(path, "true or false", tok)
		}
		v.SetBool(b)
	case t.Kind() == reflect.Int:
		n, ok := tok.(jsontok.Number)
		if !ok {
			return r.mismatch(path, "a whole number", tok)
		}
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil || v.OverflowInt(i) {
			r.problem(path, "want a whole number, got %s", n)
			return nil
		}
		v.SetInt(i)
	case t.Kind() == reflect.Float64:
		n, ok := tok.(jsontok.Number)
		if !ok {
			return r.mismatch(path, "a number", tok)
		}
		f, err := strconv.ParseFloat(string(n), 64)
		if err != nil {
			r.problem(path, "want a number, got %s", n)
			return nil
		}
		v.SetFloat(f)
	case t.Kind() == reflect.Slice:
		if tok != jsontok.Delim('[') {
			return r.mismatch(path, "a list [...]", tok)
		}
		return r.list(v, path)
	case t.Kind() == reflect.Struct:
		if tok != jsontok.Delim('{') {
			return r.mismatch(path, "an object {...}", tok)
		}
		return r.object(v, path)
	default:
		panic("dataset: cannot decode JSON into " + t.String())
	}
	return nil
}

func (r *jsonReader) list(v reflect.Value, path string) error {
	for i := 0; r.dec.More(); i++ {
		p := path + "[" + strconv.Itoa(i) + "]"
		if r.locs != nil {
			r.locate(p, r.next())
		}
		e := reflect.New(v.Type().Elem()).Elem()
		if err := r.value(e, p); err != nil {
			return err
		}
		v.Set(reflect.Append(v, e))
	}
	_, err := r.dec.Token() // ]
	return err
}

func (r *jsonReader) object(v reflect.Value, path string) error {
	fields := jsonFields(v.Type())
	var seen uint64 // bit i: field i given
	for r.dec.More() {
		var off int64
		if r.locs != nil {
			off = r.next()
		}
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		p := key
		if path != "" {
			p = path + "." + key
		}
		if _, ok := r.locs[p]; !ok {
			r.locate(p, off)
		}
		i, ok := fields.index[key]
		switch {
		case !ok:
			r.unknown(path, p, key, fields.names)
			if err := r.skip(); err != nil {
				return err
			}
			continue
		case seen&(1<<i) != 0:
			r.locate(p, off)
			r.problem(p, "field given twice; the second value is used")
		}
		seen |= 1 << i
		if err := r.value(v.Field(i), p); err != nil {
			return err
		}
	}
	_, err := r.dec.Token() // }
	return err
}

func (r *jsonReader) unknown(path, p, key string, names []string) {
	if s := didYouMean(key, names); s != "" {
		r.problem(p, "unknown field %q%s", key, s)
		return
	}
	what := "the dataset"
	if path != "" {
		what = path
	}
	r.problem(p, "unknown field %q in %s; want one of %s", key, what, strings.Join(names, ", "))
}

// mismatch reports a value of the wrong type and skips it.
func (r *jsonReader) mismatch(path, want string, tok any) error {
	var got string
	switch t := tok.(type) {
	case jsontok.Delim:
		if t == '[' {
			got = "a list"
		} else {
			got = "an object"
		}
	case string:
		got = "the string " + strconv.Quote(t)
	case jsontok.Number:
		got = "the number " + string(t)
	case bool:
		got = strconv.FormatBool(t)
	}
	r.problem(path, "want %s, got %s", want, got)
	if d, ok := tok.(jsontok.Delim); ok {
		return r.skipRest(d)
	}
	return nil
}

// skip skips the next value.
func (r *jsonReader) skip() error {
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(jsontok.Delim); ok {
		return r.skipRest(d)
	}
	return nil
}

// skipRest skips to the end of the list or object opened by d.
func (r *jsonReader) skipRest(d jsontok.Delim) error {
	if d != '[' && d != '{' {
		return nil
	}
	for depth := 1; depth > 0; {
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case jsontok.Delim('['), jsontok.Delim('{'):
			depth++
		case jsontok.Delim(']'), jsontok.Delim('}'):
			depth--
		}
	}
	return nil
}

// fieldSet is the JSON names of a struct's fields.
type fieldSet struct {
	index map[string]int // JSON name -> field index
	names []string       // in declaration order
}

var fieldSets sync.Map // reflect.Type -> *fieldSet

func jsonFields(t reflect.Type) *fieldSet {
	if fs, ok := fieldSets.Load(t); ok {
		return fs.(*fieldSet)
	}
	if t.NumField() > 64 {
		panic("dataset: too many fields in " + t.String()) // object keeps a 64-bit set
	}
	fs := &fieldSet{index: map[string]int{}}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || tag == "-" {
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		fs.index[tag] = i
		fs.names = append(fs.names, tag)
	}
	fieldSets.Store(t, fs)
	return fs
}
