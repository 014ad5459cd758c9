package app

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/query"
)

// listView is the explorer's view state beyond the filters. It lives in
// the URL like them, so that "show more" and "show all" are plain links
// that work before the wasm runs and without scripts: page=N shows the
// first N×pageSize results, all=org,facility the facets listing every value.
type listView struct {
	Page int
	All  map[query.Facet]bool
}

// maxPage bounds page, so a URL cannot ask for an absurd render.
const maxPage = 1000

func parseListView(q url.Values) listView {
	v := listView{Page: 1}
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 {
		v.Page = min(n, maxPage)
	}
	for _, raw := range q["all"] {
		for _, f := range strings.Split(raw, ",") {
			for _, g := range facetGroups {
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

// shown is how many results the view renders.
func (v listView) shown() int { return max(v.Page, 1) * pageSize }

// values is the URL query of s seen through v, in canonical order.
func (v listView) values(s query.State) url.Values {
	q := s.Values()
	if v.Page > 1 {
		q.Set("page", strconv.Itoa(v.Page))
	}
	var all []string
	for _, g := range facetGroups {
		if v.All[g.Facet] {
			all = append(all, string(g.Facet))
		}
	}
	if len(all) > 0 {
		q.Set("all", strings.Join(all, ","))
	}
	return q
}

// href is the explorer's address for s seen through v.
func (v listView) href(s query.State) string { return canonical("/", v.values(s).Encode()) }

// morePage is v with one more page of results.
func (v listView) morePage() listView { return listView{Page: v.Page + 1, All: v.All} }

// firstPage is v back at the first page, as a new search or filter starts.
func (v listView) firstPage() listView { return listView{Page: 1, All: v.All} }

// showingAll is v with every value of facet f listed.
func (v listView) showingAll(f query.Facet) listView {
	all := map[query.Facet]bool{f: true}
	for k := range v.All {
		all[k] = true
	}
	return listView{Page: v.Page, All: all}
}
