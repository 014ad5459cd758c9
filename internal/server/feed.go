package server

import (
	"net/http"
	"net/url"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/feed"
	"github.com/laborlens/laborlens/query"
)

// serveFeed answers /feed.xml, with the explorer's filter parameters, and
// the one-filter feeds /feeds/{kind|country|org|facility}/{value}.xml.
func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request) bool {
	p := r.URL.Path
	ix := ui.SearchIndex()
	var st query.State
	switch {
	case p == "/feed.xml":
		st = ix.Parse(r.URL.Query())
	case strings.HasPrefix(p, "/feeds/"):
		facet, file, _ := strings.Cut(strings.TrimPrefix(p, "/feeds/"), "/")
		value, _ := strings.CutSuffix(file, ".xml")
		st = ix.Parse(url.Values{facet: {value}})
		// Unknown facets and values parse to nothing, and only the
		// canonical spelling is a feed.
		if st.IsZero() || st.FeedPath() != p {
			s.notFound(w, r)
			return true
		}
	default:
		return false
	}
	s.serveBytes(w, r, feed.ContentType, func(base string) []byte {
		return feed.Atom(ix.Dataset(), feed.Select(ix, st), feed.Feed{Base: base, State: st})
	})
	return true
}
