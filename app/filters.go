package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/query"
)

// stateOf reads the filters of the page the visitor is on: the URL is the
// single source of truth.
func stateOf(ctx app.Context) query.State {
	return searchIndex().Parse(ctx.Page().URL().Query())
}

// withState returns the current URL with s as its query.
func withState(ctx app.Context, s query.State) *url.URL {
	u := *ctx.Page().URL()
	u.RawQuery = s.Encode()
	return &u
}

// facetGroup describes one facet of the filter panel.
type facetGroup struct {
	Facet  query.Facet
	Legend string
	Open   bool // expanded at first
}

var facetGroups = []facetGroup{
	{query.FacetKind, "Kind", true},
	{query.FacetCountry, "Country", true},
	{query.FacetOrg, "Organization", false},
	{query.FacetFacility, "Facility", false},
	{query.FacetOutcome, "Outcome", false},
}

// maxFacetValues bounds a facet list; the rest is behind "show all".
const maxFacetValues = 12

// Event handlers below pass the values their closures capture as go-app's
// scope: go-app compares handlers by code pointer, so without a scope a
// re-rendered checkbox would keep the closure of the value it first showed.

// facetPanel renders the filters: one group of checkboxes per facet with
// live counts, and the year range. toggle and years apply a change.
func facetPanel(r *query.Result, expanded map[query.Facet]bool, toggle func(app.Context, query.Facet, string), showAll func(query.Facet), years func(ctx app.Context, from, to string), s query.State) app.UI {
	return app.Aside().ID("filters").Class("facets").Aria("label", "Filters").Body(
		app.H2().Class("visually-hidden").Text("Filters"),
		app.Range(facetGroups).Slice(func(i int) app.UI {
			g := facetGroups[i]
			counts := r.Facets.Get(g.Facet)
			shown := counts
			if !expanded[g.Facet] && len(shown) > maxFacetValues {
				shown = shown[:maxFacetValues]
			}
			return app.Details().Open(g.Open || anySelected(counts)).Body(
				app.Summary().Text(g.Legend),
				app.FieldSet().Body(
					app.Legend().Class("visually-hidden").Text(g.Legend),
					app.If(len(counts) == 0, func() app.UI { return app.P().Class("muted").Text("None in this selection.") }),
					app.Ul().Body(app.Range(shown).Slice(func(j int) app.UI {
						c := shown[j]
						id := attr("f-" + string(g.Facet) + "-" + c.Value)
						return app.Li().Body(
							app.Input().Type("checkbox").ID(id).Checked(c.Selected).
								OnChange(func(ctx app.Context, e app.Event) { toggle(ctx, g.Facet, c.Value) }, app.EventScope(g.Facet, c.Value)),
							app.Label().For(id).Body(
								app.Text(c.Label+" "),
								app.Span().Class("count").Text("("+format.Thousands(c.N)+")"),
							),
						)
					})),
					app.If(len(shown) < len(counts), func() app.UI {
						return app.Button().Type("button").Class("link-button").
							Text("Show all "+strconv.Itoa(len(counts))).
							OnClick(func(ctx app.Context, e app.Event) { showAll(g.Facet) }, app.EventScope(g.Facet))
					}),
				),
			)
		}),
		yearRange(r.Facets.Year, s, years),
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
	first, last := yearSpan()
	options := func(selected int, anyLabel string) []app.UI {
		opts := []app.UI{app.Option().Value("").Selected(selected == 0).Text(anyLabel)}
		for y := first; y <= last; y++ {
			opts = append(opts, app.Option().Value(strconv.Itoa(y)).Selected(selected == y).Text(strconv.Itoa(y)))
		}
		return opts
	}
	from, to := strconv.Itoa(s.From), strconv.Itoa(s.To)
	return app.FieldSet().Class("years").Body(
		app.Legend().Text("Years"),
		app.Label().For("year-from").Text("From"),
		app.Select().ID("year-from").Body(options(s.From, "any")...).OnChange(func(ctx app.Context, e app.Event) {
			apply(ctx, ctx.JSSrc().Get("value").String(), to)
		}, app.EventScope(to)),
		app.Label().For("year-to").Text("to"),
		app.Select().ID("year-to").Body(options(s.To, "any")...).OnChange(func(ctx app.Context, e app.Event) {
			apply(ctx, from, ctx.JSSrc().Get("value").String())
		}, app.EventScope(from)),
	)
}

// yearSpan is the first and last year of the dataset.
func yearSpan() (first, last int) {
	if len(data.Events) == 0 {
		return 0, -1
	}
	return data.Events[len(data.Events)-1].Date.Year, data.Events[0].Date.Year
}

// activeFilters lists the active filters as removable chips, with "clear all".
func activeFilters(r *query.Result, s query.State, remove func(app.Context, query.Facet, string), clear func(app.Context)) app.UI {
	type chip struct {
		Facet        query.Facet
		Value, Label string
	}
	var chips []chip
	for _, g := range facetGroups {
		for _, c := range r.Facets.Get(g.Facet) {
			if c.Selected {
				chips = append(chips, chip{g.Facet, c.Value, g.Legend + ": " + c.Label})
			}
		}
	}
	if s.From != 0 || s.To != 0 {
		label := "Years: " + yearLabel(s.From, "…") + "–" + yearLabel(s.To, "…")
		chips = append(chips, chip{query.FacetYear, "", label})
	}
	if s.Month != 0 {
		chips = append(chips, chip{query.FacetMonth, strconv.Itoa(s.Month), "Month: " + format.Month(s.Month)})
	}
	if s.International {
		chips = append(chips, chip{facetInternational, "1", "International actions only"})
	}
	if s.Region != "" {
		chips = append(chips, chip{facetRegion, s.Region, "Region: " + s.Region})
	}
	if len(chips) == 0 && s.Q == "" {
		return nil
	}
	return app.Div().Class("active-filters").Body(
		app.Range(chips).Slice(func(i int) app.UI {
			c := chips[i]
			return app.Button().Type("button").Class("chip").
				Aria("label", attr("Remove filter "+c.Label)).
				OnClick(func(ctx app.Context, e app.Event) { remove(ctx, c.Facet, c.Value) }, app.EventScope(c.Facet, c.Value)).
				Body(app.Text(c.Label+" "), app.Span().Aria("hidden", "true").Text("×"))
		}),
		app.Button().Type("button").Class("link-button").Text("Clear all").
			OnClick(func(ctx app.Context, e app.Event) { clear(ctx) }),
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
