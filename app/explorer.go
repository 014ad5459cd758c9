package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// explorer is the home page: every event, newest first.
type explorer struct {
	app.Compo
}

func (p *explorer) OnPreRender(ctx app.Context) { p.meta(ctx) }
func (p *explorer) OnNav(ctx app.Context)       { p.meta(ctx) }

func (p *explorer) meta(ctx app.Context) {
	setPageMeta(ctx, pageMeta{Title: "Worker organizing at Amazon"})
}

func (p *explorer) Render() app.UI {
	events := allEvents()
	return layout("/",
		pageHeader("Worker organizing at Amazon",
			"Strikes, walkouts, union votes, boycotts, lawsuits and campaigns since 2011, each with its sources."),
		app.P().Class("result-count").Text(plural(len(events), "event", "events")+", newest first"),
		eventList(events),
	)
}
