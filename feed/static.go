package feed

import (
	"net/url"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// Static lists the feeds a static site carries: the whole dataset, and one
// per kind, country, organization and facility that has events. Each
// State's FeedPath is the file it is written to.
func Static(ix *query.Index) []query.State {
	ds := ix.Dataset()
	states := []query.State{{}}
	seen := map[string]bool{}
	add := func(key, value string) {
		if value == "" || seen[key+"="+value] {
			return
		}
		seen[key+"="+value] = true
		s := ix.Parse(url.Values{key: {value}})
		if !s.IsZero() {
			states = append(states, s)
		}
	}
	for _, k := range dataset.Kinds() {
		add(string(query.FacetKind), string(k.Kind))
	}
	for i := range ds.Events {
		for _, c := range ds.Events[i].Countries {
			add(string(query.FacetCountry), c)
		}
	}
	for _, o := range ds.Organizations {
		add(string(query.FacetOrg), o.ID)
	}
	for _, f := range ds.Facilities {
		add(string(query.FacetFacility), f.Code)
	}
	return states
}
