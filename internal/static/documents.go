package static

import (
	"net/http"
	"strings"

	"github.com/laborlens/laborlens/api"
	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/feed"
	"github.com/laborlens/laborlens/internal/server"
)

// Documents lists the paths of the files a static site carries besides its
// pages: the Atom feed of the whole dataset and of each kind, country,
// organization and facility; the data API (every event, and each event,
// organization and facility, and the event schema); the citation files of
// the release and of each event. The server answers any filter too; a
// static host only these.
func Documents() []string {
	ix := ui.SearchIndex()
	ds := ix.Dataset()
	var paths []string
	for _, st := range feed.Static(ix) {
		paths = append(paths, st.FeedPath())
	}
	paths = append(paths, api.EventsPath, api.SchemaPath)
	for _, e := range ds.Events {
		paths = append(paths, api.EventPath(e.ID))
	}
	for _, o := range ds.Organizations {
		paths = append(paths, api.OrgPath(o.ID))
	}
	for _, f := range ds.Facilities {
		paths = append(paths, api.FacilityPath(f.Code))
	}
	for _, ext := range server.CiteExts {
		paths = append(paths, "/cite/release"+ext)
		for _, e := range ds.Events {
			paths = append(paths, "/cite/events/"+e.ID+ext)
		}
	}
	return paths
}

// exportDocuments writes every document of Documents at its own path.
func exportDocuments(dir string, s *server.Server) error {
	for _, p := range Documents() {
		body, err := get(s, p, http.StatusOK)
		if err != nil {
			return err
		}
		if err := write(dir, strings.TrimPrefix(p, "/"), body); err != nil {
			return err
		}
	}
	return nil
}
