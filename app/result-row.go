package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// resultRow is one search result. It is a component so that go-app leaves a
// row alone when its event and highlights did not change between keystrokes,
// and a keyed one (Key): in the browser build, go-app's update matches the
// rows by event (wasm/_modules/go-app, keyed.go), so a row that stays in
// the results keeps its DOM node wherever it moves, where by position a
// list shifted by one rewrote every row.
type resultRow struct {
	app.Compo
	*Locale
	Event   *dataset.Event
	Title   []int // matched rune indexes in the title
	Summary []int // matched rune indexes in the summary
	pre     prerendered
}

func (r *resultRow) Render() app.UI {
	e := r.Event
	if e == nil {
		return app.Li()
	}
	id := "result-" + e.ID
	if r.pre.adopt(r, id) {
		return app.Li().Class("event-card").ID(id)
	}
	return r.eventCard(e, r.Title, r.Summary).ID(id)
}

// Key names the row among the results: its event.
func (r *resultRow) Key() string {
	if r.Event == nil {
		return ""
	}
	return r.Event.ID
}

// A row's first mount adopts the prerendered card (see prerendered).
func (r *resultRow) OnMount(ctx app.Context) { r.pre.adopted(ctx, r) }
func (r *resultRow) OnUpdate(app.Context)    { r.pre.changed() }
