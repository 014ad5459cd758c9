package charts

import (
	"strconv"

	"github.com/laborlens/laborlens/rx"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
	"github.com/laborlens/laborlens/query"
)

// Chart describes one chart of the charts page.
type Chart struct {
	ID          string // stable, URL-safe: "per-year"
	Title       string // says what the chart shows
	Description string // one or two sentences: how it counts, what it leaves out
}

// The chart ids.
const (
	PerYear   = "per-year"
	ByCountry = "by-country"
	TopOrgs   = "top-orgs"
	Largest   = "largest"
	Calendar  = "calendar"
	Outcomes  = "outcomes"
	Elections = "elections"
)

// TopN is how many organizations and actions the top-orgs and largest
// charts show.
const TopN = 15

var registry = []Chart{
	{PerYear, "Events per year, by kind",
		"Each bar is a year; its segments are the kinds of event. Every event counts once, in the year it began."},
	{ByCountry, "Events by country",
		"Each bar counts the events that name the country; an event in several countries counts once in each. “International” counts the events coordinated across countries."},
	{TopOrgs, "The 15 most active organizations",
		"The organizations named in the most events. An event with several organizations counts once for each of them."},
	{Largest, "The 15 largest actions, by participants",
		"The events with the highest headline participant figure: the first figure of each event. Figures count different things (workers on strike, signatures, votes) and most come from the organizers."},
	{Calendar, "Events per month, year by year",
		"Each cell counts the events that began in that month. Look for clusters around Prime Day (usually July) and Black Friday (November). Events known only to the year are left out."},
	{Outcomes, "Outcomes by kind of event",
		"For each kind of event, how many events ended with each outcome."},
	{Elections, "Every Amazon union vote",
		"Each row is a union election whose tally the sources give: the ballots for and against the union and those challenged, beside the number of eligible voters. A figure no source gives is left out, not drawn as zero; click a row to open the election."},
}

// builders build each chart of the registry, by id: a function of the
// events, the theme and the Config that returns the go-echarts chart, its
// subtitle and its table.
var builders = map[string]func([]*dataset.Event, *theme, Config) built{
	PerYear:   perYear,
	ByCountry: byCountry,
	TopOrgs:   topOrgs,
	Largest:   largest,
	Calendar:  calendar,
	Outcomes:  outcomes,
	Elections: elections,
}

// All lists the charts in the order the charts page shows them.
func All() []Chart { return append([]Chart(nil), registry...) }

// Lookup returns the chart with the given id.
func Lookup(id string) (Chart, bool) {
	for _, c := range registry {
		if c.ID == id {
			return c, true
		}
	}
	return Chart{}, false
}

// The query parameters a click on a chart sets, as the event list reads
// them (the query package's State): from and to are years, inclusive;
// month is a calendar month in every year between them.
const (
	ParamFrom          = query.ParamFrom            // a year: "2021"
	ParamTo            = query.ParamTo              // a year: "2021"
	ParamMonth         = string(query.FacetMonth)   // a calendar month, "1"–"12": "7" is July
	ParamKind          = string(query.FacetKind)    // a dataset.Kind: "strike"
	ParamCountry       = string(query.FacetCountry) // an ISO 3166-1 alpha-2 code: "DE"
	ParamInternational = query.ParamInternational   // "1": events coordinated across countries
	ParamOrg           = string(query.FacetOrg)     // an organization id
	ParamOutcome       = string(query.FacetOutcome) // an outcome category, as the outcome function names it
)

// InternationalName is the item name of the "International" bar of the
// by-country chart.
const InternationalName = "international"

var (
	yearRe  = rx.MustCompile(`^[0-9]{4}$`)
	monthRe = rx.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])$`)
	codeRe  = rx.MustCompile(`^[A-Z]{2}$`)
)

// drill maps a click on a chart to the query parameters of the event list
// that shows the events behind the clicked element. chartID is the
// chart's id, seriesName and name are ECharts' params.seriesName and
// params.name of the click event. It returns nil when the element
// stands for no filter: the largest chart (its bars are single events:
// open /events/{params.data.id}), the timeline (the same) and unknown
// charts or names.
//
// Every clickable data item carries its parameters as an object in its
// "filter" field, which the app's bridge reads off params.data.
//
//	per-year    series "Strike", name "2021"     → from=2021&to=2021&kind=strike
//	by-country  name "DE"                        → country=DE
//	            name "international"             → international=1
//	top-orgs    name "amazon-labor-union"        → org=amazon-labor-union
//	calendar    name "2021-07"                   → from=2021&to=2021&month=7
//	outcomes    series "Won", name "strike"      → kind=strike&outcome=won
//
// The elections chart is like the largest one: each row is one election.
func drill(chartID, seriesName, name string) map[string]string {
	switch chartID {
	case PerYear:
		if !yearRe.MatchString(name) {
			return nil
		}
		f := map[string]string{ParamFrom: name, ParamTo: name}
		if k, ok := kindOf(seriesName); ok {
			f[ParamKind] = string(k)
		}
		return f
	case ByCountry:
		if name == InternationalName {
			return map[string]string{ParamInternational: "1"}
		}
		if codeRe.MatchString(name) {
			return map[string]string{ParamCountry: name}
		}
	case TopOrgs:
		if dataset.IsSlug(name) {
			return map[string]string{ParamOrg: name}
		}
	case Calendar:
		if monthRe.MatchString(name) {
			m, _ := strconv.Atoi(name[5:])
			return map[string]string{ParamFrom: name[:4], ParamTo: name[:4], ParamMonth: strconv.Itoa(m)}
		}
	case Outcomes:
		k, ok := kindOf(name)
		o, known := outcome.Parse(seriesName)
		if !ok || !known {
			return nil
		}
		return map[string]string{ParamKind: string(k), ParamOutcome: string(o)}
	}
	return nil
}

// kindOf reads a kind from its id ("union-election") or its label
// ("Union election").
func kindOf(s string) (dataset.Kind, bool) {
	if s == "" {
		return "", false
	}
	for _, k := range dataset.Kinds() {
		if string(k.Kind) == s || k.Label == s {
			return k.Kind, true
		}
	}
	if dataset.IsSlug(s) { // a kind the table does not know yet
		return dataset.Kind(s), true
	}
	return "", false
}

// yearName is a year as an item name: "2021".
func yearName(y int) string { return strconv.Itoa(y) }

// titleOf is the title of chart id.
func titleOf(id string) string {
	c, _ := Lookup(id)
	return c.Title
}
