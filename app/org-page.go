package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
)

// orgPage says who an organization is and lists its events.
type orgPage struct {
	app.Compo
	id string
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *orgPage) OnInit() {
	if app.IsClient {
		p.id = match(orgPath, app.Window().URL().Path)
	}
}

func (p *orgPage) OnPreRender(ctx app.Context) { p.load(ctx) }
func (p *orgPage) OnNav(ctx app.Context)       { onClientNav(ctx, p.load) }

func (p *orgPage) load(ctx app.Context) {
	p.id = match(orgPath, ctx.Page().URL().Path)
	o, ok := data.Org(p.id)
	if !ok {
		setPageMeta(ctx, notFoundMeta())
		return
	}
	desc := o.Description
	if desc == "" {
		desc = N("org.description", len(data.EventsOf(o.ID)), "name", o.Name)
	}
	setPageMeta(ctx, pageMeta{Title: o.Name, Description: desc, Canonical: "/orgs/" + o.ID})
}

func (p *orgPage) Render() app.UI {
	o, ok := data.Org(p.id)
	if !ok {
		return notFound(T("org.missing", "id", p.id))
	}
	return historyPage(pageHeader(o.Name, o.Description), []app.UI{
		fact(T("org.aliases"), strings.Join(o.Aliases, ", ")),
		fact(T("facet.kind"), orgKindLabel(o.Kind)),
		fact(T("facet.country"), countryNameOr(o.Country)),
		app.If(o.Website != "", func() app.UI {
			return app.Div().Body(app.Dt().Text(T("org.website")),
				app.Dd().Body(app.A().Href(attr(o.Website)).Target("_blank").Rel("noopener noreferrer").Text(o.Website)))
		}),
	}, data.EventsOf(o.ID), query.State{Orgs: []string{o.ID}})
}
