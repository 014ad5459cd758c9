package view

import (
	"net/url"

	"github.com/laborlens/laborlens/rx"
)

// The parameters that style an embed, on top of the filters every view
// takes.
const (
	EmbedTheme  = "theme"  // "light" or "dark"; anything else follows the reader's setting
	EmbedAccent = "accent" // rrggbb, without the #
	EmbedTitle  = "title"  // "0" hides the view's heading
	EmbedID     = "id"     // the partner's name for this embed, echoed in resize messages
)

// EmbedOnly are the parameters that style an embed and mean nothing to the
// full app.
var EmbedOnly = []string{EmbedTheme, EmbedAccent, EmbedTitle, EmbedID}

// EmbedOptions are an embed's presentation, read from its URL.
type EmbedOptions struct {
	Theme  string // "light", "dark" or "auto"
	Accent string // "#rrggbb", or "" for the default
	Title  bool   // show the view's heading
	ID     string // the partner's name for this embed
}

var (
	hexColor = rx.MustCompile(`^[0-9a-fA-F]{6}$`)
	embedID  = rx.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)
)

// ParseEmbedOptions reads theme, accent, title and id from a query,
// ignoring any value that is not exactly of the expected form.
func ParseEmbedOptions(q url.Values) EmbedOptions {
	o := EmbedOptions{Theme: "auto", Title: true}
	switch q.Get(EmbedTheme) {
	case "light", "dark":
		o.Theme = q.Get(EmbedTheme)
	}
	if a := q.Get(EmbedAccent); hexColor.MatchString(a) {
		o.Accent = "#" + a
	}
	if q.Get(EmbedTitle) == "0" {
		o.Title = false
	}
	if id := q.Get(EmbedID); embedID.MatchString(id) {
		o.ID = id
	}
	return o
}
