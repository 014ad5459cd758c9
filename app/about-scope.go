package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// scopeSection is the /about statement of what the dataset covers: the
// span, who and what is in scope, and the rules for the borderline cases.
// docs/dataset.md says the same for contributors.
func (loc *Locale) scopeSection() app.UI {
	items := []string{
		"The span starts in 2000, with Amazon's first organizing drives: WashTech, an affiliate of the Communications Workers of America, among customer-service workers in Seattle, and the United Food and Commercial Workers at the distribution centers.",
		"In scope are the workers of Amazon, of its subsidiaries (such as Whole Foods Market, Amazon Web Services and Twitch) and of its contractors (delivery drivers employed by delivery service partners, Flex drivers, agency staff at Amazon sites), and their allies (unions, community groups, students, shareholders), acting toward Amazon; and the courts, regulators and legislatures that decide on their organizing and their working conditions.",
		"Building-trades protests at Amazon construction sites are in scope when they are aimed at Amazon, for example at its choice of contractors; not when they are aimed only at a contractor and Amazon is merely the site.",
		"Rallies of several employers' workers are in scope only when Amazon workers or Amazon are a named focus: Amazon workers organize or speak at it, or Amazon is among its named targets. A rally that mentions Amazon in passing is not.",
		"Every event cites at least one source, and events with 1,000 or more participants, union elections, rulings, settlements and laws should cite two independent ones (make data-report counts those that do not yet). A source's title and publisher are the linked page's own; a fact taken from a peer dataset's record (Collective Action in Tech, the Labor Action Tracker) cites that record. Who counted a figure is given where the source says.",
		"Places say how exact they are (a named Amazon site, a city, a region, a country, online, or several places), and union elections give their tally as far as the sources do.",
	}
	return app.Section().Class("scope").Aria("labelledby", "scope-h").Body(
		app.H2().ID("scope-h").Text(loc.T("about.scope")),
		english(loc, app.Ul()).Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(items[i]) })),
	)
}
