package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// citeBox shows how to cite an event and copies it to the clipboard.
type citeBox struct {
	app.Compo
	Text   string
	copied bool
}

// citation is a plain-text reference to an event page.
func citation(e *dataset.Event, pageURL string) string {
	var b strings.Builder
	b.WriteString("“" + e.Title + "” (" + format.Date(e.Date) + "). LaborLens")
	if data.Meta.Version != "" {
		b.WriteString(", dataset version " + data.Meta.Version)
	}
	b.WriteString(". " + pageURL)
	var pubs []string
	for _, s := range e.Sources {
		if s.Publisher != "" {
			pubs = append(pubs, s.Publisher)
		}
	}
	if len(pubs) > 0 {
		b.WriteString(". Sources: " + strings.Join(pubs, "; "))
	}
	return b.String() + "."
}

func (c *citeBox) Render() app.UI {
	status := ""
	if c.copied {
		status = "Copied to the clipboard."
	}
	return app.Section().Class("cite").Aria("labelledby", "cite-h").Body(
		app.H2().ID("cite-h").Text("Cite this event"),
		app.P().Class("citation").ID("citation").Text(c.Text),
		app.Button().Type("button").Text("Copy citation").OnClick(c.copy),
		app.Span().Class("copy-status").Role("status").Text(status),
	)
}

func (c *citeBox) copy(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		return
	}
	clip.Call("writeText", c.Text)
	c.copied = true
}
