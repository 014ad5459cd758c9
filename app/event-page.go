package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// eventPage shows everything known about one event.
type eventPage struct {
	app.Compo
	*Locale
	id     string
	origin string // scheme and host, for the citation's URL
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *eventPage) OnInit() {
	if app.IsClient {
		p.id = match(eventPath, app.Window().URL().Path)
	}
}

func (p *eventPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *eventPage) OnNav(ctx app.Context) { onClientNav(ctx, p.load) }

func (p *eventPage) load(ctx app.Context) {
	u := ctx.Page().URL()
	p.id = match(eventPath, u.Path)
	p.origin = ""
	if u.Host != "" {
		p.origin = u.Scheme + "://" + u.Host
	}
	e, ok := data.Event(p.id)
	if !ok {
		p.setPageMeta(ctx, p.notFoundMeta())
		return
	}
	p.setPageMeta(ctx, pageMeta{Title: e.Title, Description: e.Summary, Canonical: "/events/" + e.ID})
}

func (p *eventPage) Render() app.UI {
	e, ok := data.Event(p.id)
	if n, moved := data.Renamed(p.id); !ok && moved {
		return p.movedPage(n)
	}
	if !ok {
		return p.notFound(p.T("event.missing", "id", p.id))
	}
	return p.layout("/",
		p.eventDetail(e),
		&citeBox{Locale: p.Locale, Heading: p.T("event.cite"), Text: citation(e, p.origin+"/events/"+e.ID), Files: "/cite/events/" + e.ID},
		p.relatedSection(e),
	)
}

// eventDetail is the body of an event page, shared with the embed view.
func (loc *Locale) eventDetail(e *dataset.Event) app.UI {
	return app.Article().Class("event-detail").Body(
		app.P().Class("event-meta").Body(
			app.Time().DateTime(e.Date.String()).Text(loc.pr().DateRange(e)),
			app.Span().Class("kind kind-"+string(e.Kind)).Text(loc.kindLabel(e.Kind)),
		),
		english(loc, app.H1()).Text(e.Title),
		english(loc, app.P()).Class("lead").Text(e.Summary),
		app.Dl().Class("facts").Body(
			app.If(e.Place != "" || len(e.Countries) > 0 || e.International, func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("event.where")), app.Dd().Body(loc.placeParts(e)...))
			}),
			app.If(len(e.Facilities) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("facet.facility")), app.Dd().Body(loc.facilityLinks(e.Facilities)...))
			}),
			app.If(len(e.Organizations) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("event.orgs")), app.Dd().Body(loc.orgLinks(e.Organizations)...))
			}),
			app.If(len(e.Participants) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("chart.participants")), english(loc, app.Dd()).Body(loc.participantList(e.Participants)))
			}),
			app.If(len(e.Demands) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("event.demands")), english(loc, app.Dd()).Body(textList(e.Demands)))
			}),
			app.If(e.Outcome != "", func() app.UI {
				return app.Div().Body(app.Dt().Text(loc.T("facet.outcome")), english(loc, app.Dd()).Text(e.Outcome))
			}),
		),
		loc.electionTable(e),
		app.Section().Class("sources").Aria("labelledby", "sources-h").Body(
			app.H2().ID("sources-h").Text(loc.T("event.sources")),
			app.Ol().Body(app.Range(e.Sources).Slice(func(i int) app.UI { return loc.sourceItem(e.Sources[i]) })),
		),
	)
}

func fact(term, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.Div().Body(app.Dt().Text(term), app.Dd().Text(value))
}

func textList(items []string) app.UI {
	return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(items[i]) }))
}

func (loc *Locale) participantList(ps []dataset.Participant) app.UI {
	return app.Ul().Body(app.Range(ps).Slice(func(i int) app.UI {
		p := ps[i]
		text := loc.pr().Number(p.Count) + " " + p.What
		if p.CountedBy != "" {
			text += " (" + loc.T("chart.counted-by", "who", p.CountedBy) + ")"
		}
		if p.Note != "" {
			text += ": " + p.Note
		}
		return app.Li().Text(text)
	}))
}

func (loc *Locale) orgLinks(ids []string) []app.UI {
	links := make([]app.UI, 0, 2*len(ids))
	for i, id := range ids {
		if i > 0 {
			links = append(links, app.Text(", "))
		}
		name := id
		if o, ok := data.Org(id); ok {
			name = o.Name
		}
		links = append(links, app.A().Href(loc.link("/orgs/"+id)).Text(name))
	}
	return links
}

func (loc *Locale) facilityLinks(codes []string) []app.UI {
	links := make([]app.UI, 0, 2*len(codes))
	for i, code := range codes {
		if i > 0 {
			links = append(links, app.Text(", "))
		}
		links = append(links, app.A().Href(loc.link("/facilities/"+code)).Text(code))
	}
	return links
}

func (loc *Locale) sourceItem(s dataset.Source) app.UI {
	title := s.Title
	if title == "" {
		title = s.URL
	}
	return app.Li().Body(
		app.A().Href(attr(s.URL)).Target("_blank").Rel("noopener noreferrer").Text(title),
		app.If(s.Publisher != "", func() app.UI { return app.Span().Class("publisher").Text(" · " + s.Publisher) }),
		app.If(!s.Date.IsZero(), func() app.UI { return app.Span().Class("source-date").Text(" · " + loc.pr().Date(s.Date)) }),
	)
}
