// Package feed writes Atom feeds (RFC 4287) of LaborLens events: the
// events a filtered view of the explorer finds, newest first, each entry
// linking to the event's page with its summary and sources.
//
// The dataset records no date on which an event was added, so an entry's
// published and updated dates are the event's own date (its first day,
// when only the month or year is known), and "newest first" is by that
// date, as in the explorer. Entry ids are derived from the event id alone
// (a name-based UUID), so they never change between builds or hosts.
//
// It is server-only code: the wasm binary never imports it.
package feed

import (
	"bytes"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"html"
	"strings"

	"github.com/laborlens/laborlens/cite"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/query"
)

// ContentType is the media type of an Atom feed.
const ContentType = "application/atom+xml; charset=utf-8"

// Feed says where a feed lives and what it follows.
type Feed struct {
	Base  string      // scheme://host of the links, or "" for root-relative links
	State query.State // the filters: the feed holds what the explorer shows for them
}

// Select returns the events the State finds, newest first: the same events
// the explorer lists for it.
func Select(ix *query.Index, s query.State) []*dataset.Event {
	s.Sort = query.SortNewest
	r := ix.Search(s)
	events := make([]*dataset.Event, len(r.Hits))
	for i := range r.Hits {
		events[i] = r.Hits[i].Event
	}
	return events
}

// Atom writes the feed of events (as Select returns them) from ds.
func Atom(ds *dataset.Dataset, events []*dataset.Event, f Feed) []byte {
	m := ds.Meta
	s := f.State
	s.Sort = query.SortDefault
	view := "/"
	if q := s.Encode(); q != "" {
		view += "?" + q
	}
	author := m.Publisher
	if author == "" {
		author = cite.Author
	}
	doc := atomFeed{
		ID:       "urn:uuid:" + uuid5("feed:"+s.Encode()),
		Title:    "LaborLens: " + Describe(ds, s),
		Subtitle: m.Title,
		Updated:  stamp(m.Updated),
		Author:   &atomPerson{Name: author},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: f.Base + s.FeedPath()},
			{Rel: "alternate", Type: "text/html", Href: f.Base + view},
		},
		Generator: "LaborLens",
	}
	if m.License != "" {
		doc.Rights = "Data licensed " + m.License + ". " + m.Title + ", version " + m.Version + "."
		if u := cite.LicenseURL(m.License); u != "" {
			doc.Links = append(doc.Links, atomLink{Rel: "license", Href: u})
		}
	}
	for _, e := range events {
		doc.Entries = append(doc.Entries, entry(e, f.Base))
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		// Every value is a string: encoding cannot fail on them.
		panic(fmt.Sprintf("feed: encoding the Atom feed: %v", err))
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// EntryID is the id of the entry of the event with id eventID: a URN that
// depends on nothing else.
func EntryID(eventID string) string { return "urn:uuid:" + uuid5("event:"+eventID) }

func entry(e *dataset.Event, base string) atomEntry {
	page := base + "/events/" + e.ID
	x := atomEntry{
		ID:        EntryID(e.ID),
		Title:     e.Title,
		Published: stamp(e.Date.String()),
		Updated:   stamp(e.Date.String()),
		Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: page}},
		Summary:   &atomText{Type: "text", Body: e.Summary},
		Content:   &atomText{Type: "html", Body: content(e)},
	}
	x.Categories = append(x.Categories, atomCategory{Term: string(e.Kind), Label: e.Kind.Label()})
	for _, c := range e.Countries {
		x.Categories = append(x.Categories, atomCategory{Term: "country:" + c, Label: dataset.CountryName(c)})
	}
	for _, s := range e.Sources {
		x.Links = append(x.Links, atomLink{Rel: "related", Type: "text/html", Href: s.URL, Title: s.Title})
	}
	return x
}

// content is the entry's body as HTML: the summary and the sources.
func content(e *dataset.Event) string {
	var b strings.Builder
	b.WriteString("<p>" + html.EscapeString(e.Summary) + "</p>")
	b.WriteString("<p>" + html.EscapeString(format.Date(e.Date)+" · "+e.Kind.Label()) + "</p>")
	b.WriteString("<p>Sources:</p><ul>")
	for _, s := range e.Sources {
		title := s.Title
		if title == "" {
			title = s.URL
		}
		b.WriteString(`<li><a href="` + html.EscapeString(s.URL) + `">` + html.EscapeString(title) + "</a>")
		if s.Publisher != "" {
			b.WriteString(" · " + html.EscapeString(s.Publisher))
		}
		if !s.Date.IsZero() {
			b.WriteString(" · " + html.EscapeString(format.Date(s.Date)))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

// stamp turns a YYYY, YYYY-MM or YYYY-MM-DD date into an RFC 3339 time at
// midnight UTC of its first day.
func stamp(d string) string {
	switch len(d) {
	case 4:
		d += "-01-01"
	case 7:
		d += "-01"
	case 10:
	default:
		d = "1970-01-01"
	}
	return d + "T00:00:00Z"
}

// namespace is LaborLens's own UUID namespace for name-based ids.
var namespace = [16]byte{0x6c, 0x61, 0x62, 0x6f, 0x72, 0x6c, 0x65, 0x6e, 0x73, 0x2d, 0x66, 0x65, 0x65, 0x64, 0x73, 0x21}

// uuid5 is the name-based (SHA-1) UUID of name in LaborLens's namespace,
// RFC 9562 version 5.
func uuid5(name string) string {
	h := sha1.New()
	h.Write(namespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:])
}
