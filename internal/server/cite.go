package server

import (
	"net/http"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/cite"
)

// citeTypes are the citation files' media types, by extension.
var citeTypes = map[string]string{
	".txt":  "text/plain; charset=utf-8",
	".bib":  "application/x-bibtex; charset=utf-8",
	".ris":  "application/x-research-info-systems; charset=utf-8",
	".json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}

// CiteFormat writes a citation in the format of a file extension.
func CiteFormat(w cite.Work, ext string) []byte {
	switch ext {
	case ".bib":
		return []byte(w.BibTeX())
	case ".ris":
		return []byte(w.RIS())
	case ".json":
		return w.CSLJSON()
	}
	return []byte(w.Text() + "\n")
}

// CiteExts are the citation files' extensions.
var CiteExts = []string{".txt", ".bib", ".ris", ".json"}

// serveCite answers /cite/release.{txt,bib,ris,json}, the citation of the
// dataset release, and /cite/events/{id}.{...}, an event's.
func (s *Server) serveCite(w http.ResponseWriter, r *http.Request) bool {
	rest, ok := strings.CutPrefix(r.URL.Path, "/cite/")
	if !ok {
		return false
	}
	dot := strings.LastIndexByte(rest, '.')
	if dot < 0 || citeTypes[rest[dot:]] == "" {
		s.notFound(w, r)
		return true
	}
	name, ext := rest[:dot], rest[dot:]
	ds := ui.Dataset()
	var work func(base string) cite.Work
	if name == "release" {
		work = func(base string) cite.Work { return cite.Release(ds.Meta, base+"/") }
	} else if id, ok := strings.CutPrefix(name, "events/"); ok {
		e, found := ds.Event(id)
		if !found {
			s.notFound(w, r)
			return true
		}
		work = func(base string) cite.Work { return cite.Event(ds.Meta, e, base+"/events/"+e.ID) }
	} else {
		s.notFound(w, r)
		return true
	}
	s.serveBytes(w, r, citeTypes[ext], func(base string) []byte { return CiteFormat(work(base), ext) })
	return true
}
