package server

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
)

// renamedPath matches an event page or its embed view, with the id.
var renamedPath = regexp.MustCompile(`^/(embed/)?events/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`)

// redirectRenamed answers the address of an event under a former id
// (/events/OLD, /embed/events/OLD) with a permanent redirect to its
// current one, keeping the query: event ids are permanent.
func (s *Server) redirectRenamed(w http.ResponseWriter, r *http.Request) bool {
	target, ok := s.renamedTarget(r.URL.Path)
	if !ok {
		return false
	}
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.Redirect(w, r, target, http.StatusMovedPermanently)
	return true
}

// renamedTarget is the current address of the event page p names by a
// former id.
func (s *Server) renamedTarget(p string) (string, bool) {
	m := renamedPath.FindStringSubmatch(p)
	if m == nil {
		return "", false
	}
	if _, current := s.data.Event(m[2]); current {
		return "", false
	}
	e, ok := s.data.Renamed(m[2])
	if !ok {
		return "", false
	}
	return "/" + m[1] + "events/" + e.ID, true
}

// Redirects lists the address of every event under each of its former
// ids, with its current address: the static exporter writes them out.
func (s *Server) Redirects() [][2]string {
	var out [][2]string
	for _, e := range s.data.Events {
		for _, old := range e.FormerIDs {
			for _, prefix := range []string{"/events/", "/embed/events/"} {
				out = append(out, [2]string{prefix + old, prefix + e.ID})
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return out
}
