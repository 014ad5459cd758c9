package dataset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The columns of the binary encoding. An event's fields are written to
// the column of their kind, so that brotli finds like next to like (all
// summaries, then all source URLs...): 5.6 kB less to download for the
// shipped dataset than one event after another. The rest of the dataset
// (meta, organizations, facilities, campaigns, changes) is in colMain, the
// number of events in colID.
const (
	colMain            = iota
	colID              // the number of events, ids, former ids
	colDate            // date, end date, sources' dates
	colTitle           //
	colSummary         //
	colCode            // kind, countries, international, precision, campaign
	colPlace           // place, region
	colLink            // facilities, organizations
	colPeople          //
	colParticipants    //
	colDemands         //
	colOutcome         // outcome, its category
	colTags            //
	colElection        //
	colSourceURL       // the number of sources, their URLs
	colSourceTitle     //
	colSourcePublisher //
	numCols
)

// binWriter writes to one column at a time, b, chosen with at.
type binWriter struct {
	b    []byte
	cur  int
	cols [numCols][]byte
}

// at makes column c the one written to.
//
//go:noinline
func (w *binWriter) at(c int) {
	w.cols[w.cur] = w.b
	w.b, w.cur = w.cols[c], c
}

// file is binMagic, the number of columns and each one's length
// (uvarints), then the columns in order.
func (w *binWriter) file() []byte {
	w.at(colMain)
	out := binary.AppendUvarint([]byte(binMagic), numCols)
	n := 0
	for _, c := range w.cols {
		out = binary.AppendUvarint(out, uint64(len(c)))
		n += len(c)
	}
	out = append(make([]byte, 0, len(out)+n), out...)
	for _, c := range w.cols {
		out = append(out, c...)
	}
	return out
}

func (w *binWriter) n(n int)      { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *binWriter) int(n int)    { w.b = binary.AppendVarint(w.b, int64(n)) }
func (w *binWriter) str(s string) { w.n(len(s)); w.b = append(w.b, s...) }

func (w *binWriter) strs(ss ...string) {
	for _, s := range ss {
		w.str(s)
	}
}

func (w *binWriter) list(ss []string) {
	w.n(len(ss))
	w.strs(ss...)
}

func (w *binWriter) float(f float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f))
}

func (w *binWriter) flag(b bool) {
	if b {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

func (w *binWriter) date(d Date) {
	w.int(d.Year)
	w.int(d.Month)
	w.int(d.Day)
}

// binReader reads the binary encoding from s. The first problem is kept in
// err; after it every read returns a zero value and every count 0, so the
// decoder runs to its end without checks of its own.
type binReader struct {
	s   string // the column read, cols[cur]
	i   int
	err error

	cur  int
	cols [numCols]string
	pos  [numCols]int // where each column's reading is, but cur's (in i)
	base [numCols]int // where each column starts in the file

	// The lists read are cut from these, a few thousand items at a time,
	// rather than allocated one by one: at 100,000 events, half a million
	// allocations fewer for the browser's start, and objects fewer for
	// its collector to sweep.
	texts        slab[string]
	people       slab[Person]
	participants slab[Participant]
	sources      slab[Source]
}

// slab hands out lists of n items, cut from a larger allocation: each
// list's capacity is its length, so appending to one copies it.
type slab[T any] []T

func (s *slab[T]) take(n int) []T {
	if len(*s) < n {
		*s = make([]T, max(n, 2048))
	}
	l := (*s)[:n:n]
	*s = (*s)[n:]
	return l
}

// newBinReader reads the header file wrote, after the magic.
func newBinReader(file string) (*binReader, error) {
	r := &binReader{s: file, i: len(binMagic)}
	if n := r.uvarint(); n != numCols {
		return nil, fmt.Errorf("decoding dataset: %d columns, want %d (a file of another release)", n, numCols)
	}
	var lens [numCols]uint64
	for c := range lens {
		lens[c] = r.uvarint()
	}
	if r.err != nil {
		return nil, fmt.Errorf("decoding dataset: %w in the header", r.err)
	}
	at := r.i
	for c, n := range lens {
		if n > uint64(len(file)-at) {
			return nil, fmt.Errorf("decoding dataset: column %d of %d bytes at byte %d: %w", c, n, at, errTruncated)
		}
		r.cols[c], r.base[c] = file[at:at+int(n)], at
		at += int(n)
	}
	if at != len(file) {
		return nil, fmt.Errorf("decoding dataset: %d bytes left over at byte %d", len(file)-at, at)
	}
	r.s, r.i = r.cols[colMain], 0
	return r, nil
}

// at makes column c the one read. After a problem it stays on the column
// the problem was in, read to its end, so that every read returns zero.
// Inlined in each of the decoder's ~30 calls it cost the wasm 7 kB of code.
//
//go:noinline
func (r *binReader) at(c int) {
	if r.err != nil {
		return
	}
	r.pos[r.cur] = r.i
	r.s, r.i, r.cur = r.cols[c], r.pos[c], c
}

// offset is where the reading is in the file.
func (r *binReader) offset() int { return r.base[r.cur] + r.i }

// left is the first column not read to its end and how much of it is left.
func (r *binReader) left() (col, n int) {
	r.pos[r.cur] = r.i
	for c := range r.cols {
		if n := len(r.cols[c]) - r.pos[c]; n > 0 {
			return c, n
		}
	}
	return 0, 0
}

var errTruncated = errors.New("the file ends early")

func (r *binReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.i = len(r.s)
}

func (r *binReader) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.i >= len(r.s) {
			r.fail(errTruncated)
			return 0
		}
		c := r.s[r.i]
		r.i++
		if c < 0x80 {
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
	}
	r.fail(errors.New("a number is too long"))
	return 0
}

// count reads a length. Every item takes at least a byte, so a count
// larger than what is left is refused before anything is allocated.
func (r *binReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.s)-r.i) {
		r.fail(fmt.Errorf("a length of %d is more than the %d bytes left", n, len(r.s)-r.i))
		return 0
	}
	return int(n)
}

func (r *binReader) int() int {
	u := r.uvarint()
	return int(int64(u>>1) ^ -int64(u&1))
}

func (r *binReader) str() string {
	n := r.count()
	s := r.s[r.i : r.i+n]
	r.i += n
	return s
}

func (r *binReader) strs(ps ...*string) {
	for _, p := range ps {
		*p = r.str()
	}
}

func (r *binReader) list() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	l := r.texts.take(n)
	for i := range l {
		l[i] = r.str()
	}
	return l
}

func (r *binReader) float() float64 {
	if len(r.s)-r.i < 8 {
		r.fail(errTruncated)
		return 0
	}
	var u uint64
	for k := 7; k >= 0; k-- {
		u = u<<8 | uint64(r.s[r.i+k])
	}
	r.i += 8
	return math.Float64frombits(u)
}

func (r *binReader) flag() bool {
	if r.i >= len(r.s) {
		r.fail(errTruncated)
		return false
	}
	c := r.s[r.i]
	r.i++
	if c > 1 {
		r.fail(fmt.Errorf("a flag of %d, want 0 or 1", c))
	}
	return c == 1
}

func (r *binReader) date() Date {
	return Date{Year: r.int(), Month: r.int(), Day: r.int()}
}
