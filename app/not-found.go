package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func notFoundMeta() pageMeta {
	return pageMeta{Title: T("notfound.title"), Description: T("notfound.description")}
}

// notFoundPage answers every path that no route knows.
type notFoundPage struct {
	app.Compo
}

func (p *notFoundPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, notFoundMeta()) }
func (p *notFoundPage) OnNav(ctx app.Context) {
	onClientNav(ctx, func(ctx app.Context) { setPageMeta(ctx, notFoundMeta()) })
}

func (p *notFoundPage) Render() app.UI {
	return notFound(T("notfound.no-page"))
}

// notFound is the friendly 404 body; why is shown as text, never as HTML.
func notFound(why string) app.UI {
	return layout("",
		app.Div().Class("not-found").Body(
			app.H1().Text(T("notfound.title")),
			app.P().Text(why),
			app.P().Body(
				app.Text(T("notfound.try")+" "),
				app.A().Href(link("/")).Text(T("notfound.explore")),
				app.Text(" "+T("notfound.or")+" "),
				app.A().Href(link("/timeline")).Text(T("notfound.timeline")),
				app.Text(T("notfound.end")),
			),
		),
	)
}
