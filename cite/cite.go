// Package cite writes how to cite LaborLens: one event, or a release of
// the dataset, as plain text, BibTeX, RIS and CSL-JSON. Every form carries
// the title, the release's date and version, and the URL.
//
// It is plain Go and small: the browser app uses it for the text it shows,
// the server and the static export for the files it offers to download.
package cite

import (
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// Author is who the dataset credits.
const Author = "LaborLens contributors"

// Work is one thing to cite.
type Work struct {
	Key       string // citation key: "laborlens-2026.11.0", "laborlens-<event id>"
	Title     string
	Publisher string
	Version   string       // the dataset release, e.g. "2026.11.0"
	Released  string       // the release's date, YYYY-MM-DD
	Event     dataset.Date // the event's date; zero for a release
	Container string       // for an event, the dataset's title
	URL       string       // absolute, or root-relative when the host is unknown
	License   string
	Note      string // the event's sources, by publisher

	text string
}

// Release is the citation of the dataset release m, published at url.
func Release(m dataset.Meta, url string) Work {
	w := Work{Key: key("laborlens-" + m.Version), Title: m.Title, Publisher: m.Publisher, Version: m.Version,
		Released: m.Updated, URL: url, License: m.License}
	// The dataset's own suggested text, when it names this release.
	if m.Citation != "" && strings.Contains(m.Citation, m.Version) && strings.Contains(m.Citation, m.Updated) {
		w.text = m.Citation
	} else {
		w.text = Author + ". " + m.Title + " (dataset)"
		if m.Version != "" {
			w.text += ", version " + m.Version
		}
		if m.Updated != "" {
			w.text += ", updated " + m.Updated
		}
		w.text += "."
		if m.License != "" {
			w.text += " Licensed " + m.License + "."
		}
	}
	if url != "" {
		w.text += " " + url
	}
	return w
}

// Event is the citation of event e of the release m, whose page is at url.
func Event(m dataset.Meta, e *dataset.Event, url string) Work {
	var pubs []string
	for _, s := range e.Sources {
		if s.Publisher != "" && !contains(pubs, s.Publisher) {
			pubs = append(pubs, s.Publisher)
		}
	}
	w := Work{Key: key("laborlens-" + e.ID), Title: e.Title, Publisher: m.Publisher, Version: m.Version,
		Released: m.Updated, Event: e.Date, Container: m.Title, URL: url, License: m.License}
	if len(pubs) > 0 {
		w.Note = "Sources: " + strings.Join(pubs, "; ")
	}
	var b strings.Builder
	b.WriteString("“" + e.Title + "” (" + format.Date(e.Date) + "). LaborLens")
	if m.Version != "" {
		b.WriteString(", dataset version " + m.Version)
	}
	b.WriteString(". " + url)
	if w.Note != "" {
		b.WriteString(". " + w.Note)
	}
	w.text = b.String() + "."
	return w
}

// Text is the citation as a sentence to paste.
func (w Work) Text() string { return w.text }

// IsRelease reports whether w cites the whole release rather than an event.
func (w Work) IsRelease() bool { return w.Event.IsZero() }

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// key keeps the characters a BibTeX key may hold.
func key(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.', r == '_', r == ':':
			return r
		}
		return '-'
	}, s)
}

// oneLine folds line breaks, which the line-based formats cannot hold.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
