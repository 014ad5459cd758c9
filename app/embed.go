package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
)

// embedPage shows one view without the app's chrome, for partner sites to
// put in an iframe: /embed/list, /embed/timeline, /embed/charts/{chart} and
// /embed/events/{id}. It posts its height to the parent page whenever it
// changes, for web/embed.js to size the iframe.
type embedPage struct {
	app.Compo
	*Locale
	path    string
	query   url.Values
	options view.EmbedOptions
	state   query.State
	events  []*dataset.Event // the search of state, done once per navigation
	host    *embedHost       // speaks to the framing page
	stop    func()           // ends the resize observer
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *embedPage) OnInit() {
	if app.IsClient {
		p.read(app.Window().URL())
	}
}

func (p *embedPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *embedPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return // see onClientNav
	}
	p.load(ctx)
	ctx.Defer(p.applyAccent)
	p.announce()
}

// announce tells the host the full view this embed now shows.
func (p *embedPage) announce() {
	if p.host == nil {
		return
	}
	kind, arg := view.SplitEmbed(p.path)
	full, err := url.Parse(view.Full(kind, arg, p.query))
	if err != nil {
		return
	}
	p.host.view(app.Window().URL().ResolveReference(full).String())
}

func (p *embedPage) read(u *url.URL) {
	p.path, p.query = u.Path, u.Query()
	p.options = view.ParseEmbedOptions(p.query)
	p.state, p.events = query.State{}, nil
	if embedStatus(p.path) == statusOK {
		p.state = searchIndex().Parse(p.query)
		p.events = matching(p.state)
	}
}

func (p *embedPage) load(ctx app.Context) {
	p.read(ctx.Page().URL())
	if embedStatus(p.path) != statusOK {
		p.setPageMeta(ctx, p.notFoundMeta())
		return
	}
	p.setPageMeta(ctx, pageMeta{Title: p.T("embed.title"), Canonical: p.fullView()})
}

// OnMount starts telling the host the embed's height and view, in every
// protocol hosts understand (see embedHost).
func (p *embedPage) OnMount(ctx app.Context) {
	p.host = newEmbedHost(p.options.ID)
	p.announce()
	p.stop = observeHeight(p.host.height)
}

func (p *embedPage) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
	if p.host != nil {
		p.host.close()
	}
}

// applyAccent sets the partner's accent colour through the CSSOM: the CSP
// forbids style attributes in the HTML, not style properties set by script.
func (p *embedPage) applyAccent(ctx app.Context) {
	root := app.Window().GetElementByID("embed-root")
	if !root.Truthy() || p.options.Accent == "" {
		return
	}
	style := root.Get("style")
	style.Call("setProperty", "--accent", p.options.Accent)
	style.Call("setProperty", "--link", p.options.Accent)
}

func embedStatus(path string) int {
	kind, arg := view.SplitEmbed(path)
	switch kind {
	case "list", "timeline", "map":
		if arg == "" {
			return statusOK
		}
	case "charts":
		if _, ok := charts.Lookup(arg); ok {
			return statusOK
		}
	case "events":
		return found(data.Event(arg))
	}
	return statusNotFound
}

// embedListShown bounds the embedded list; the rest is a link away.
const embedListShown = 25

func (p *embedPage) Render() app.UI {
	kind, arg := view.SplitEmbed(p.path)
	return app.Div().ID("embed-root").Class("embed").DataSet("theme", p.options.Theme).Body(
		app.Main().ID("content").Body(p.body(kind, arg)),
		app.P().Class("embed-credit").Body(
			app.A().Href(attr(p.link(p.fullView()))).Target("_blank").Rel("noopener").Text(p.T("embed.open")),
		),
		&readyMarker{Locale: p.Locale},
	)
}

// prefs are the display preferences of the embed: the partner's theme
// when they chose one, else the reader's.
func (p *embedPage) prefs() preferences {
	prefs := currentPreferences()
	switch p.options.Theme {
	case "dark":
		prefs.Dark = true
	case "light":
		prefs.Dark = false
	}
	return prefs
}

func (p *embedPage) body(kind, arg string) app.UI {
	if embedStatus(p.path) != statusOK {
		return app.P().Text(p.T("embed.missing"))
	}
	if kind == "events" {
		e, _ := data.Event(arg)
		return p.eventDetail(e)
	}
	s, events := p.state, p.events
	prefs := p.prefs()
	key := drawKey(s, len(events), prefs)
	heading := func(title string) app.UI {
		if !p.options.Title {
			return nil
		}
		return app.H1().Class("embed-title").Text(title)
	}
	count := app.P().Class("result-count").Text(p.N("count.of", len(data.Events), "shown", p.pr().Number(len(events))))
	drill := func(ctx app.Context, t clickTarget) { p.drillFrom(ctx, s, t) }
	switch kind {
	case "timeline":
		lane := s.EffectiveLane()
		oldest := reversed(events)
		return app.Div().Body(
			heading(p.T("embed.timeline")),
			count,
			&timelineChart{Locale: p.Locale, Events: oldest, Lane: lane, Prefs: prefs, Key: key, Open: drill},
			app.Details().Body(app.Summary().Text(p.T("embed.as-list")),
				p.eventList(view.Latest(oldest)),
				app.If(len(oldest) > view.ChronologyLimit, func() app.UI {
					return app.P().Body(app.A().Href(attr(p.link(view.Full("list", "", p.query)))).Target("_blank").Rel("noopener").
						Text(p.N("embed.see-all", len(events))))
				}),
			),
		)
	case "map":
		mv := charts.ParseMapView(p.query)
		extra := url.Values{}
		for _, k := range view.EmbedOnly {
			if x := p.query.Get(k); x != "" {
				extra.Set(k, x)
			}
		}
		return app.Div().Body(
			heading(p.T("embed.map")),
			count,
			p.areaSwitch("/embed/map", s, mv.Area, extra),
			&mapFigure{Locale: p.Locale, Events: events, View: mv, Prefs: prefs, Key: mapKey(s, mv, len(events), prefs),
				Drill: func(ctx app.Context, t clickTarget) { p.mapDrill(ctx, s, mv, t) }, NoCaption: !p.options.Title},
		)
	case "charts":
		c, _ := charts.Lookup(arg)
		return app.Div().Body(
			heading(charts.Title(c.ID, p.pr())),
			app.If(p.options.Title, func() app.UI { return app.P().Class("muted").Text(charts.Description(c.ID, p.pr())) }),
			count,
			&chartFigure{Locale: p.Locale, Chart: c, Events: events, Prefs: prefs, Key: key, Drill: drill, NoCaption: true},
		)
	}
	shown := events
	if len(shown) > embedListShown {
		shown = shown[:embedListShown]
	}
	return app.Div().Body(
		heading(p.T("explorer.title")),
		count,
		p.eventList(shown),
		app.If(len(events) > len(shown), func() app.UI {
			return app.P().Body(app.A().Href(attr(p.link(p.fullView()))).Target("_blank").Rel("noopener").
				Text(p.N("embed.see-all", len(events))))
		}),
	)
}

// fullView is the page of the full app this embed comes from, built from
// the dataset's id and the canonical state, never from the request's text;
// "/" for an embed that does not exist.
func (p *embedPage) fullView() string {
	if embedStatus(p.path) != statusOK {
		return "/"
	}
	kind, arg := view.SplitEmbed(p.path)
	return view.Full(kind, url.PathEscape(arg), p.state.Values())
}
