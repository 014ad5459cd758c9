package charts

import (
	"cmp"
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
)

// bar is one bar of a horizontal bar chart.
type bar struct {
	label string // the axis label, raw text: hbar makes it plain
	item  item
	row   []string // the table row, raw text
}

// hbar draws bars top to bottom in the given order, one series named
// series, with each bar's value written at its end.
func hbar(id, subtitle, trigger, series, valueName string, bars []bar, th *theme) *charts.Bar {
	labels := make([]string, len(bars))
	data := make([]any, len(bars))
	for i, b := range bars {
		labels[i] = plain(b.label)
		data[i] = b.item
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(th.title(id), subtitle, trigger, false),
		grid(false, "36"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: valueName, NameLocation: "middle", NameGap: 28, MinInterval: 1}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Interval: "0", Width: 320, Overflow: "truncate"}}),
	)...)
	c.SetXAxis(labels).XYReversal()
	c.AddSeries(series, nil, withData(data),
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Color: th.text}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = "28" }))
	return c
}

// byCountry: one bar per country the events name, most events first, and
// one for the events marked international.
func byCountry(events []*dataset.Event, th *theme, _ Config) built {
	n := map[string]int{}
	intl := 0
	for _, e := range events {
		seen := map[string]bool{}
		for _, c := range e.Countries {
			if !seen[c] {
				seen[c] = true
				n[c]++
			}
		}
		if e.International {
			intl++
		}
	}
	var bars []bar
	for code, k := range n {
		name := th.p.Country(code)
		bars = append(bars, bar{label: name, item: item{Name: code, Value: k, Filter: drill(ByCountry, "", code)},
			row: []string{name, code, strconv.Itoa(k)}})
	}
	if intl > 0 {
		intlName := th.t("place.international")
		bars = append(bars, bar{label: intlName, item: item{Name: InternationalName, Value: intl, Filter: drill(ByCountry, "", InternationalName)},
			row: []string{intlName, "", strconv.Itoa(intl)}})
	}
	sort.Slice(bars, func(i, j int) bool {
		a, b := bars[i], bars[j]
		return cmp.Or(cmp.Compare(b.item.Value.(int), a.item.Value.(int)), cmp.Compare(a.label, b.label)) < 0
	})
	table := Table{Columns: []string{th.t("facet.country"), th.t("chart.code"), th.t("chart.axis.events")}}
	for _, b := range bars {
		table.Rows = append(table.Rows, b.row)
	}
	sub := th.nEvents(len(events))
	if len(n) > 0 {
		sub = th.n("chart.in-countries", len(n), "events", sub)
	}
	axis := th.t("chart.axis.events")
	return built{chart: hbar(ByCountry, sub, "axis", axis, axis, bars, th), subtitle: sub, table: table}
}
