package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the app chrome: a skip link, the header
// with the navigation (active marks the current section), the update notice
// and the footer.
func layout(active string, content ...app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#content").Text("Skip to content"),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href("/").Text("LaborLens"),
			app.Nav().Aria("label", "Main").Body(
				app.Ul().Body(
					app.Range(pages).Slice(func(i int) app.UI {
						n := pages[i]
						a := app.A().Href(n.Path).Text(n.Nav)
						if n.Path == active {
							a = a.Aria("current", "page")
						}
						return app.Li().Body(a)
					}),
				),
			),
		),
		&updateNotice{},
		app.Main().ID("content").TabIndex(-1).Body(
			app.If(active != "" && active != "/about", func() app.UI { return &embedDialog{} }), // about has no events to embed
			app.Div().Body(content...),
		),
		footer(),
		&readyMarker{},
	)
}

func footer() app.UI {
	m := data.Meta
	return app.Footer().Class("site-footer").Body(
		app.P().Body(
			app.Text("LaborLens dataset "),
			app.If(m.Version != "", func() app.UI { return app.Text("v" + m.Version + ", ") }),
			app.If(m.Updated != "", func() app.UI { return app.Text("updated " + m.Updated + ". ") }),
			app.Text("Every event cites its sources. "),
			app.A().Href("/about").Text("Methodology, licence and how to cite"),
			app.Text("."),
		),
	)
}

// pageHeader renders a page's h1 and an optional lead paragraph.
func pageHeader(title, lead string) app.UI {
	return app.Div().Class("page-header").Body(
		app.H1().Text(title),
		app.If(lead != "", func() app.UI { return app.P().Class("lead").Text(lead) }),
	)
}
