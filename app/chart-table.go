package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
)

// chartTable is a chart's data table. It is static markup (no handler), so
// in the browser it keeps the prerendered table it adopted at the first
// mount until its numbers change (see prerendered): the seven tables of
// /charts are ~2,000 elements and text nodes that go-app would otherwise
// build again in the first mount's task, ~250 ms of it at 1× CPU.
type chartTable struct {
	app.Compo
	*Locale
	ChartID string
	Table   charts.Table
	pre     prerendered
}

func (t *chartTable) Render() app.UI {
	id := "data-" + t.ChartID
	root := app.Div().ID(id)
	if t.pre.adopt(t, id) {
		return root
	}
	return root.Body(t.dataTable(t.Table))
}

func (t *chartTable) OnMount(ctx app.Context) { t.pre.keep(ctx, t) }
func (t *chartTable) OnUpdate(app.Context)    { t.pre.changed() }
