package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
)

// orgPage says who an organization is and lists its events.
type orgPage struct {
	app.Compo
	*Locale
	id string
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *orgPage) OnInit() {
	if app.IsClient {
		p.id = match(orgPath, app.Window().URL().Path)
	}
}

func (p *orgPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *orgPage) OnNav(ctx app.Context) { onClientNav(ctx, p.load) }

func (p *orgPage) load(ctx app.Context) {
	p.id = match(orgPath, ctx.Page().URL().Path)
	o, ok := data.Org(p.id)
	if !ok {
		p.setPageMeta(ctx, p.notFoundMeta())
		return
	}
	desc := o.Description
	if desc == "" {
		desc = p.N("org.description", len(data.EventsOf(o.ID)), "name", o.Name)
	}
	p.setPageMeta(ctx, pageMeta{Title: o.Name, Description: desc, Canonical: "/orgs/" + o.ID})
}

func (p *orgPage) Render() app.UI {
	o, ok := data.Org(p.id)
	if !ok {
		return p.notFound(p.T("org.missing", "id", p.id))
	}
	return p.historyPage(app.Div().Class("page-header").Body( // pageHeader, with the dataset's English description
		app.H1().Text(o.Name),
		app.If(o.Description != "", func() app.UI { return english(p.Locale, app.P()).Class("lead").Text(o.Description) }),
	), []app.UI{
		fact(p.T("org.aliases"), strings.Join(o.Aliases, ", ")),
		fact(p.T("facet.kind"), p.orgKindLabel(o.Kind)),
		fact(p.T("facet.country"), p.countryNameOr(o.Country)),
		app.If(o.Website != "", func() app.UI {
			return app.Div().Body(app.Dt().Text(p.T("org.website")),
				app.Dd().Body(app.A().Href(attr(o.Website)).Target("_blank").Rel("noopener noreferrer").Text(o.Website)))
		}),
	}, data.EventsOf(o.ID), query.State{Orgs: []string{o.ID}})
}
