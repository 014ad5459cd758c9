package server

import (
	"encoding/json"
	"net/http"
)

// ChangesJSON is /changes.json: which events this release added, changed
// and removed since the previous one (dataset.Changes), or nil when the
// dataset does not say (a partner's file).
func (s *Server) ChangesJSON() []byte {
	if s.data.Changes == nil {
		return nil
	}
	b, err := json.MarshalIndent(s.data.Changes, "", "  ")
	if err != nil {
		return nil
	}
	return append(b, '\n')
}

func (s *Server) serveChanges(w http.ResponseWriter, r *http.Request) {
	b := s.ChangesJSON()
	if b == nil {
		s.servePage(w, r, "/__missing")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}
