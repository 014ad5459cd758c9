package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

var notFoundMeta = pageMeta{Title: "Page not found", Description: "This page does not exist in LaborLens."}

// notFoundPage answers every path that no route knows.
type notFoundPage struct {
	app.Compo
}

func (p *notFoundPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, notFoundMeta) }
func (p *notFoundPage) OnNav(ctx app.Context) {
	onClientNav(ctx, func(ctx app.Context) { setPageMeta(ctx, notFoundMeta) })
}

func (p *notFoundPage) Render() app.UI {
	return notFound("There is no page at this address.")
}

// notFound is the friendly 404 body; why is shown as text, never as HTML.
func notFound(why string) app.UI {
	return layout("",
		app.Div().Class("not-found").Body(
			app.H1().Text("Page not found"),
			app.P().Text(why),
			app.P().Body(
				app.Text("Try "),
				app.A().Href("/").Text("exploring every event"),
				app.Text(" or the "),
				app.A().Href("/timeline").Text("timeline"),
				app.Text("."),
			),
		),
	)
}
