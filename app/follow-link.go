package app

import (
	"github.com/laborlens/laborlens/query"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// followLink links the Atom feed of the events s finds, for a feed reader
// to bring new ones to the visitor. The server puts the same feed in the
// page's head for feed readers to discover.
func (loc *Locale) followLink(s query.State) app.UI {
	return app.A().Class("follow-link").Href(attr(s.FeedPath())).Type("application/atom+xml").
		Title(loc.T("follow.title")).
		Text(loc.T("follow.label"))
}
