package query

// FeedPath is the address of the Atom feed of the events the State finds
// (its query and filters; the sort is left out, a feed is newest first):
// /feed.xml for everything; for one kind, country, organization or facility
// alone, the file the static export writes too, /feeds/kind/strike.xml;
// otherwise /feed.xml with the State's parameters, which only the server
// answers.
func (s State) FeedPath() string {
	s.Sort = SortDefault
	if s.IsZero() {
		return "/feed.xml"
	}
	for _, f := range []Facet{FacetKind, FacetCountry, FacetOrg, FacetFacility} {
		if l := s.values(f); len(l) == 1 && s.ClearFacet(f).IsZero() {
			return "/feeds/" + string(f) + "/" + l[0] + ".xml"
		}
	}
	return "/feed.xml?" + s.Encode()
}
