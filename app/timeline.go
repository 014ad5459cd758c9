package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// timelinePage will draw the events on a time axis. For now it lists them
// in time order, which stays as the accessible text alternative.
type timelinePage struct {
	app.Compo
}

func (p *timelinePage) OnPreRender(ctx app.Context) { p.meta(ctx) }
func (p *timelinePage) OnNav(ctx app.Context)       { p.meta(ctx) }

func (p *timelinePage) meta(ctx app.Context) {
	setPageMeta(ctx, pageMeta{Title: "Timeline", Description: "Fifteen years of worker organizing at Amazon on one time axis."})
}

func (p *timelinePage) Render() app.UI {
	return layout("/timeline",
		pageHeader("Timeline", "Every event in time order."),
		placeholder("An interactive timeline with lanes by kind, country or organization is on its way. Meanwhile, here is every event in time order."),
		eventList(reversed(allEvents())),
	)
}
