package app

import (
	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultText says what an election's result means for the union.
var resultText = map[string]string{
	"won":        "election.won",
	"lost":       "election.lost",
	"pending":    "election.pending",
	"overturned": "election.overturned",
	"withdrawn":  "election.withdrawn",
}

// electionTable shows a union election's result, each figure the sources
// give and none they do not.
func (loc *Locale) electionTable(e *dataset.Event) app.UI {
	el := e.Election
	if el == nil {
		return nil
	}
	var rows []app.UI
	row := func(label string, cell app.UI) {
		rows = append(rows, app.Tr().Body(app.Th().Scope("row").Text(label), app.Td().Body(cell)))
	}
	if el.Result != "" {
		text := el.Result
		if key, ok := resultText[el.Result]; ok {
			text = loc.T(key)
		}
		row(loc.T("chart.result"), app.Text(text))
	}
	for _, n := range []struct {
		label string
		n     *int
	}{
		{loc.T("election.for"), el.VotesFor}, {loc.T("chart.votes-against"), el.VotesAgainst},
		{loc.T("election.challenged"), el.Challenged}, {loc.T("election.void"), el.Void}, {loc.T("chart.eligible"), el.Eligible},
	} {
		if n.n != nil {
			row(n.label, app.Text(loc.pr().Number(*n.n)))
		}
	}
	if el.Body != "" {
		row(loc.T("election.body"), app.Span().Body(loc.orgLinks([]string{el.Body})...))
	}
	if len(rows) == 0 {
		return nil
	}
	return app.Section().Class("election").Aria("labelledby", "election-h").Body(
		app.H2().ID("election-h").Text(loc.T("election.title")),
		app.Table().Class("election-table").Body(app.TBody().Body(rows...)),
		app.P().Class("note").Body(
			app.Text(loc.T("election.note")+" "),
			app.A().Href(loc.link("/charts#figure-"+charts.Elections)).Text(charts.Title(charts.Elections, loc.pr())),
			app.Text(" "+loc.T("election.charted")),
		),
	)
}
