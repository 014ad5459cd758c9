package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageMeta is what a page tells browsers and link previews about itself.
type pageMeta struct {
	Title       string // without the site name
	Description string
}

// setPageMeta applies m to the document: title, description, and the Open
// Graph and Twitter card metadata used by link previews.
func setPageMeta(ctx app.Context, m pageMeta) {
	title := "LaborLens"
	if m.Title != "" {
		title = metaText(m.Title) + " · LaborLens"
	}
	desc := metaText(m.Description)
	if desc == "" {
		desc = "An explorer of worker organizing at Amazon: strikes, walkouts, union votes, lawsuits and campaigns, each with its sources."
	}
	p := ctx.Page()
	p.SetTitle("%s", title)
	p.SetDescription("%s", desc)
	p.SetTwitterCard(app.TwitterCard{Card: "summary", Title: title, Description: desc, Image: "/web/icon-512.png"})
}
