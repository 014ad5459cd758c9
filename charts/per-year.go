package charts

import (
	"fmt"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
)

// yearsOf returns the first and last year of events' dates; ok is false
// when there are none.
func yearsOf(events []*dataset.Event, keep func(*dataset.Event) bool) (first, last int, ok bool) {
	for _, e := range events {
		if e.Date.Year == 0 || keep != nil && !keep(e) {
			continue
		}
		if !ok || e.Date.Year < first {
			first = e.Date.Year
		}
		if !ok || e.Date.Year > last {
			last = e.Date.Year
		}
		ok = true
	}
	return first, last, ok
}

// span writes a year range: "2011–2026", "2021" or "".
func span(first, last int, ok bool) string {
	switch {
	case !ok:
		return ""
	case first == last:
		return strconv.Itoa(first)
	}
	return fmt.Sprintf("%d–%d", first, last)
}

// perYear: one bar per year from the first to the last, stacked by kind.
func perYear(events []*dataset.Event, th *theme, _ Config) built {
	first, last, ok := yearsOf(events, nil)
	var years []string
	if ok {
		for y := first; y <= last; y++ {
			years = append(years, yearName(y))
		}
	}
	kinds := kindsIn(events)
	n := map[dataset.Kind][]int{} // kind → count per year index
	for _, k := range kinds {
		n[k] = make([]int, len(years))
	}
	counted := 0
	for _, e := range events {
		if e.Date.Year == 0 {
			continue
		}
		n[e.Kind][e.Date.Year-first]++
		counted++
	}

	sub := th.subtitleYears(counted, first, last, ok)
	bar := charts.NewBar()
	bar.SetGlobalOptions(append(common(th.title(PerYear), sub, "axis", true),
		grid(true, "36"),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Name: th.t("chart.axis.year"), NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: th.t("chart.axis.events"), MinInterval: 1}),
	)...)
	bar.SetXAxis(years)

	table := Table{Columns: []string{th.t("chart.axis.year")}}
	for _, k := range kinds {
		table.Columns = append(table.Columns, th.kind(k))
	}
	table.Columns = append(table.Columns, th.t("chart.total"))
	for i, y := range years {
		row, total := []string{y}, 0
		for _, k := range kinds {
			row = append(row, strconv.Itoa(n[k][i]))
			total += n[k][i]
		}
		table.Rows = append(table.Rows, append(row, strconv.Itoa(total)))
	}

	for _, k := range kinds {
		series := plain(th.kind(k))
		data := make([]any, len(years))
		for i, y := range years {
			if c := n[k][i]; c > 0 {
				data[i] = item{Name: y, Value: c, Filter: drill(PerYear, plain(k.Label()), y)}
			} else {
				data[i] = 0
			}
		}
		bar.AddSeries(series, nil, withData(data), charts.WithBarChartOpts(opts.BarChart{Stack: "events"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: th.kindColor(k)}))
	}
	return built{chart: bar, subtitle: sub, table: table}
}

func (th *theme) subtitleYears(n, first, last int, ok bool) string {
	if !ok {
		return th.nEvents(n)
	}
	return th.nEvents(n) + ", " + span(first, last, ok)
}
