package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the app chrome: a skip link, the header
// with the navigation (active marks the current section), the update notice
// and the footer.
func (loc *Locale) layout(active string, content ...app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#content").Text(loc.T("layout.skip")),
		&siteHeader{Locale: loc, Active: active},
		&updateNotice{Locale: loc},
		&localBanner{Locale: loc, Local: local}, // a prop, so that it renders again when the file changes
		app.Main().ID("content").TabIndex(-1).Body(
			app.If(active != "" && active != "/about", func() app.UI { return &embedDialog{Locale: loc} }), // about has no events to embed
			app.Div().Body(content...),
		),
		&siteFooter{Locale: loc},
		&readyMarker{Locale: loc},
	)
}

// siteHeader and siteFooter are components so that a page's re-render (a
// keystroke in the explorer) leaves them alone: go-app re-renders a
// component only when its fields change.
type siteHeader struct {
	app.Compo
	*Locale
	Active string // the current section's path
}

func (h *siteHeader) Render() app.UI {
	return app.Header().Class("site-header").Body(
		app.A().Class("brand").Href(h.link("/")).Text("LaborLens"),
		app.Nav().Aria("label", h.T("layout.nav")).Body(
			app.Ul().Body(
				app.Range(pages).Slice(func(i int) app.UI {
					n := pages[i]
					a := app.A().Href(h.link(n.Path)).Text(h.T(n.Nav))
					if n.Path == h.Active {
						a = a.Aria("current", "page")
					}
					return app.Li().Body(a)
				}),
			),
		),
		// Its hidden fields carry the URL's state for a switch without
		// scripts; in the app its handler reads the address when used, so
		// they need not follow every keystroke.
		h.langSwitcher(),
	)
}

type siteFooter struct {
	app.Compo
	*Locale
}

func (f *siteFooter) Render() app.UI {
	m := data.Meta
	return app.Footer().Class("site-footer").Body(
		app.P().Body(
			app.Text(f.T("footer.dataset")+" "),
			app.If(m.Version != "", func() app.UI { return app.Text(f.T("footer.version", "version", m.Version) + " ") }),
			app.If(m.Updated != "", func() app.UI { return app.Text(f.T("footer.updated", "date", m.Updated) + " ") }),
			app.Text(f.T("footer.sources")+" "),
			app.A().Href(f.link("/about")).Text(f.T("footer.about")),
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
