package server

import (
	"net/http"
	"strings"

	"github.com/laborlens/laborlens/api"
	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/docs"
)

// serveAPI answers the data API under /api/v1/: the list of events (with
// the explorer's filter parameters), one event, organization or facility,
// and the JSON Schema of an event record.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) bool {
	p := r.URL.Path
	rest, ok := strings.CutPrefix(p, api.Prefix+"/")
	if !ok {
		return false
	}
	ix := ui.SearchIndex()
	ds := ix.Dataset()
	doc := func(base string) api.Doc { return api.Doc{Base: base, Self: p} }
	switch {
	case p == api.EventsPath:
		st := ix.Parse(r.URL.Query())
		s.serveBytes(w, r, api.ContentType, func(base string) []byte {
			d := api.Doc{Base: base, Self: p, Query: st.Encode()}
			if d.Query != "" {
				d.Self += "?" + d.Query
			}
			res := ix.Search(st)
			events := make([]*dataset.Event, len(res.Hits))
			for i := range res.Hits {
				events[i] = res.Hits[i].Event
			}
			return api.Events(ds, events, d)
		})
		return true
	case p == api.SchemaPath:
		s.serveBytes(w, r, "application/schema+json", func(string) []byte { return docs.EventSchema })
		return true
	}
	kind, file, _ := strings.Cut(rest, "/")
	id, isJSON := strings.CutSuffix(file, ".json")
	if !isJSON {
		s.notFound(w, r)
		return true
	}
	switch kind {
	case "events":
		if e, ok := ds.Event(id); ok {
			s.serveBytes(w, r, api.ContentType, func(base string) []byte { return api.Event(ds, e, doc(base)) })
			return true
		}
	case "organizations":
		if o, ok := ds.Org(id); ok {
			s.serveBytes(w, r, api.ContentType, func(base string) []byte { return api.Org(ds, o, doc(base)) })
			return true
		}
	case "facilities":
		if f, ok := ds.Facility(id); ok {
			s.serveBytes(w, r, api.ContentType, func(base string) []byte { return api.Facility(ds, f, doc(base)) })
			return true
		}
	}
	s.notFound(w, r)
	return true
}
