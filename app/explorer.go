package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/query"
)

// explorer is the home page: the search box, the filters with their live
// counts, and the matching events. Everything it shows follows the URL.
type explorer struct {
	app.Compo
	state    query.State
	result   query.Result
	shown    int                  // rows rendered; more on request
	expanded map[query.Facet]bool // facets showing all their values
	stopKeys func()
}

// pageSize is how many results are rendered at first and per "show more".
const pageSize = 50

func (p *explorer) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *explorer) OnNav(ctx app.Context) {
	p.load(ctx)
	// The box is not bound to the state while typing (that would drop
	// keystrokes); after a navigation, show the URL's query.
	if box := app.Window().GetElementByID("q"); box.Truthy() && box.Get("value").String() != p.state.Q {
		box.Set("value", p.state.Q)
	}
}

func (p *explorer) load(ctx app.Context) {
	p.state = stateOf(ctx)
	p.search()
	title := "Worker organizing at Amazon"
	if p.state.Filtered() {
		title = format.Plural(len(p.result.Hits), "event", "events") + " · " + title
	}
	setPageMeta(ctx, pageMeta{Title: title})
}

func (p *explorer) search() {
	p.result = searchIndex().Search(p.state)
	p.shown = pageSize
}

func (p *explorer) OnMount(ctx app.Context) {
	p.stopKeys = onSlashFocus("q")
}

func (p *explorer) OnDismount() {
	if p.stopKeys != nil {
		p.stopKeys()
	}
}

// onInput searches as the visitor types. The URL is replaced, not pushed:
// back and forward walk through filters, not through every letter.
func (p *explorer) onInput(ctx app.Context, e app.Event) {
	p.state = p.state.WithQuery(ctx.JSSrc().Get("value").String())
	p.search()
	ctx.Page().ReplaceURL(withState(ctx, p.state))
}

// apply navigates to s: a new history entry, and OnNav renders it.
func (p *explorer) apply(ctx app.Context, s query.State) {
	ctx.NavigateTo(withState(ctx, s))
}

func (p *explorer) Render() app.UI {
	r := &p.result
	hits := r.Hits
	if len(hits) > p.shown {
		hits = hits[:p.shown]
	}
	for i := range hits {
		r.Mark(&hits[i])
	}
	box := app.Input().Type("search").ID("q").Name("q").
		Placeholder("Try “Bessemer”, “climate walkout”, “JFK8 vote”").
		AutoComplete(false).Attr("spellcheck", "false").
		Aria("describedby", "q-help").
		OnInput(p.onInput)
	if app.IsServer {
		box = box.Value(attr(p.state.Q))
	}
	return layout("/",
		pageHeader("Worker organizing at Amazon",
			"Strikes, walkouts, union votes, boycotts, lawsuits and campaigns since 2011, each with its sources."),
		app.Form().Class("search").Role("search").Action("/").Method("get").
			OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Text("Search events"),
			box,
			app.P().ID("q-help").Class("help").Text("Searches titles, summaries, organizations, places, facility codes, people, demands and tags. Typos are forgiven. Press / to search from anywhere on the page."),
		),
		app.Div().Class("explorer").Body(
			facetPanel(r, p.expanded, p.toggleFacet, p.showAll, p.setYears, p.state),
			app.Section().Class("results").Aria("labelledby", "results-h").Body(
				app.H2().ID("results-h").Class("visually-hidden").Text("Results"),
				app.Div().Class("results-bar").Body(
					app.P().Class("result-count").Role("status").Aria("live", "polite").
						Text(strconv.Itoa(len(r.Hits))+" of "+format.Plural(r.Total, "event", "events")),
					app.A().Class("filters-link").Href("#filters").Text("Filters"),
					sortSelect(p.state, func(ctx app.Context, s query.Sort) { p.apply(ctx, p.state.WithSort(s)) }),
					exportButtons(p.state, r),
				),
				activeFilters(r, p.state, p.removeFilter, p.clearAll),
				app.If(len(r.Hits) == 0, func() app.UI {
					return app.P().Class("no-results").Text("No event matches. Try fewer words or remove a filter.")
				}),
				app.Ol().Class("event-list").Body(
					app.Range(hits).Slice(func(i int) app.UI {
						h := hits[i]
						return &resultRow{Event: h.Event, Title: h.Title, Summary: h.Summary}
					}),
				),
				app.If(len(r.Hits) > len(hits), func() app.UI {
					return app.Button().Type("button").Class("show-more").
						Text("Show " + strconv.Itoa(min(pageSize*2, len(r.Hits)-len(hits))) + " more").
						OnClick(func(ctx app.Context, e app.Event) { p.shown += pageSize * 2 })
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

func (p *explorer) removeFilter(ctx app.Context, f query.Facet, v string) {
	p.apply(ctx, withoutChip(p.state, f, v))
}

func (p *explorer) clearAll(ctx app.Context) { p.apply(ctx, p.state.Clear()) }

func (p *explorer) setYears(ctx app.Context, from, to string) {
	f, _ := strconv.Atoi(from)
	t, _ := strconv.Atoi(to)
	p.apply(ctx, p.state.WithYears(f, t))
}

func (p *explorer) showAll(f query.Facet) {
	if p.expanded == nil {
		p.expanded = map[query.Facet]bool{}
	}
	p.expanded[f] = true
}
