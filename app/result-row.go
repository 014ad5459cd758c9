package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// resultRow is one search result. It is a component so that go-app leaves a
// row alone when its event and highlights did not change between keystrokes.
type resultRow struct {
	app.Compo
	Event   *dataset.Event
	Title   []int // matched rune indexes in the title
	Summary []int // matched rune indexes in the summary
}

func (r *resultRow) Render() app.UI {
	e := r.Event
	if e == nil {
		return app.Li()
	}
	return app.Li().Class("event-card").Body(
		app.Article().Body(
			app.P().Class("event-meta").Body(
				app.Time().DateTime(e.Date.String()).Text(format.DateRange(e)),
				app.Span().Class("kind kind-"+string(e.Kind)).Text(e.Kind.Label()),
			),
			app.H3().Body(app.A().Href("/events/"+e.ID).Body(highlighted(e.Title, r.Title)...)),
			app.If(len(r.Summary) > 0, func() app.UI {
				return app.P().Class("event-summary").Body(highlighted(e.Summary, r.Summary)...)
			}),
			app.If(e.Place != "" || len(e.Countries) > 0 || e.International, func() app.UI {
				return app.P().Class("event-place").Text(placeLine(e))
			}),
		),
	)
}
