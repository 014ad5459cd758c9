package app

import (
	"strings"

	"github.com/laborlens/laborlens/cite"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// citeBox shows how to cite an event or the release, copies the text to
// the clipboard and links the same citation as BibTeX, RIS and CSL-JSON
// files (written by the server and the static export, so the formats cost
// the browser app nothing).
type citeBox struct {
	app.Compo
	*Locale
	Heading string
	Text    string
	Files   string // the files' path without extension: /cite/events/{id}
	copied  bool
}

// citation is a plain-text reference to an event page.
func citation(e *dataset.Event, pageURL string) string {
	return cite.Event(data.Meta, e, pageURL).Text()
}

// citeFormats are the citation files, by extension.
var citeFormats = []struct{ Ext, Label string }{{".bib", "BibTeX"}, {".ris", "RIS"}, {".json", "CSL-JSON"}}

func (c *citeBox) Render() app.UI {
	status := ""
	if c.copied {
		status = c.T("cite.copied")
	}
	return app.Section().Class("cite").Aria("labelledby", "cite-h").Body(
		app.H2().ID("cite-h").Text(c.Heading),
		english(c.Locale, app.P()).Class("citation").ID("citation").Text(c.Text),
		app.Button().Type("button").Text(c.T("cite.copy")).OnClick(c.copy),
		app.Span().Class("copy-status").Role("status").Text(status),
		app.If(c.Files != "", func() app.UI {
			return app.P().Class("cite-files").Body(
				app.Text(c.T("cite.download")+" "),
				app.Range(citeFormats).Slice(func(i int) app.UI {
					f := citeFormats[i]
					sep := app.Text(", ")
					if i == 0 {
						sep = nil
					}
					return app.Span().Body(sep, app.A().Href(attr(c.Files+f.Ext)).Attr("download", attr(downloadName(c.Files, f.Ext))).Text(f.Label))
				}),
			)
		}),
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

// downloadName is the file name a citation saves as: laborlens-{id}.bib.
// (go-app drops an empty download attribute, so it is never empty.)
func downloadName(files, ext string) string {
	return "laborlens-" + files[strings.LastIndexByte(files, '/')+1:] + ext
}
