package dataset

import (
	"errors"
	"fmt"
)

// The binary encoding the browser app loads (Encode, DecodeFile). It is
// written by hand rather than with encoding/gob, which costs the wasm about
// 47 kB of brotli-compressed download; see docs/dataset.md.
//
// A file is binMagic, a header and columns (binio.go): the dataset's
// fields in the order of the Go types, each event's in the column of its
// kind. A string is its length (uvarint) and its bytes, an int a zig-zag
// varint, a float64 its 8 IEEE 754 bytes (little-endian), a bool one byte,
// a list its length and its items (an empty list decodes as nil), and a
// pointer one byte (0 for nil) and, when set, what it points to.
// TestBinaryCarriesEveryField fails when a field is added to the types and
// not here. The server and the wasm are one release, so the format has no
// versioning beyond the magic: change the magic when the layout changes.
const binMagic = "LLDS\x03"

// encodeBinary writes d in the binary encoding.
func encodeBinary(d *Dataset) ([]byte, error) {
	if d == nil {
		return nil, errors.New("encoding dataset: nil dataset")
	}
	w := &binWriter{b: make([]byte, 0, 1<<12)}
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
	w.at(colID) // where every event has a byte at least, for count's check
	w.n(len(d.Events))
	for i := range d.Events {
		w.event(&d.Events[i])
	}
	w.at(colMain)
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
	return w.file(), nil
}

func (w *binWriter) event(e *Event) {
	w.at(colID)
	w.str(e.ID)
	w.list(e.FormerIDs)
	w.at(colDate)
	w.date(e.Date)
	w.date(e.EndDate)
	w.at(colTitle)
	w.str(e.Title)
	w.at(colSummary)
	w.str(e.Summary)
	w.at(colCode)
	w.str(string(e.Kind))
	w.list(e.Countries)
	w.flag(e.International)
	w.str(string(e.Precision))
	w.str(e.Campaign)
	w.at(colPlace)
	w.strs(e.Place, e.Region)
	w.at(colLink)
	w.list(e.Facilities)
	w.list(e.Organizations)
	w.at(colPeople)
	w.n(len(e.People))
	for _, p := range e.People {
		w.strs(p.Name, p.Role, p.Org)
	}
	w.at(colParticipants)
	w.n(len(e.Participants))
	for _, p := range e.Participants {
		w.int(p.Count)
		w.strs(p.What, p.CountedBy, p.Note)
	}
	w.at(colDemands)
	w.list(e.Demands)
	w.at(colOutcome)
	w.strs(e.Outcome, e.OutcomeCategory)
	w.at(colTags)
	w.list(e.Tags)
	w.at(colElection)
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
	w.at(colSourceURL)
	w.n(len(e.Sources))
	for _, s := range e.Sources {
		w.at(colSourceURL)
		w.str(s.URL)
		w.at(colSourceTitle)
		w.str(s.Title)
		w.at(colSourcePublisher)
		w.str(s.Publisher)
		w.at(colDate)
		w.date(s.Date)
	}
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
	r, err := newBinReader(s)
	if err != nil {
		return nil, err
	}
	d := r.dataset()
	if r.err != nil {
		return nil, fmt.Errorf("decoding dataset: %w at byte %d", r.err, r.offset())
	}
	if c, n := r.left(); n > 0 {
		return nil, fmt.Errorf("decoding dataset: %d bytes left over at byte %d", n, r.base[c]+len(r.cols[c])-n)
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
	r.at(colID)
	d.Events = make([]Event, r.count())
	for i := range d.Events {
		r.event(&d.Events[i])
	}
	r.at(colMain)
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
	r.at(colID)
	e.ID = r.str()
	e.FormerIDs = r.list()
	r.at(colDate)
	e.Date, e.EndDate = r.date(), r.date()
	r.at(colTitle)
	e.Title = r.str()
	r.at(colSummary)
	e.Summary = r.str()
	r.at(colCode)
	e.Kind = Kind(r.str())
	e.Countries = r.list()
	e.International = r.flag()
	e.Precision = PlacePrecision(r.str())
	e.Campaign = r.str()
	r.at(colPlace)
	r.strs(&e.Place, &e.Region)
	r.at(colLink)
	e.Facilities, e.Organizations = r.list(), r.list()
	r.at(colPeople)
	if n := r.count(); n > 0 {
		e.People = r.people.take(n)
		for i := range e.People {
			p := &e.People[i]
			r.strs(&p.Name, &p.Role, &p.Org)
		}
	}
	r.at(colParticipants)
	if n := r.count(); n > 0 {
		e.Participants = r.participants.take(n)
		for i := range e.Participants {
			p := &e.Participants[i]
			p.Count = r.int()
			r.strs(&p.What, &p.CountedBy, &p.Note)
		}
	}
	r.at(colDemands)
	e.Demands = r.list()
	r.at(colOutcome)
	r.strs(&e.Outcome, &e.OutcomeCategory)
	r.at(colTags)
	e.Tags = r.list()
	r.at(colElection)
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
	r.at(colSourceURL)
	if n := r.count(); n > 0 {
		e.Sources = r.sources.take(n)
		for i := range e.Sources {
			s := &e.Sources[i]
			r.at(colSourceURL)
			s.URL = r.str()
			r.at(colSourceTitle)
			s.Title = r.str()
			r.at(colSourcePublisher)
			s.Publisher = r.str()
			r.at(colDate)
			s.Date = r.date()
		}
	}
}

func nilIfEmpty[T any](l []T) []T {
	if len(l) == 0 {
		return nil
	}
	return l
}
