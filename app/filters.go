package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
)

// facetGroup describes one facet of the filter panel.
type facetGroup struct {
	Facet  query.Facet
	Legend string // its catalogue key
	Open   bool   // expanded at first
}

var facetGroups = []facetGroup{
	{query.FacetKind, "facet.kind", true},
	{query.FacetCountry, "facet.country", true},
	{query.FacetOrg, "facet.org", false},
	{query.FacetFacility, "facet.facility", false},
	{query.FacetOutcome, "facet.outcome", false},
}

// maxFacetValues bounds a facet list; the rest is behind "show all".
const maxFacetValues = 12

// Event handlers below pass the values their closures capture as go-app's
// scope: go-app compares handlers by code pointer, so without a scope a
// re-rendered checkbox would keep the closure of the value it first showed.

// facetPanel renders the filters: one group of checkboxes per facet with
// live counts, and the year range. toggle and years apply a change at
// once in the app; without it they are fields of the explorer's GET form,
// applied by its button.
func facetPanel(r *query.Result, view listView, toggle func(app.Context, query.Facet, string), years func(ctx app.Context, from, to string), s query.State) app.UI {
	return app.Aside().ID("filters").Class("facets").Aria("label", T("filters.title")).Body(
		app.H2().Class("visually-hidden").Text(T("filters.title")),
		app.Range(facetGroups).Slice(func(i int) app.UI {
			g := facetGroups[i]
			counts := r.Facets.Get(g.Facet)
			shown := counts
			if !view.All[g.Facet] && len(shown) > maxFacetValues {
				shown = shown[:maxFacetValues]
			}
			return boolAttr(app.Details(), app.HTMLDetails.Open, g.Open || anySelected(counts)).Body(
				app.Summary().Text(T(g.Legend)),
				app.FieldSet().Body(
					app.Legend().Class("visually-hidden").Text(T(g.Legend)),
					app.If(len(counts) == 0, func() app.UI { return app.P().Class("muted").Text(T("filters.none")) }),
					app.Ul().Body(app.Range(shown).Slice(func(j int) app.UI {
						c := shown[j]
						id := attr("f-" + string(g.Facet) + "-" + c.Value)
						return app.Li().Body(
							boolAttr(app.Input().Type("checkbox").ID(id).Name(string(g.Facet)).Value(attr(c.Value)).Attr("form", formID), app.HTMLInput.Checked, c.Selected).
								OnChange(func(ctx app.Context, e app.Event) { toggle(ctx, g.Facet, c.Value) }, app.EventScope(g.Facet, c.Value)),
							app.Label().For(id).Body(
								app.Text(facetLabel(g.Facet, c)+" "),
								app.Span().Class("count").Text("("+pr().Number(c.N)+")"),
							),
						)
					})),
					app.If(len(shown) < len(counts), func() app.UI {
						return app.A().Class("link-button").Href(attr(link(view.showingAll(g.Facet).href(s)))).
							Text(T("filters.show-all", "n", pr().Number(len(counts))))
					}),
				),
			)
		}),
		yearRange(r.Facets.Year, s, years),
		app.Button().Type("submit").Attr("form", formID).Class("apply no-app").Text(T("filters.apply")),
	)
}

func anySelected(counts []query.Count) bool {
	for _, c := range counts {
		if c.Selected {
			return true
		}
	}
	return false
}

// yearRange renders the from/to year selects over every year of the data.
func yearRange(counts []query.Count, s query.State, apply func(ctx app.Context, from, to string)) app.UI {
	first, last := datasetYears()
	options := func(selected int, anyLabel string) []app.UI {
		opts := []app.UI{boolAttr(app.Option().Value(""), app.HTMLOption.Selected, selected == 0).Text(anyLabel)}
		for y := first; y <= last; y++ {
			opts = append(opts, boolAttr(app.Option().Value(strconv.Itoa(y)), app.HTMLOption.Selected, selected == y).Text(strconv.Itoa(y)))
		}
		return opts
	}
	from, to := strconv.Itoa(s.From), strconv.Itoa(s.To)
	return app.FieldSet().Class("years").Body(
		app.Legend().Text(T("filters.years")),
		app.Label().For("year-from").Text(T("filters.from")),
		app.Select().ID("year-from").Name("from").Attr("form", formID).Body(options(s.From, T("filters.any"))...).OnChange(func(ctx app.Context, e app.Event) {
			apply(ctx, ctx.JSSrc().Get("value").String(), to)
		}, app.EventScope(to)),
		app.Label().For("year-to").Text(T("filters.to")),
		app.Select().ID("year-to").Name("to").Attr("form", formID).Body(options(s.To, T("filters.any"))...).OnChange(func(ctx app.Context, e app.Event) {
			apply(ctx, from, ctx.JSSrc().Get("value").String())
		}, app.EventScope(from)),
	)
}

// datasetYears is the first and last year of the dataset (its events are
// sorted newest first).
func datasetYears() (first, last int) {
	if len(data.Events) == 0 {
		return 0, -1
	}
	return data.Events[len(data.Events)-1].Date.Year, data.Events[0].Date.Year
}

// chip is one active filter: what it filters and how it reads.
type chip struct {
	Facet        query.Facet
	Value, Label string
}

// chipsOf lists the active filters of s, with the labels of r's facets.
func chipsOf(r *query.Result, s query.State) []chip {
	var chips []chip
	for _, g := range facetGroups {
		for _, c := range r.Facets.Get(g.Facet) {
			if c.Selected {
				chips = append(chips, chip{g.Facet, c.Value, T(g.Legend) + ": " + facetLabel(g.Facet, c)})
			}
		}
	}
	if s.From != 0 || s.To != 0 {
		label := T("filters.years") + ": " + yearLabel(s.From, "…") + "–" + yearLabel(s.To, "…")
		chips = append(chips, chip{query.FacetYear, "", label})
	}
	if s.Month != 0 {
		chips = append(chips, chip{query.FacetMonth, strconv.Itoa(s.Month), T("filters.month") + ": " + pr().Month(s.Month)})
	}
	if s.International {
		chips = append(chips, chip{facetInternational, "1", T("filters.international")})
	}
	if s.Region != "" {
		chips = append(chips, chip{facetRegion, s.Region, T("filters.region") + ": " + s.Region})
	}
	return chips
}

// describeFilters says in a line what s selects, for titles and
// descriptions: “besemer” · Kind: Strike · Years: 2018–2022.
func describeFilters(r *query.Result, s query.State) string {
	var parts []string
	if s.Q != "" {
		parts = append(parts, "“"+s.Q+"”")
	}
	for _, c := range chipsOf(r, s) {
		parts = append(parts, c.Label)
	}
	return strings.Join(parts, " · ")
}

// activeFilters lists the active filters as removable chips, with "clear
// all". They are links to href of the state without them: the app follows
// them without a reload, and they work without it.
func activeFilters(r *query.Result, s query.State, href func(query.State) string) app.UI {
	chips := chipsOf(r, s)
	if len(chips) == 0 && s.Q == "" {
		return nil
	}
	return app.Div().Class("active-filters").Body(
		app.Range(chips).Slice(func(i int) app.UI {
			c := chips[i]
			return app.A().Class("chip").Href(attr(link(href(withoutChip(s, c.Facet, c.Value))))).
				Aria("label", attr(T("filters.remove", "filter", c.Label))).
				Body(app.Text(c.Label+" "), app.Span().Aria("hidden", "true").Text("×"))
		}),
		app.A().Class("link-button").Href(attr(link(href(s.Clear())))).Text(T("filters.clear")),
		followLink(s),
	)
}

// facetInternational and facetRegion stand for the international=1 and
// region filters in chips.
const (
	facetInternational query.Facet = "international"
	facetRegion        query.Facet = "region"
)

// withoutChip removes the filter a chip stands for.
func withoutChip(s query.State, f query.Facet, v string) query.State {
	switch f {
	case query.FacetYear:
		return s.WithYears(0, 0)
	case query.FacetMonth:
		return s.WithMonth(0)
	case facetInternational:
		return s.WithInternational(false)
	case facetRegion:
		return s.WithRegion("")
	}
	return s.Without(f, v)
}

func yearLabel(y int, open string) string {
	if y == 0 {
		return open
	}
	return strconv.Itoa(y)
}
