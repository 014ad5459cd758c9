package charts

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
)

// hasTally reports whether an event gives an election's numbers.
func hasTally(e *dataset.Event) bool {
	el := e.Election
	return el != nil && (el.VotesFor != nil || el.VotesAgainst != nil || el.Eligible != nil)
}

// electionLabel names an election on the axis: its date and its facility,
// else its place.
func electionLabel(e *dataset.Event, th *theme) string {
	where := strings.Join(e.Facilities, ", ")
	if where == "" {
		where = truncate(th.place(e), labelLen)
	}
	return th.p.ShortDate(e.Date) + " · " + where
}

// elections: one row per union election with a tally, oldest first: a
// bar of the ballots (for, against and challenged, stacked) beside a bar
// of the eligible voters. A number the sources do not give is left out,
// not drawn as zero.
func elections(events []*dataset.Event, th *theme, c Config) built {
	var votes []*dataset.Event
	for _, e := range events {
		if hasTally(e) {
			votes = append(votes, e)
		}
	}
	slices.SortFunc(votes, func(a, b *dataset.Event) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID)) })
	series := []struct {
		name, stack string
		color       string
		n           func(*dataset.Election) *int
	}{
		{th.t("chart.votes-for"), "ballots", th.palette[0], func(el *dataset.Election) *int { return el.VotesFor }},
		{th.t("chart.votes-against"), "ballots", th.palette[1], func(el *dataset.Election) *int { return el.VotesAgainst }},
		{th.t("chart.challenged"), "ballots", th.palette[3], func(el *dataset.Election) *int { return el.Challenged }},
		{th.t("chart.eligible"), "eligible", th.palette[9], func(el *dataset.Election) *int { return el.Eligible }},
	}
	labels := make([]string, len(votes))
	table := Table{Columns: []string{th.t("chart.election"), th.t("chart.date"), th.t("chart.result"), th.t("chart.votes-for"), th.t("chart.votes-against"), th.t("chart.challenged"), th.t("chart.eligible"), th.t("chart.certified-by")}, English: []int{0}}
	for i, e := range votes {
		labels[i] = plain(electionLabel(e, th))
		el := e.Election
		body := ""
		if el.Body != "" {
			body = c.orgName(el.Body)
		}
		table.Rows = append(table.Rows, []string{e.Title, e.Date.String(), th.or("election."+el.Result, el.Result),
			num(el.VotesFor), num(el.VotesAgainst), num(el.Challenged), num(el.Eligible), body})
	}
	sub := th.n("chart.elections.sub", len(votes))
	bc := charts.NewBar()
	bc.SetGlobalOptions(append(common(th.title(Elections), sub, "item", true),
		grid(true, "36"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: th.t("chart.workers"), NameLocation: "middle", NameGap: 28, MinInterval: 1}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0", Width: 240, Overflow: "truncate"}}),
	)...)
	bc.SetXAxis(labels).XYReversal()
	for _, s := range series {
		data := make([]any, len(votes))
		for i, e := range votes {
			p := s.n(e.Election)
			if p == nil {
				data[i] = "-" // ECharts' empty value: nothing drawn, nothing claimed
				continue
			}
			html := "<b>" + th.en(e.Title) + "</b><br>" + esc(th.p.ShortDate(e.Date))
			if r := e.Election.Result; r != "" {
				html += " · " + esc(th.or("election."+r, r))
			}
			data[i] = item{Name: e.ID, ID: e.ID, Value: *p, Tooltip: tip(html + "<br>" + esc(s.name) + ": " + th.p.Number(*p))}
		}
		bc.AddSeries(plain(s.name), nil, withData(data),
			charts.WithBarChartOpts(opts.BarChart{Stack: s.stack}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: s.color}),
			charts.WithSeriesOpts(func(ss *charts.SingleSeries) { ss.BarMaxWidth = "18" }))
	}
	return built{chart: bc, subtitle: sub, table: table}
}

// num writes a count the sources may not give: "" when they do not.
func num(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
