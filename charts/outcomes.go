package charts

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

// outcomes: a horizontal bar per kind of event, stacked by outcome
// category; categories ordered by their number of events, then in the
// order of outcome.All. Legend, tooltips and table use the categories'
// labels, as the explorer's outcome facet does; drill-down uses their ids.
func outcomes(events []*dataset.Event, th *theme, _ Config) built {
	kinds := kindsIn(events)
	ki := map[dataset.Kind]int{}
	for i, k := range kinds {
		ki[k] = i
	}
	n := map[outcome.Category][]int{} // category → count per kind index
	total := map[outcome.Category]int{}
	for _, e := range events {
		cat := outcome.Of(e)
		if n[cat] == nil {
			n[cat] = make([]int, len(kinds))
		}
		n[cat][ki[e.Kind]]++
		total[cat]++
	}
	var cats []outcome.Category
	for _, c := range outcome.All() {
		if total[c] > 0 {
			cats = append(cats, c)
		}
	}
	slices.SortStableFunc(cats, func(a, b outcome.Category) int { return cmp.Compare(total[b], total[a]) })

	labels := make([]string, len(kinds))
	for i, k := range kinds {
		labels[i] = plain(th.kind(k))
	}
	sub := th.n("chart.in-outcomes", len(cats), "events", th.nEvents(len(events)))
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(th.title(Outcomes), sub, "item", true),
		grid(true, "36"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: th.t("chart.axis.events"), NameLocation: "middle", NameGap: 28, MinInterval: 1}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
	)...)
	c.SetXAxis(labels).XYReversal()
	for _, cat := range cats {
		series := plain(th.outcome(cat))
		data := make([]any, len(kinds))
		for i, k := range kinds {
			v := n[cat][i]
			if v == 0 {
				data[i] = 0
				continue
			}
			data[i] = item{
				Name:    string(k),
				Value:   v,
				Filter:  map[string]string{ParamKind: string(k), ParamOutcome: string(cat)},
				Tooltip: tip("<b>" + esc(th.kind(k)) + "</b><br>" + esc(th.outcome(cat)) + ": " + th.nEvents(v)),
			}
		}
		c.AddSeries(series, nil, withData(data), charts.WithBarChartOpts(opts.BarChart{Stack: "outcomes"}),
			charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = "28" }))
	}

	table := Table{Columns: []string{th.t("facet.kind")}}
	for _, cat := range cats {
		table.Columns = append(table.Columns, th.outcome(cat))
	}
	table.Columns = append(table.Columns, th.t("chart.total"))
	for i, k := range kinds {
		row, sum := []string{th.kind(k)}, 0
		for _, cat := range cats {
			row = append(row, strconv.Itoa(n[cat][i]))
			sum += n[cat][i]
		}
		table.Rows = append(table.Rows, append(row, strconv.Itoa(sum)))
	}
	return built{chart: c, subtitle: sub, table: table}
}
