package charts

import (
	"fmt"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
)

// calendar: a heatmap of events per month, a row per year (oldest at the
// top) and a column per month. Events known only to the year are left
// out; the subtitle and the table caption say how many.
func calendar(events []*dataset.Event, th *theme, _ Config) built {
	hasMonth := func(e *dataset.Event) bool { return e.Date.Month != 0 }
	first, last, ok := yearsOf(events, hasMonth)
	var years []string
	var n [][12]int
	if ok {
		for y := first; y <= last; y++ {
			years = append(years, yearName(y))
		}
		n = make([][12]int, len(years))
	}
	counted, left := 0, 0
	for _, e := range events {
		if !hasMonth(e) {
			left++
			continue
		}
		n[e.Date.Year-first][e.Date.Month-1]++
		counted++
	}

	months := make([]string, 12)
	for m := range months {
		months[m] = th.p.MonthAbbr(m + 1)
	}
	table := Table{Columns: append(append([]string{th.t("chart.axis.year")}, months...), th.t("chart.total"))}
	var data []any
	most := 0
	for yi, y := range years {
		row, total := []string{y}, 0
		for m := range 12 {
			k := n[yi][m]
			row = append(row, strconv.Itoa(k))
			total += k
			if k == 0 {
				continue // an empty cell is left blank
			}
			most = max(most, k)
			name := fmt.Sprintf("%s-%02d", y, m+1)
			data = append(data, item{
				Name:    name,
				Value:   []int{m, yi, k},
				Filter:  drill(Calendar, "", name),
				Tooltip: tip("<b>" + th.p.Month(m+1) + " " + y + "</b><br>" + th.nEvents(k)),
			})
		}
		table.Rows = append(table.Rows, append(row, strconv.Itoa(total)))
	}

	sub := th.n("chart.calendar.known", counted)
	if ok {
		sub += ", " + span(first, last, ok)
	}
	if left > 0 {
		sub += "; " + th.n("chart.calendar.left", left)
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(append(common(th.title(Calendar), sub, "item", false),
		charts.WithGridOpts(opts.Grid{Top: "72", Left: "16", Right: "24", Bottom: "56", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: months, SplitArea: &opts.SplitArea{Show: opts.Bool(false)},
			AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: years, Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithVisualMapOpts(opts.VisualMap{
			Type: "continuous", Calculable: opts.Bool(false), Min: 0, Max: float32(max(most, 1)),
			Orient: "horizontal", Left: "center", Bottom: "0", Text: []string{th.t("chart.more"), th.t("chart.fewer")},
			InRange: &opts.VisualMapInRange{Color: th.heat},
		}),
	)...)
	// Cells are parted by lines of the surface colour; the cell under the
	// pointer is outlined in the text colour.
	hm.AddSeries(th.t("chart.axis.events"), nil, withData(data),
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: th.surface, BorderWidth: 1}),
		charts.WithEmphasisOpts(opts.Emphasis{ItemStyle: &opts.ItemStyle{BorderColor: th.text, BorderWidth: 2}}))
	return built{chart: hm, subtitle: sub, table: table}
}
