package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/export"
	"github.com/laborlens/laborlens/query"
)

// exportButtons download the current selection as CSV or JSON, made in
// the browser and named after the filters.
func (loc *Locale) exportButtons(s query.State, r *query.Result) app.UI {
	cite := func() string { return export.Citation(data, app.Window().URL().String()) }
	return app.Div().Class("export needs-app").Body(
		app.Button().Type("button").ID("export-csv").Text(loc.T("export.csv")).OnClick(func(ctx app.Context, e app.Event) {
			download(s.Slug()+".csv", "text/csv;charset=utf-8", export.CSV(data, hitEvents(r), cite()))
		}, app.EventScope(s.Encode())),
		app.Button().Type("button").ID("export-json").Text(loc.T("export.json")).OnClick(func(ctx app.Context, e app.Event) {
			b, err := export.JSON(data, hitEvents(r), cite())
			if err != nil {
				app.Log(err)
				return
			}
			download(s.Slug()+".json", "application/json", b)
		}, app.EventScope(s.Encode())),
	)
}

// download saves body as a file named name, through a Blob URL.
func download(name, mime string, body []byte) {
	win := app.Window()
	arr := win.Get("Uint8Array").New(len(body))
	app.CopyBytesToJS(arr, body)
	blob := win.Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	win.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 30000)
}
