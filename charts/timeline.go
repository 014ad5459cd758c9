package charts

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// TopLaneOrgs is how many organizations get a lane of their own.
const TopLaneOrgs = 12

// OtherLane holds the events of no top organization; its label is the
// chart's language's (chart.timeline.other).
const OtherLane = "Other"

// Dot sizes in pixels: the area of a dot grows with its event's headline
// participant figure (a square-root scale), within [minDot, maxDot];
// events without a figure get noFigureDot.
const (
	minDot      = 6
	maxDot      = 40
	noFigureDot = 8
	dotScale    = 0.34 // 10,000 participants reach maxDot
)

// dotSize is the symbol size for an event.
func dotSize(e *dataset.Event) int {
	p, ok := headline(e)
	if !ok {
		return noFigureDot
	}
	s := math.Round(minDot + dotScale*math.Sqrt(float64(p.Count)))
	return int(min(max(s, minDot), maxDot))
}

// BuildTimeline builds the ECharts option of the timeline: every event as
// a dot on a time axis, in lanes by kind (query.LaneKind or the default),
// by country or by organization (the TopLaneOrgs most active, and "Other").
//
// Each dot is a data item {"name": escaped title, "id": event id,
// "value": ["YYYY-MM-DD", lane, size], "symbolSize": size, "tooltip":
// {...}}: a click opens /events/{params.data.id}. Dates known only to the
// month or year sit on its first day. An event in several countries or
// with several top organizations has a dot in each of their lanes.
func BuildTimeline(events []*dataset.Event, lane query.Lane, c Config) ([]byte, error) {
	th, err := themeNamed(c.Theme)
	if err != nil {
		return nil, err
	}
	th = th.in(c.Printer)
	evs := compact(events)
	slices.SortStableFunc(evs, func(a, b *dataset.Event) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID)) })
	var lanes []string
	var kinds []dataset.Kind // the lanes' kinds, by kind
	var laneOf func(*dataset.Event) []string
	var by string
	switch lane {
	case query.LaneDefault, query.LaneKind:
		kinds = kindsIn(evs)
		for _, k := range kinds {
			lanes = append(lanes, th.kind(k))
		}
		laneOf, by = func(e *dataset.Event) []string { return []string{th.kind(e.Kind)} }, "kind"
	case query.LaneCountry:
		lanes, laneOf, by = th.countryLanes(evs), th.eventCountries, "country"
	case query.LaneOrg:
		lanes, laneOf, by = orgLanes(evs, c, th.or("chart.timeline.other", OtherLane))
	default:
		return nil, fmt.Errorf("charts: unknown timeline lane %q (want one of %q)", lane, query.Lanes())
	}

	var data map[string][]any
	if len(evs) > TimelineDetail {
		data = th.monthlyDots(evs, laneOf, by)
	} else {
		data = th.eventDots(evs, laneOf)
	}

	first, last, ok := yearsOf(evs, nil)
	title := th.t("chart.timeline.title", "by", th.t("chart.timeline.by."+by))
	sub := th.subtitleYears(len(evs), first, last, ok) + ". " + th.t("chart.timeline.bigger")
	byName := th.t("chart.timeline.by." + by)
	description := title + ". " + th.t("chart.timeline.description", "by", byName)
	if len(evs) > TimelineDetail {
		sub = th.subtitleYears(len(evs), first, last, ok) + ". " + th.t("chart.timeline.monthly")
		description = title + ". " + th.t("chart.timeline.description-monthly", "by", byName)
	}
	sc := charts.NewScatter()
	sc.SetGlobalOptions(append(common(title, sub, "item", false),
		charts.WithGridOpts(opts.Grid{Top: "72", Left: "16", Right: "32", Bottom: "64", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time", SplitLine: &opts.SplitLine{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: plainAll(lanes), Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Interval: "0", Width: 200, Overflow: "truncate"},
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)}}),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: 0, FilterMode: "filter"},
			opts.DataZoom{Type: "inside", XAxisIndex: 0, FilterMode: "filter"},
		),
	)...)
	for i, l := range plainAll(lanes) {
		color := th.palette[i%len(th.palette)]
		if by == "kind" {
			color = th.kindColor(kinds[i])
		}
		sc.AddSeries(l, nil, withData(data[l]), charts.WithSeriesOpts(func(s *charts.SingleSeries) {
			s.Symbol = "circle"
			// Above largeThreshold dots in a lane, ECharts draws them in
			// one pass (all at the series' size); progressive rendering
			// keeps the page responsive meanwhile.
			s.Large = opts.Bool(true)
			s.LargeThreshold = 2000
		}), charts.WithItemStyleOpts(opts.ItemStyle{Color: color, Opacity: opts.Float(0.8), BorderColor: th.surface, BorderWidth: 1}))
	}
	b := built{chart: sc}
	b.extra.slider.height, b.extra.slider.bottom = 24, 8
	return b.encode(title, description, th, c.ReducedMotion)
}

func plainAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = plain(x)
	}
	return out
}

// eventCountries are the lanes of an event by country, named in the
// chart's language.
func (th *theme) eventCountries(e *dataset.Event) []string {
	var out []string
	for _, c := range e.Countries {
		if n := th.p.Country(c); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	if e.International {
		out = append(out, th.t("place.international"))
	}
	return out
}

func countryLabel(code string) string {
	if n := dataset.CountryName(code); n != "" {
		return n
	}
	return code
}

// countryLanes are the countries by number of events, then name, with
// "International" where it belongs in that order.
func (th *theme) countryLanes(events []*dataset.Event) []string {
	n := map[string]int{}
	for _, e := range events {
		for _, l := range th.eventCountries(e) {
			n[l]++
		}
	}
	out := make([]string, 0, len(n))
	for l := range n {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(n[b], n[a]), cmp.Compare(a, b)) })
	return out
}

// orgLanes are the TopLaneOrgs most active organizations, then other,
// the lane of the rest ("Other").
func orgLanes(events []*dataset.Event, c Config, other string) ([]string, func(*dataset.Event) []string, string) {
	ranked := rankOrgs(orgCounts(events), c)
	top := map[string]string{} // id → lane
	var lanes []string
	for _, o := range ranked[:min(TopLaneOrgs, len(ranked))] {
		l := o.name
		if slices.Contains(lanes, l) || l == other { // two organizations of one name, or one named like the rest
			l += " (" + o.id + ")"
		}
		top[o.id] = l
		lanes = append(lanes, l)
	}
	laneOf := func(e *dataset.Event) []string {
		var out []string
		for _, id := range e.Organizations {
			if l, ok := top[id]; ok && !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
		if len(out) == 0 {
			out = []string{other}
		}
		return out
	}
	for _, e := range events {
		if l := laneOf(e); l[0] == other {
			lanes = append(lanes, other)
			break
		}
	}
	return lanes, laneOf, "organization"
}

// TimelineDetail is the most events the timeline draws one dot each for.
// Beyond it each dot is a month of one lane, sized by its count: at 100,000
// events one dot each made a 31 MB option that took seconds to build and
// draw.
const TimelineDetail = 2000

// eventDots is one dot per event and lane, with its own tooltip; a click
// opens the event. The tooltip is in the chart's language but for the
// dataset's own text (title, place, what a figure counts).
func (th *theme) eventDots(evs []*dataset.Event, laneOf func(*dataset.Event) []string) map[string][]any {
	data := map[string][]any{}
	for _, e := range evs {
		size := dotSize(e)
		html := "<b>" + th.en(e.Title) + "</b><br>" + esc(th.p.ShortDate(e.Date))
		if pl := th.placeHTML(e); pl != "" {
			html += " · " + pl
		}
		html += "<br>" + esc(th.kind(e.Kind))
		if p, ok := headline(e); ok {
			html += " · " + th.p.Number(p.Count) + " " + th.en(p.What)
		}
		for _, l := range laneOf(e) {
			l = plain(l)
			data[l] = append(data[l], item{
				Name:       esc(e.Title),
				ID:         e.ID,
				Value:      []any{axisDate(e.Date), l, size},
				SymbolSize: size,
				Tooltip:    tip(html),
			})
		}
	}
	return data
}

// monthlyDots is one dot per lane and month, sized by the number of events
// (events dated to the year only count in its January); a click filters the
// explorer to that month, and to the kind in lanes by kind.
func (th *theme) monthlyDots(evs []*dataset.Event, laneOf func(*dataset.Event) []string, by string) map[string][]any {
	type cell struct {
		lane        string
		year, month int
	}
	n := map[cell]int{}
	kind := map[string]dataset.Kind{}
	var order []cell
	for _, e := range evs {
		for _, l := range laneOf(e) {
			c := cell{plain(l), e.Date.Year, max(1, e.Date.Month)}
			if n[c] == 0 {
				order = append(order, c)
			}
			n[c]++
			kind[c.lane] = e.Kind
		}
	}
	data := map[string][]any{}
	for _, c := range order {
		size := int(min(maxDot, math.Round(minDot+dotScale*math.Sqrt(float64(n[c])))))
		when := th.p.MonthYear(dataset.Date{Year: c.year, Month: c.month})
		filter := map[string]string{ParamFrom: strconv.Itoa(c.year), ParamTo: strconv.Itoa(c.year), ParamMonth: strconv.Itoa(c.month)}
		if by == "kind" {
			filter[ParamKind] = string(kind[c.lane])
		}
		data[c.lane] = append(data[c.lane], item{
			Name:       esc(c.lane + ", " + when),
			Filter:     filter,
			Value:      []any{fmt.Sprintf("%04d-%02d-01", c.year, c.month), c.lane, size},
			SymbolSize: size,
			Tooltip:    tip("<b>" + esc(c.lane) + "</b><br>" + esc(when) + " · " + esc(th.nEvents(n[c]))),
		})
	}
	return data
}
