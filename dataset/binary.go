package dataset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The binary encoding the browser app loads (Encode, DecodeFile). It is
// written by hand rather than with encoding/gob, which costs the wasm about
// 47 kB of brotli-compressed download; see docs/dataset.md.
//
// A file is binMagic, then the dataset's fields in the order of the Go
// types: a string is its length (uvarint) and its bytes, an int a zig-zag
// varint, a float64 its 8 IEEE 754 bytes (little-endian), a bool one byte,
// a list its length and its items (an empty list decodes as nil), and a
// pointer one byte (0 for nil) and, when set, what it points to.
// TestBinaryCarriesEveryField fails when a field is added to the types and
// not here. The server and the wasm are one release, so the format has no
// versioning beyond the magic: change the magic when the layout changes.
const binMagic = "LLDS\x02"

// encodeBinary writes d in the binary encoding.
func encodeBinary(d *Dataset) ([]byte, error) {
	if d == nil {
		return nil, errors.New("encoding dataset: nil dataset")
	}
	w := &binWriter{b: append(make([]byte, 0, 1<<16), binMagic...)}
	m := &d.Meta
	w.strs(m.Title, m.Description, m.Version, m.Updated, m.License, m.CodeLicense, m.Publisher, m.Citation)
	w.n(len(d.Organizations))
	for i := range d.Organizations {
		o := &d.Organizations[i]
		w.strs(o.ID, o.Name)
		w.list(o.Aliases)
		w.strs(string(o.Kind), o.Country, o.Website, o.Description)
	}
	w.n(len(d.Facilities))
	for i := range d.Facilities {
		f := &d.Facilities[i]
		w.strs(f.Code, f.Name, f.City, f.Region, f.Country, string(f.Type))
		w.float(f.Lat)
		w.float(f.Lon)
		w.str(string(f.CoordPrecision))
	}
	w.n(len(d.Campaigns))
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		w.strs(c.ID, c.Name, c.Description)
	}
	w.n(len(d.Events))
	for i := range d.Events {
		w.event(&d.Events[i])
	}
	w.flag(d.Changes != nil)
	if c := d.Changes; c != nil {
		w.strs(c.From, c.FromUpdated, c.To, c.Updated)
		w.list(c.Added)
		w.list(c.Changed)
		w.n(len(c.Renamed))
		for _, r := range c.Renamed {
			w.strs(r.From, r.To)
		}
		w.list(c.Removed)
	}
	return w.b, nil
}

func (w *binWriter) event(e *Event) {
	w.str(e.ID)
	w.date(e.Date)
	w.date(e.EndDate)
	w.strs(e.Title, e.Summary, string(e.Kind))
	w.list(e.Countries)
	w.flag(e.International)
	w.strs(e.Place, e.Region, string(e.Precision))
	w.list(e.Facilities)
	w.list(e.Organizations)
	w.n(len(e.People))
	for _, p := range e.People {
		w.strs(p.Name, p.Role, p.Org)
	}
	w.n(len(e.Participants))
	for _, p := range e.Participants {
		w.int(p.Count)
		w.strs(p.What, p.CountedBy, p.Note)
	}
	w.list(e.Demands)
	w.strs(e.Outcome, e.OutcomeCategory)
	w.list(e.Tags)
	w.str(e.Campaign)
	w.flag(e.Election != nil)
	if el := e.Election; el != nil {
		w.str(el.Body)
		for _, p := range []*int{el.Eligible, el.VotesFor, el.VotesAgainst, el.Challenged, el.Void} {
			w.flag(p != nil)
			if p != nil {
				w.int(*p)
			}
		}
		w.str(el.Result)
	}
	w.n(len(e.Sources))
	for _, s := range e.Sources {
		w.strs(s.URL, s.Title, s.Publisher)
		w.date(s.Date)
	}
	w.list(e.FormerIDs)
}

type binWriter struct{ b []byte }

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

// unmarshalBinary reads what encodeBinary wrote and indexes it.
func unmarshalBinary(b []byte) (*Dataset, error) { return readBinary(string(b), func() {}) }

// readBinary is unmarshalBinary of the file as one string: every text
// field is a slice of it, so decoding allocates no string of its own.
// It calls pause between decoding and indexing.
func readBinary(s string, pause func()) (*Dataset, error) {
	if len(s) < len(binMagic) || s[:len(binMagic)] != binMagic {
		return nil, errors.New("decoding dataset: not a LaborLens dataset (no JSON, and not the binary encoding of this release)")
	}
	r := &binReader{s: s[len(binMagic):]}
	d := r.dataset()
	if r.err != nil {
		return nil, fmt.Errorf("decoding dataset: %w at byte %d", r.err, r.i+len(binMagic))
	}
	if r.i != len(r.s) {
		return nil, fmt.Errorf("decoding dataset: %d bytes left over at byte %d", len(r.s)-r.i, r.i+len(binMagic))
	}
	pause()
	d.index()
	return d, nil
}

func (r *binReader) dataset() *Dataset {
	d := new(Dataset)
	m := &d.Meta
	r.strs(&m.Title, &m.Description, &m.Version, &m.Updated, &m.License, &m.CodeLicense, &m.Publisher, &m.Citation)
	d.Organizations = make([]Organization, r.count())
	for i := range d.Organizations {
		o := &d.Organizations[i]
		r.strs(&o.ID, &o.Name)
		o.Aliases = r.list()
		o.Kind = OrgKind(r.str())
		r.strs(&o.Country, &o.Website, &o.Description)
	}
	d.Facilities = make([]Facility, r.count())
	for i := range d.Facilities {
		f := &d.Facilities[i]
		r.strs(&f.Code, &f.Name, &f.City, &f.Region, &f.Country)
		f.Type = FacilityType(r.str())
		f.Lat, f.Lon = r.float(), r.float()
		f.CoordPrecision = CoordPrecision(r.str())
	}
	d.Campaigns = make([]Campaign, r.count())
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		r.strs(&c.ID, &c.Name, &c.Description)
	}
	d.Events = make([]Event, r.count())
	for i := range d.Events {
		r.event(&d.Events[i])
	}
	if r.flag() {
		c := new(Changes)
		r.strs(&c.From, &c.FromUpdated, &c.To, &c.Updated)
		c.Added, c.Changed = r.list(), r.list()
		c.Renamed = make([]Rename, r.count())
		for i := range c.Renamed {
			r.strs(&c.Renamed[i].From, &c.Renamed[i].To)
		}
		c.Removed = r.list()
		d.Changes = c
	}
	d.Organizations, d.Facilities, d.Campaigns, d.Events = nilIfEmpty(d.Organizations), nilIfEmpty(d.Facilities), nilIfEmpty(d.Campaigns), nilIfEmpty(d.Events)
	if c := d.Changes; c != nil {
		c.Renamed = nilIfEmpty(c.Renamed)
	}
	return d
}

func (r *binReader) event(e *Event) {
	e.ID = r.str()
	e.Date, e.EndDate = r.date(), r.date()
	r.strs(&e.Title, &e.Summary)
	e.Kind = Kind(r.str())
	e.Countries = r.list()
	e.International = r.flag()
	r.strs(&e.Place, &e.Region)
	e.Precision = PlacePrecision(r.str())
	e.Facilities, e.Organizations = r.list(), r.list()
	if n := r.count(); n > 0 {
		e.People = make([]Person, n)
		for i := range e.People {
			p := &e.People[i]
			r.strs(&p.Name, &p.Role, &p.Org)
		}
	}
	if n := r.count(); n > 0 {
		e.Participants = make([]Participant, n)
		for i := range e.Participants {
			p := &e.Participants[i]
			p.Count = r.int()
			r.strs(&p.What, &p.CountedBy, &p.Note)
		}
	}
	e.Demands = r.list()
	r.strs(&e.Outcome, &e.OutcomeCategory)
	e.Tags = r.list()
	e.Campaign = r.str()
	if r.flag() {
		el := &Election{Body: r.str()}
		for _, p := range []**int{&el.Eligible, &el.VotesFor, &el.VotesAgainst, &el.Challenged, &el.Void} {
			if r.flag() {
				*p = Int(r.int())
			}
		}
		el.Result = r.str()
		e.Election = el
	}
	if n := r.count(); n > 0 {
		e.Sources = make([]Source, n)
		for i := range e.Sources {
			s := &e.Sources[i]
			r.strs(&s.URL, &s.Title, &s.Publisher)
			s.Date = r.date()
		}
	}
	e.FormerIDs = r.list()
}

func nilIfEmpty[T any](l []T) []T {
	if len(l) == 0 {
		return nil
	}
	return l
}

// binReader reads the binary encoding from s. The first problem is kept in
// err; after it every read returns a zero value and every count 0, so the
// decoder runs to its end without checks of its own.
type binReader struct {
	s   string
	i   int
	err error
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
	l := make([]string, n)
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
