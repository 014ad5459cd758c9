package query

import (
	"net/url"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/geo"
)

// slowParse is the reference Index.Parse checks against: it reads a State
// from a URL query exactly as Index.Parse does, checking values against ds
// by scanning it (with a nil ds, values are only checked for form).
func slowParse(v url.Values, ds *dataset.Dataset) State {
	var in func(facet int, value string) bool
	if ds != nil {
		var countries map[string]bool
		var regions map[string]bool
		in = func(facet int, value string) bool {
			switch facet {
			case facetRegion:
				if regions == nil {
					regions = map[string]bool{}
					for i := range ds.Events {
						for _, r := range geo.EventRegions(&ds.Events[i], ds.Facility) {
							regions[r] = true
						}
					}
				}
				return regions[value]
			case facetCountry:
				if countries == nil {
					countries = map[string]bool{}
					for i := range ds.Events {
						for _, c := range ds.Events[i].Countries {
							countries[c] = true
						}
					}
				}
				return countries[value]
			case facetOrg:
				_, ok := ds.Org(value)
				return ok
			case facetFacility:
				_, ok := ds.Facility(value)
				return ok
			}
			return true
		}
	}
	return parse(v, in)
}
