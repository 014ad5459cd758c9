package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func (loc *Locale) notFoundMeta() pageMeta {
	return pageMeta{Title: loc.T("notfound.title"), Description: loc.T("notfound.description")}
}

// notFoundPage answers every path that no route knows.
type notFoundPage struct {
	app.Compo
	*Locale
}

func (p *notFoundPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.setPageMeta(ctx, p.notFoundMeta())
}

func (p *notFoundPage) OnNav(ctx app.Context) {
	onClientNav(ctx, func(ctx app.Context) { p.setPageMeta(ctx, p.notFoundMeta()) })
}

func (p *notFoundPage) Render() app.UI {
	return p.notFound(p.T("notfound.no-page"))
}

// notFound is the friendly 404 body; why is shown as text, never as HTML.
func (loc *Locale) notFound(why string) app.UI {
	return loc.layout("",
		app.Div().Class("not-found").Body(
			app.H1().Text(loc.T("notfound.title")),
			app.P().Text(why),
			app.P().Body(
				app.Text(loc.T("notfound.try")+" "),
				app.A().Href(loc.link("/")).Text(loc.T("notfound.explore")),
				app.Text(" "+loc.T("notfound.or")+" "),
				app.A().Href(loc.link("/timeline")).Text(loc.T("notfound.timeline")),
				app.Text(loc.T("notfound.end")),
			),
		),
	)
}
