package query

// The keys of a State's URL query. A facet's key is its Facet (kind,
// country, org, facility, outcome, month); these are the others. Packages
// that link to filtered views (charts' drill-downs, the feeds, the
// embeds) name parameters with these, so that a renamed one cannot drift.
const (
	ParamQuery         = "q"
	ParamFrom          = "from"          // a year, inclusive: "2021"
	ParamTo            = "to"            // a year, inclusive
	ParamInternational = "international" // "1": events coordinated across countries
	ParamNew           = "new"           // "1": events new since the last visit
	ParamSort          = "sort"
	ParamLane          = "lane"
	ParamRegion        = "region" // a first-level region by name: "New York"
)
