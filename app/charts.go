package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// chartsPage will hold the charts. For now it says so honestly.
type chartsPage struct {
	app.Compo
}

func (p *chartsPage) OnPreRender(ctx app.Context) { p.meta(ctx) }
func (p *chartsPage) OnNav(ctx app.Context)       { p.meta(ctx) }

func (p *chartsPage) meta(ctx app.Context) {
	setPageMeta(ctx, pageMeta{Title: "Charts", Description: "Worker organizing at Amazon by year, kind, country and organization."})
}

func (p *chartsPage) Render() app.UI {
	return layout("/charts",
		pageHeader("Charts", "The shape of worker organizing at Amazon, at a glance."),
		placeholder("Charts of events per year, by country, by organization and by size are on their way."),
		app.P().Text("The dataset holds "+plural(len(data.Events), "event", "events")+" from "+plural(len(data.Organizations), "organization", "organizations")+"."),
	)
}
