package app

import (
	"net/url"
	"regexp"
)

// embedOptions are the presentation parameters of an embedded view, on top
// of the filters every view takes.
type embedOptions struct {
	Theme  string // "light", "dark" or "auto"
	Accent string // "#rrggbb", or "" for the default
	Title  bool   // show the view's heading
	ID     string // the partner's name for this embed, echoed in resize messages
}

var (
	hexColor = regexp.MustCompile(`^[0-9a-fA-F]{6}$`)
	embedID  = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)
)

// parseEmbedOptions reads theme, accent, title and id from a query,
// ignoring any value that is not exactly of the expected form.
func parseEmbedOptions(q url.Values) embedOptions {
	o := embedOptions{Theme: "auto", Title: true}
	switch q.Get("theme") {
	case "light", "dark":
		o.Theme = q.Get("theme")
	}
	if a := q.Get("accent"); hexColor.MatchString(a) {
		o.Accent = "#" + a
	}
	if q.Get("title") == "0" {
		o.Title = false
	}
	if id := q.Get("id"); embedID.MatchString(id) {
		o.ID = id
	}
	return o
}
