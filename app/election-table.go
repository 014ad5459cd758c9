package app

import (
	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultText says what an election's result means for the union.
var resultText = map[string]string{
	"won":        "The union won",
	"lost":       "The union lost",
	"pending":    "Pending: challenged ballots or objections outstanding",
	"overturned": "Overturned: the result was set aside",
	"withdrawn":  "Withdrawn before the count",
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
		text, ok := resultText[el.Result]
		if !ok {
			text = el.Result
		}
		row("Result", app.Text(text))
	}
	for _, n := range []struct {
		label string
		n     *int
	}{
		{"Votes for the union", el.VotesFor}, {"Votes against", el.VotesAgainst},
		{"Challenged ballots", el.Challenged}, {"Void ballots", el.Void}, {"Eligible voters", el.Eligible},
	} {
		if n.n != nil {
			row(n.label, app.Text(format.Thousands(*n.n)))
		}
	}
	if el.Body != "" {
		row("Run or certified by", app.Span().Body(orgLinks([]string{el.Body})...))
	}
	if len(rows) == 0 {
		return nil
	}
	return app.Section().Class("election").Aria("labelledby", "election-h").Body(
		app.H2().ID("election-h").Text("The vote"),
		app.Table().Class("election-table").Body(app.TBody().Body(rows...)),
		app.P().Class("note").Body(
			app.Text("As the sources below give it. "),
			app.A().Href("/charts#figure-"+charts.Elections).Text("Every Amazon union vote"),
			app.Text(" is charted."),
		),
	)
}
