package api

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/docs"
	"github.com/laborlens/laborlens/embed"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func shipped(*testing.T) *dataset.Dataset { return embed.MustDataset() }

func eventSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(docs.EventSchema))
	if err != nil {
		t.Fatalf("docs/schema/event.schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("event.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("event.schema.json")
	if err != nil {
		t.Fatalf("docs/schema/event.schema.json does not compile: %v", err)
	}
	return s
}

// Every record of /api/v1/events.json validates against the schema.
func TestEveryRecordValidates(t *testing.T) {
	d := shipped(t)
	schema := eventSchema(t)
	events := make([]*dataset.Event, len(d.Events))
	for i := range d.Events {
		events[i] = &d.Events[i]
	}
	body := Events(d, events, Doc{Base: "https://l.example", Self: EventsPath})
	var doc struct {
		Meta   Meta
		Events []json.RawMessage
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != len(d.Events) || doc.Meta.Count != len(d.Events) {
		t.Fatalf("%d records, count %d, for %d events", len(doc.Events), doc.Meta.Count, len(d.Events))
	}
	for i, raw := range doc.Events {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("record %d (%s) does not validate: %v", i, d.Events[i].ID, err)
		}
	}
	m := doc.Meta
	if m.Version != d.Meta.Version || m.License != "CC-BY-4.0" || m.LicenseURL == "" || !strings.Contains(m.Citation, m.Version) ||
		m.Schema != "https://l.example"+SchemaPath || m.Self != "https://l.example"+EventsPath {
		t.Errorf("meta: %+v", m)
	}
}

// The schema rejects what the dataset would: it can fail.
func TestSchemaRejectsBadRecords(t *testing.T) {
	schema := eventSchema(t)
	for name, rec := range map[string]string{
		"no sources":    `{"id":"2020-x","date":"2020","title":"t","summary":"s","kind":"strike","countries":[],"sources":[]}`,
		"unknown kind":  `{"id":"2020-x","date":"2020","title":"t","summary":"s","kind":"riot","countries":[],"sources":[{"url":"https://a.example/"}]}`,
		"bad date":      `{"id":"2020-x","date":"2020-13","title":"t","summary":"s","kind":"strike","countries":[],"sources":[{"url":"https://a.example/"}]}`,
		"unknown field": `{"id":"2020-x","date":"2020","title":"t","summary":"s","kind":"strike","countries":[],"sources":[{"url":"https://a.example/"}],"x":1}`,
		"ftp source":    `{"id":"2020-x","date":"2020","title":"t","summary":"s","kind":"strike","countries":[],"sources":[{"url":"ftp://a.example/"}]}`,
	} {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(rec))
		if schema.Validate(v) == nil {
			t.Errorf("%s: the schema accepts %s", name, rec)
		}
	}
}

// The schema describes every field of dataset.Event and the kinds the
// dataset knows: a new field must be documented there.
func TestSchemaKeepsUpWithTheEventType(t *testing.T) {
	var s struct {
		Properties map[string]json.RawMessage
		Required   []string
	}
	if err := json.Unmarshal(docs.EventSchema, &s); err != nil {
		t.Fatal(err)
	}
	fields := func(v any, props map[string]json.RawMessage) {
		typ := reflect.TypeOf(v)
		for i := 0; i < typ.NumField(); i++ {
			tag, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if tag == "" || tag == "-" {
				continue
			}
			if _, ok := props[tag]; !ok {
				t.Errorf("dataset.%s has the field %q, which docs/schema/event.schema.json does not describe", typ.Name(), tag)
			}
		}
	}
	fields(dataset.Event{}, s.Properties)
	var election struct {
		Properties map[string]json.RawMessage
	}
	json.Unmarshal(s.Properties["election"], &election)
	fields(dataset.Election{}, election.Properties)
	var result struct{ Enum []string }
	json.Unmarshal(election.Properties["result"], &result)
	if !slices.Equal(result.Enum, dataset.ElectionResults) {
		t.Errorf("the schema's election results %v are not the dataset's %v", result.Enum, dataset.ElectionResults)
	}
	var kind struct{ Enum []string }
	json.Unmarshal(s.Properties["kind"], &kind)
	var kinds []string
	for _, k := range dataset.Kinds() {
		kinds = append(kinds, string(k.Kind))
	}
	if !slices.Equal(kind.Enum, kinds) {
		t.Errorf("the schema's kinds %v are not the dataset's %v", kind.Enum, kinds)
	}
}

func TestOneRecordDocuments(t *testing.T) {
	d := shipped(t)
	e := &d.Events[0]
	var ev EventDoc
	if err := json.Unmarshal(Event(d, e, Doc{Self: EventPath(e.ID)}), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Event.ID != e.ID || ev.Page != "/events/"+e.ID || len(ev.Organizations) != len(e.Organizations) {
		t.Errorf("event document: %+v", ev)
	}
	o := d.Organizations[0]
	var od OrgDoc
	json.Unmarshal(Org(d, &o, Doc{}), &od)
	want := d.EventsOf(o.ID)
	if od.Organization.ID != o.ID || len(od.Events) != len(want) || len(want) > 1 && od.Events[0].Date.Compare(od.Events[len(od.Events)-1].Date) < 0 {
		t.Errorf("organization document: %d events (want %d), newest first", len(od.Events), len(want))
	}
	for _, f := range d.Facilities {
		var fd FacilityDoc
		json.Unmarshal(Facility(d, &f, Doc{}), &fd)
		if fd.Facility.Code != f.Code || len(fd.Events) != len(d.EventsAt(f.Code)) || fd.Meta.Count != len(fd.Events) {
			t.Errorf("facility %s document: %d events", f.Code, len(fd.Events))
		}
	}
}
