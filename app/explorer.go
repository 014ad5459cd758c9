package app

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
)

// explorer is the home page: the search box, the filters with their live
// counts, and the matching events. Everything it shows follows the URL.
//
// Its controls are a real GET form and links, so they work before the
// wasm runs and without scripts: the server renders the results of any
// URL. web/pickup.js keeps the URL in step with what the visitor types and
// ticks until the app runs; the app then reads the URL.
type explorer struct {
	app.Compo
	*Locale
	state    query.State
	list     view.List
	result   query.Result
	stopKeys func()
	typed    int // counts keystrokes and navigations, so a late address update of an older one is dropped
}

// formID is the explorer's GET form; the filters outside it join it
// through their form attribute.
const formID = "explore"

// OnInit reads the URL in the browser before the first render, so that the
// app's first render is the page the server prerendered: no jump.
func (p *explorer) OnInit() {
	if app.IsClient {
		p.read(app.Window().URL())
	}
}

func (p *explorer) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *explorer) OnNav(ctx app.Context) {
	if app.IsServer {
		return // see onClientNav
	}
	p.load(ctx)
	// The box is not bound to the state while typing (that would drop
	// keystrokes); after a navigation, show the URL's query.
	if box := app.Window().GetElementByID("q"); box.Truthy() && box.Get("value").String() != p.state.Q {
		box.Set("value", p.state.Q)
	}
}

func (p *explorer) read(u *url.URL) {
	q := u.Query()
	p.state = searchIndex().Parse(q)
	p.list = view.ParseList(q)
	p.result = searchIndex().Search(p.state)
}

func (p *explorer) load(ctx app.Context) {
	p.typed++
	p.read(ctx.Page().URL())
	p.setPageMeta(ctx, p.viewMeta(p.T("explorer.title"), "", "/", &p.result, p.state))
}

func (p *explorer) OnMount(ctx app.Context) {
	p.stopKeys = onSlashFocus("q")
	gcTune(false)
	// The visitor opened their own file, or went back: search it.
	ctx.Handle(ownDataEvent, func(ctx app.Context, _ app.Action) {
		p.load(ctx)
		ctx.Update()
	})
}

func (p *explorer) OnDismount() {
	if p.stopKeys != nil {
		p.stopKeys()
	}
}

// onInput searches as the visitor types. The URL is replaced, not pushed:
// back and forward walk through filters, not through every letter. It is
// replaced once typing pauses for urlDelay, not on every keystroke:
// history.replaceState costs milliseconds that the next frame's results
// need more.
func (p *explorer) onInput(ctx app.Context, e app.Event) {
	p.state = p.state.WithQuery(ctx.JSSrc().Get("value").String())
	p.list = p.list.FirstPage()
	p.result = searchIndex().Search(p.state)
	p.typed++
	typed := p.typed
	ctx.After(urlDelay, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing to render: only the address changes
		if typed != p.typed {
			return // more was typed since, or the page navigated
		}
		u := *ctx.Page().URL()
		u.RawQuery = p.langValues(p.list.Values(p.state)).Encode()
		ctx.Page().ReplaceURL(&u)
		gcTune(true)
	})
}

// urlDelay is how long typing pauses before the address follows the query.
const urlDelay = 150 * time.Millisecond

// apply navigates to s, back at the first page: a new history entry, and
// OnNav renders it.
func (p *explorer) apply(ctx app.Context, s query.State) {
	ctx.Navigate(p.link(p.list.FirstPage().Href(s)))
}

func (p *explorer) Render() app.UI {
	r := &p.result
	hits := r.Hits
	if len(hits) > p.list.Shown() {
		hits = hits[:p.list.Shown()]
	}
	// Search marked the first query.HighlightLimit hits (one page); the
	// pages after the first are marked here.
	for i := query.HighlightLimit; i < len(hits); i++ {
		r.Mark(&hits[i])
	}
	box := app.Input().Type("search").ID("q").Name("q").
		Placeholder(p.T("explorer.placeholder")).
		AutoComplete(false).Attr("spellcheck", "false").
		Aria("describedby", "q-help").
		OnInput(p.onInput)
	if app.IsServer {
		box = box.Value(attr(p.state.Q))
	}
	title, lead := p.T("explorer.title"), p.T("explorer.lead")
	if local != nil {
		title, lead = data.Meta.Title, data.Meta.Description
	}
	return p.layout("/",
		pageHeader(title, lead),
		&ownDataPanel{Locale: p.Locale, Compact: true},
		// Without the app, Enter or the button submits the form: the server
		// renders the results. With it, results follow every keystroke.
		app.Form().ID(formID).Class("search").Role("search").Action("/").Method("get").
			OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Text(p.T("explorer.search-label")),
			app.Div().Class("search-row").Body(
				box,
				app.Button().Type("submit").Class("no-app").Text(p.T("explorer.search")),
			),
			app.P().ID("q-help").Class("help").Text(p.T("explorer.help")),
			app.If(p.or().explicit, func() app.UI {
				return app.Input().Type("hidden").Name(LangParam).Value(p.lang())
			}),
			app.If(len(p.list.All) > 0, func() app.UI {
				return app.Input().Type("hidden").Name("all").Value(p.list.Values(query.State{}).Get("all"))
			}),
		),
		&newSinceNote{Locale: p.Locale, State: p.state},
		app.Div().Class("explorer").Body(
			p.facetPanel(r, p.list, p.toggleFacet, p.showAll, p.setYears, p.state),
			app.Section().Class("results").Aria("labelledby", "results-h").Body(
				app.H2().ID("results-h").Class("visually-hidden").Text(p.T("explorer.results")),
				app.Div().Class("results-bar").Body(
					app.P().Class("result-count").Role("status").Aria("live", "polite").
						Text(p.N("count.of", r.Total, "shown", p.pr().Number(len(r.Hits)))),
					app.A().Class("filters-link").Href("#filters").Text(p.T("filters.title")),
					p.sortSelect(p.state, func(ctx app.Context, s query.Sort) { p.apply(ctx, p.state.WithSort(s)) }),
					p.exportButtons(p.state, r),
				),
				p.activeFilters(r, p.state, p.list.FirstPage().Href),
				app.If(len(r.Hits) == 0, func() app.UI {
					return app.P().Class("no-results").Text(p.T("explorer.no-results"))
				}),
				app.Ol().Class("event-list").Body(
					app.Range(hits).Slice(func(i int) app.UI {
						h := hits[i]
						return &resultRow{Locale: p.Locale, Event: h.Event, Title: h.Title, Summary: h.Summary}
					}),
				),
				app.If(len(r.Hits) > len(hits), func() app.UI {
					// A link: the app follows it without a reload, keeping
					// the scroll position; without the app the server renders it.
					return app.A().Class("show-more").Href(attr(p.link(p.list.More().Href(p.state)))).
						Text(p.N("explorer.more", min(view.PageSize, len(r.Hits)-len(hits))))
				}),
			),
		),
	)
}

// Each filter change navigates, so that it is a history entry and the URL
// stays the truth; OnNav then searches and renders.
func (p *explorer) toggleFacet(ctx app.Context, f query.Facet, v string) {
	p.apply(ctx, p.state.Toggle(f, v))
}

// showAll lists every value of facet f, at the state as typed so far.
func (p *explorer) showAll(ctx app.Context, f query.Facet) {
	ctx.Navigate(p.link(p.list.ShowingAll(f).Href(p.state)))
}

func (p *explorer) setYears(ctx app.Context, from, to string) {
	f, _ := strconv.Atoi(from)
	t, _ := strconv.Atoi(to)
	p.apply(ctx, p.state.WithYears(f, t))
}
