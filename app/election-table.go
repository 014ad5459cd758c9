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
func electionTable(e *dataset.Event) app.UI {
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
			text = T(key)
		}
		row(T("chart.result"), app.Text(text))
	}
	for _, n := range []struct {
		label string
		n     *int
	}{
		{T("election.for"), el.VotesFor}, {T("chart.votes-against"), el.VotesAgainst},
		{T("election.challenged"), el.Challenged}, {T("election.void"), el.Void}, {T("chart.eligible"), el.Eligible},
	} {
		if n.n != nil {
			row(n.label, app.Text(pr().Number(*n.n)))
		}
	}
	if el.Body != "" {
		row(T("election.body"), app.Span().Body(orgLinks([]string{el.Body})...))
	}
	if len(rows) == 0 {
		return nil
	}
	return app.Section().Class("election").Aria("labelledby", "election-h").Body(
		app.H2().ID("election-h").Text(T("election.title")),
		app.Table().Class("election-table").Body(app.TBody().Body(rows...)),
		app.P().Class("note").Body(
			app.Text(T("election.note")+" "),
			app.A().Href(link("/charts#figure-"+charts.Elections)).Text(charts.Title(charts.Elections, pr())),
			app.Text(" "+T("election.charted")),
		),
	)
}
