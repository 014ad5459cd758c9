// Package api writes LaborLens's data API: JSON documents that are just
// files, /api/v1/events.json (every event, or a filtered list from the
// server), /api/v1/events/{id}.json, /api/v1/organizations/{id}.json and
// /api/v1/facilities/{code}.json. Each document carries the dataset's
// metadata and licence; event records have the form of the dataset file,
// described by docs/schema/event.schema.json (served at SchemaPath).
//
// It is server-only code: the wasm binary never imports it.
package api

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/laborlens/laborlens/cite"
	"github.com/laborlens/laborlens/dataset"
)

// Paths of the API's documents.
const (
	Prefix     = "/api/v1"
	EventsPath = Prefix + "/events.json"
	SchemaPath = Prefix + "/schema/event.json"
)

// EventPath, OrgPath and FacilityPath are the documents of one record.
func EventPath(id string) string      { return Prefix + "/events/" + id + ".json" }
func OrgPath(id string) string        { return Prefix + "/organizations/" + id + ".json" }
func FacilityPath(code string) string { return Prefix + "/facilities/" + code + ".json" }

// ContentType is the media type of every document.
const ContentType = "application/json; charset=utf-8"

// Meta describes the dataset a document comes from and how it may be used.
type Meta struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Version     string `json:"version"`
	Updated     string `json:"updated"`
	License     string `json:"license"`
	LicenseURL  string `json:"license_url,omitempty"`
	CodeLicense string `json:"code_license,omitempty"`
	Publisher   string `json:"publisher,omitempty"`
	Citation    string `json:"citation"`
	Schema      string `json:"schema"`          // the JSON Schema of an event record
	Self        string `json:"self"`            // this document
	Query       string `json:"query,omitempty"` // the filters of a filtered list, as URL parameters
	Count       int    `json:"count"`           // the events in this document
}

// Doc says where a document is served.
type Doc struct {
	Base  string // scheme://host, or "" for root-relative links
	Self  string // the document's path and query
	Query string // for a filtered list: its canonical parameters
}

func (d Doc) meta(ds *dataset.Dataset, count int) Meta {
	m := ds.Meta
	return Meta{Title: m.Title, Description: m.Description, Version: m.Version, Updated: m.Updated,
		License: m.License, LicenseURL: cite.LicenseURL(m.License), CodeLicense: m.CodeLicense,
		Publisher: m.Publisher, Citation: cite.Release(m, d.Base+"/").Text(),
		Schema: d.Base + SchemaPath, Self: d.Base + d.Self, Query: d.Query, Count: count}
}

// EventList is the document of a list of events, in the order given.
type EventList struct {
	Meta   Meta            `json:"meta"`
	Events []dataset.Event `json:"events"`
}

// EventDoc is the document of one event: its record, its page, and the
// organizations and facilities it names.
type EventDoc struct {
	Meta          Meta                   `json:"meta"`
	Page          string                 `json:"page"`
	Event         dataset.Event          `json:"event"`
	Organizations []dataset.Organization `json:"organizations"`
	Facilities    []dataset.Facility     `json:"facilities"`
}

// OrgDoc is the document of an organization and its events, newest first.
type OrgDoc struct {
	Meta         Meta                 `json:"meta"`
	Page         string               `json:"page"`
	Organization dataset.Organization `json:"organization"`
	Events       []dataset.Event      `json:"events"`
}

// FacilityDoc is the document of a facility and its events, newest first.
type FacilityDoc struct {
	Meta     Meta             `json:"meta"`
	Page     string           `json:"page"`
	Facility dataset.Facility `json:"facility"`
	Events   []dataset.Event  `json:"events"`
}

// Events writes the list document of events.
func Events(ds *dataset.Dataset, events []*dataset.Event, d Doc) []byte {
	return encode(EventList{Meta: d.meta(ds, len(events)), Events: records(events)})
}

// Event writes the document of event e.
func Event(ds *dataset.Dataset, e *dataset.Event, d Doc) []byte {
	doc := EventDoc{Meta: d.meta(ds, 1), Page: d.Base + "/events/" + e.ID, Event: record(e),
		Organizations: []dataset.Organization{}, Facilities: []dataset.Facility{}}
	for _, id := range e.Organizations {
		if o, ok := ds.Org(id); ok {
			doc.Organizations = append(doc.Organizations, *o)
		}
	}
	for _, code := range e.Facilities {
		if f, ok := ds.Facility(code); ok {
			doc.Facilities = append(doc.Facilities, *f)
		}
	}
	return encode(doc)
}

// Org writes the document of organization o.
func Org(ds *dataset.Dataset, o *dataset.Organization, d Doc) []byte {
	events := newestFirst(ds.EventsOf(o.ID))
	return encode(OrgDoc{Meta: d.meta(ds, len(events)), Page: d.Base + "/orgs/" + o.ID, Organization: *o, Events: records(events)})
}

// Facility writes the document of facility f.
func Facility(ds *dataset.Dataset, f *dataset.Facility, d Doc) []byte {
	events := newestFirst(ds.EventsAt(f.Code))
	return encode(FacilityDoc{Meta: d.meta(ds, len(events)), Page: d.Base + "/facilities/" + f.Code, Facility: *f, Events: records(events)})
}

// newestFirst reverses the dataset's lookups, which are oldest first, to
// the dataset's own order.
func newestFirst(events []*dataset.Event) []*dataset.Event {
	slices.Reverse(events)
	return events
}

// record is an event as the API writes it: the dataset's record, with
// empty lists rather than null for the fields every record has.
func record(e *dataset.Event) dataset.Event {
	r := *e
	if r.Countries == nil {
		r.Countries = []string{}
	}
	if r.Sources == nil {
		r.Sources = []dataset.Source{}
	}
	return r
}

func records(events []*dataset.Event) []dataset.Event {
	out := make([]dataset.Event, len(events))
	for i, e := range events {
		out[i] = record(e)
	}
	return out
}

func encode(v any) []byte {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		// Only dataset values go in, and they always encode.
		panic(fmt.Sprintf("api: encoding a document: %v", err))
	}
	return append(b, '\n')
}
