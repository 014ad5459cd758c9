package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// resultRow is one search result. It is a component so that go-app leaves a
// row alone when its event and highlights did not change between keystrokes.
type resultRow struct {
	app.Compo
	*Locale
	Event   *dataset.Event
	Title   []int // matched rune indexes in the title
	Summary []int // matched rune indexes in the summary
}

func (r *resultRow) Render() app.UI {
	e := r.Event
	if e == nil {
		return app.Li()
	}
	return r.eventCard(e, r.Title, r.Summary)
}
