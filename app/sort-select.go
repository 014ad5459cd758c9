package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
)

var sortOptions = []struct {
	Sort  query.Sort
	Label string // its catalogue key
}{
	{query.SortDefault, "sort.best"},
	{query.SortNewest, "sort.newest"},
	{query.SortOldest, "sort.oldest"},
	{query.SortSize, "sort.largest"},
}

// sortSelect chooses the order of the results.
func (loc *Locale) sortSelect(s query.State, apply func(app.Context, query.Sort)) app.UI {
	return app.Div().Class("sort").Body(
		app.Label().For("sort").Text(loc.T("sort.label")),
		app.Select().ID("sort").Name("sort").Attr("form", formID).OnChange(func(ctx app.Context, e app.Event) {
			apply(ctx, query.Sort(ctx.JSSrc().Get("value").String()))
		}).Body(
			app.Range(sortOptions).Slice(func(i int) app.UI {
				o := sortOptions[i]
				return boolAttr(app.Option().Value(string(o.Sort)), app.HTMLOption.Selected, s.Sort == o.Sort).Text(loc.T(o.Label))
			}),
		),
	)
}
