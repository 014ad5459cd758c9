package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
)

// maxFacetValues bounds a facet list; the rest is behind "show all".
const maxFacetValues = 12

// Event handlers below pass the values their closures capture as go-app's
// scope: go-app compares handlers by code pointer, so without a scope a
// re-rendered checkbox would keep the closure of the value it first showed.
//
// Each facet group and the year range are components: go-app compares
// their exported fields and leaves a group alone when its counts did not
// change, so a keystroke re-renders only the groups whose counts it
// changed. Their handlers are unexported fields, set when the component is
// first mounted: go-app does not compare them (a func never equals
// another), and the explorer's methods they are stay the same.

// facetPanel renders the filters: one group of checkboxes per facet with
// live counts, and the year range. toggle and years apply a change at
// once in the app; without it they are fields of the explorer's GET form,
// applied by its button.
func (loc *Locale) facetPanel(r *query.Result, list view.List, toggle func(app.Context, query.Facet, string), showAll func(app.Context, query.Facet), years func(ctx app.Context, from, to string), s query.State) app.UI {
	return app.Aside().ID("filters").Class("facets").Aria("label", loc.T("filters.title")).Body(
		app.H2().Class("visually-hidden").Text(loc.T("filters.title")),
		app.Range(view.FacetGroups).Slice(func(i int) app.UI {
			g := view.FacetGroups[i]
			return &facetBox{Locale: loc, Facet: g.Facet, Legend: g.Legend, Open: g.Open, Counts: r.Facets.Get(g.Facet), All: list.All[g.Facet], toggle: toggle, showAll: showAll}
		}),
		&yearRange{Locale: loc, From: s.From, To: s.To, apply: years},
		app.Button().Type("submit").Attr("form", formID).Class("apply no-app").Text(loc.T("filters.apply")),
	)
}

// facetBox is one facet's group of checkboxes.
type facetBox struct {
	app.Compo
	*Locale
	Facet   query.Facet
	Legend  string // its message key
	Open    bool   // expanded at first
	Counts  []query.Count
	All     bool // every value is listed, not only the first maxFacetValues
	toggle  func(app.Context, query.Facet, string)
	showAll func(app.Context, query.Facet)
	pre     prerendered
}

func (b *facetBox) Render() app.UI {
	counts, toggle, showAll, facet := b.Counts, b.toggle, b.showAll, b.Facet
	shown := counts
	if !b.All && len(shown) > maxFacetValues {
		shown = shown[:maxFacetValues]
	}
	// One change handler for the box's checkboxes, not one each: values
	// move between places as counts change, and a handler per place
	// would be unbound and bound again on every keystroke.
	onChange := func(ctx app.Context, e app.Event) {
		if box := e.Get("target"); box.Get("name").String() == string(facet) {
			toggle(ctx, facet, box.Get("value").String())
		}
	}
	onShowAll := func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		showAll(ctx, facet)
	}
	id := "facet-" + string(facet)
	root := boolAttr(app.Details(), app.HTMLDetails.Open, b.Open || view.AnySelected(counts)).ID(id)
	if b.pre.adopt(b, id) {
		// Its children are the prerender's until its turn: their ticks and
		// clicks reach the app through the root.
		return root.OnChange(onChange, app.EventScope(facet)).OnClick(func(ctx app.Context, e app.Event) {
			if e.Get("target").Call("closest", "button.show-all").Truthy() {
				onShowAll(ctx, e)
			}
		}, app.EventScope(facet))
	}
	return root.Body(
		app.Summary().Text(b.T(b.Legend)),
		app.FieldSet().OnChange(onChange, app.EventScope(facet)).Body(
			app.Legend().Class("visually-hidden").Text(b.T(b.Legend)),
			app.If(len(counts) == 0, func() app.UI { return app.P().Class("muted").Text(b.T("filters.none")) }),
			app.Ul().Body(app.Range(shown).Slice(func(j int) app.UI {
				return &facetValue{Locale: b.Locale, Facet: facet, Count: shown[j]}
			})),
			// A submit button of the explorer's form, not a link: its markup
			// does not hold the query, so a keystroke leaves a box whose
			// counts did not change alone. Without scripts it submits the
			// form with all=FACET; in the app it navigates to the same state.
			app.If(len(shown) < len(counts), func() app.UI {
				return app.Button().Type("submit").Attr("form", formID).Name("all").Value(string(facet)).Class("link-button show-all").
					OnClick(onShowAll, app.EventScope(facet)).
					Text(b.T("filters.show-all", "n", b.pr().Number(len(counts))))
			}),
		),
	)
}

func (b *facetBox) OnMount(ctx app.Context) { b.pre.adopted(ctx, b) }
func (b *facetBox) OnUpdate(app.Context)    { b.pre.changed() }

// facetValue is one value's checkbox in a facet's group, with its count. It
// is a keyed component (Key): in the browser build, go-app's update matches
// a group's values by value (wasm/_modules/go-app, keyed.go), so a value
// that stays in the list keeps its DOM node when values before it leave or
// come back, and a keystroke that changes only its count rewrites only the
// count, where by position the values after it had their checkboxes'
// id, name and value rewritten.
type facetValue struct {
	app.Compo
	*Locale
	Facet query.Facet
	Count query.Count
}

func (v *facetValue) Render() app.UI {
	c := v.Count
	id := attr("f-" + string(v.Facet) + "-" + c.Value)
	return app.Li().Body(
		boolAttr(app.Input().Type("checkbox").ID(id).Name(string(v.Facet)).Value(attr(c.Value)).Attr("form", formID), app.HTMLInput.Checked, c.Selected),
		app.Label().For(id).Body(
			app.Text(v.facetLabel(v.Facet, c)+" "),
			app.Span().Class("count").Text("("+v.pr().Number(c.N)+")"),
		),
	)
}

// Key names the value among its facet's values.
func (v *facetValue) Key() string { return v.Count.Value }

// yearRange is the from/to year selects over every year of the data.
type yearRange struct {
	app.Compo
	*Locale
	From, To int
	apply    func(ctx app.Context, from, to string)
	pre      prerendered
}

func (y *yearRange) Render() app.UI {
	first, last := datasetYears()
	options := func(selected int, anyLabel string) []app.UI {
		opts := []app.UI{boolAttr(app.Option().Value(""), app.HTMLOption.Selected, selected == 0).Text(anyLabel)}
		for v := first; v <= last; v++ {
			opts = append(opts, boolAttr(app.Option().Value(strconv.Itoa(v)), app.HTMLOption.Selected, selected == v).Text(strconv.Itoa(v)))
		}
		return opts
	}
	from, to := strconv.Itoa(y.From), strconv.Itoa(y.To)
	root := app.FieldSet().Class("years").ID("years")
	if y.pre.adopt(y, "years") {
		// The prerendered selects' changes reach the app through the root
		// until its turn.
		return root.OnChange(func(ctx app.Context, e app.Event) {
			switch sel := e.Get("target"); sel.Get("id").String() {
			case "year-from":
				y.apply(ctx, sel.Get("value").String(), to)
			case "year-to":
				y.apply(ctx, from, sel.Get("value").String())
			}
		}, app.EventScope(from+"-"+to))
	}
	return root.Body(
		app.Legend().Text(y.T("filters.years")),
		app.Label().For("year-from").Text(y.T("filters.from")),
		app.Select().ID("year-from").Name("from").Attr("form", formID).Body(options(y.From, y.T("filters.any"))...).OnChange(func(ctx app.Context, e app.Event) {
			y.apply(ctx, ctx.JSSrc().Get("value").String(), to)
		}, app.EventScope(to)),
		app.Label().For("year-to").Text(y.T("filters.to")),
		app.Select().ID("year-to").Name("to").Attr("form", formID).Body(options(y.To, y.T("filters.any"))...).OnChange(func(ctx app.Context, e app.Event) {
			y.apply(ctx, from, ctx.JSSrc().Get("value").String())
		}, app.EventScope(from)),
	)
}

func (y *yearRange) OnMount(ctx app.Context) { y.pre.adopted(ctx, y) }
func (y *yearRange) OnUpdate(app.Context)    { y.pre.changed() }

// datasetYears is the first and last year of the dataset (its events are
// sorted newest first).
func datasetYears() (first, last int) {
	if len(data.Events) == 0 {
		return 0, -1
	}
	return data.Events[len(data.Events)-1].Date.Year, data.Events[0].Date.Year
}

// words are the chips' words in the page's language.
func (loc *Locale) words() view.Words { return view.Words{Printer: loc.pr(), Value: loc.facetLabel} }

// activeFilters lists the active filters as removable chips, with "clear
// all". They are links to href of the state without them: the app follows
// them without a reload, and they work without it. With none, the bar is
// an empty hidden element rather than nothing: the elements after it keep
// their place, so the first letter typed does not make go-app mount the
// results list anew (it compares children by position).
func (loc *Locale) activeFilters(r *query.Result, s query.State, href func(query.State) string) app.UI {
	chips := view.Chips(r, s, loc.words())
	if len(chips) == 0 && s.Q == "" {
		return app.Div().Class("active-filters").Hidden(true)
	}
	return app.Div().Class("active-filters").Body(
		app.Range(chips).Slice(func(i int) app.UI {
			c := chips[i]
			return app.A().Class("chip").Href(attr(loc.link(href(c.Without)))).
				Aria("label", attr(loc.T("filters.remove", "filter", c.Label))).
				Body(app.Text(c.Label+" "), app.Span().Aria("hidden", "true").Text("×"))
		}),
		app.A().Class("link-button").Href(attr(loc.link(href(s.Clear())))).Text(loc.T("filters.clear")),
		loc.followLink(s),
	)
}
