package app

import (
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// movedPage answers an event's former id inside the app (the server and the
// static site redirect it before the app sees it; a link followed within
// the app does not reach them): it names the event and links to its
// current page.
func (loc *Locale) movedPage(e *dataset.Event) app.UI {
	return loc.layout("/",
		app.Div().Class("not-found").Body(
			app.H1().Text(loc.T("moved.title")),
			app.P().Body(
				app.Text(loc.T("moved.text")+" "),
				app.A().Href(loc.link("/events/"+e.ID)).Text(e.Title),
				app.Text("."),
			),
		),
	)
}
