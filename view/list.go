package view

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/query"
)

// List is the explorer's view state beyond the filters. It lives in the
// URL like them, so that "show more" and "show all" are plain links that
// work before the wasm runs and without scripts: page=N shows the first
// N×PageSize results, all=org,facility the facets listing every value.
type List struct {
	Page int
	All  map[query.Facet]bool
}

// PageSize is how many results each page of "show more" adds.
const PageSize = 20

// maxPage bounds page, so a URL cannot ask for an absurd render.
const maxPage = 1000

// ParseList reads the List from the explorer's URL query; what is invalid
// is dropped: a page that is not a number above 1, facets not in
// FacetGroups.
func ParseList(q url.Values) List {
	v := List{Page: 1}
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 {
		v.Page = min(n, maxPage)
	}
	for _, raw := range q["all"] {
		for _, f := range strings.Split(raw, ",") {
			for _, g := range FacetGroups {
				if string(g.Facet) == f {
					if v.All == nil {
						v.All = map[query.Facet]bool{}
					}
					v.All[g.Facet] = true
				}
			}
		}
	}
	return v
}

// Shown is how many results the view renders.
func (v List) Shown() int { return max(v.Page, 1) * PageSize }

// Values is the URL query of s seen through v, in canonical order.
func (v List) Values(s query.State) url.Values {
	q := s.Values()
	if v.Page > 1 {
		q.Set("page", strconv.Itoa(v.Page))
	}
	var all []string
	for _, g := range FacetGroups {
		if v.All[g.Facet] {
			all = append(all, string(g.Facet))
		}
	}
	if len(all) > 0 {
		q.Set("all", strings.Join(all, ","))
	}
	return q
}

// Href is the explorer's address for s seen through v.
func (v List) Href(s query.State) string {
	if q := v.Values(s).Encode(); q != "" {
		return "/?" + q
	}
	return "/"
}

// More is v with one more page of results.
func (v List) More() List { return List{Page: v.Page + 1, All: v.All} }

// FirstPage is v back at the first page, as a new search or filter starts.
func (v List) FirstPage() List { return List{Page: 1, All: v.All} }

// ShowingAll is v with every value of facet f listed.
func (v List) ShowingAll(f query.Facet) List {
	all := map[query.Facet]bool{f: true}
	for k := range v.All {
		all[k] = true
	}
	return List{Page: v.Page, All: all}
}
