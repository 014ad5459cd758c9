package charts

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// themed completes a chart's option while go-echarts builds it: go-echarts
// calls it for each component (a ConfigurationVisitor), and it adds the
// theme's colours and what go-echarts has no field for. Where go-echarts
// has the field, it is set on go-echarts' own type; where it has none, the
// component is returned in a type below that embeds go-echarts' and adds
// the fields. The option stays typed until it is encoded once.
type themed struct {
	charts.BaseConfigurationVisitor
	th            *theme
	extra         extras
	description   string // the canvas' accessible name, plain text
	reducedMotion bool
}

// extras are the parts of one chart's option that go-echarts cannot say.
type extras struct {
	geo    *geoOption                   // the map's geo component, in place of go-echarts' own
	series func(charts.MultiSeries) any // replaces the series list; nil keeps go-echarts'
	slider struct{ height, bottom int } // the slider dataZoom's place; 0 leaves ECharts' default
	visual struct {
		seriesIndex *int
		itemHeight  int
	} // the visualMap's series and size
}

// Visit adds the options that belong to no component.
func (v themed) Visit(o map[string]any) {
	o["color"] = v.th.palette
	o["textStyle"] = &opts.TextStyle{Color: v.th.text, FontFamily: fontFamily}
	// ECharts sets the description as an attribute, so it is plain text.
	o["aria"] = &opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Description: plain(v.description)}}
	if v.reducedMotion {
		o["animation"] = false
	}
}

func (v themed) VisitTitleOpt(t opts.Title) any {
	t.TitleStyle = &opts.TextStyle{Color: v.th.text, FontSize: 16, FontWeight: "bold"}
	t.SubtitleStyle = &opts.TextStyle{Color: v.th.muted, FontSize: 12}
	return t
}

// legend is go-echarts' legend with the scroll pager's colours.
type legend struct {
	opts.Legend
	PageTextStyle         *opts.TextStyle `json:"pageTextStyle,omitempty"`
	PageIconColor         string          `json:"pageIconColor,omitempty"`
	PageIconInactiveColor string          `json:"pageIconInactiveColor,omitempty"`
}

func (v themed) VisitLegendOpt(l opts.Legend) any {
	l.TextStyle = &opts.TextStyle{Color: v.th.text}
	l.InactiveColor = v.th.line
	return legend{l, &opts.TextStyle{Color: v.th.text}, v.th.text, v.th.line}
}

// tooltip is go-echarts' tooltip with a text colour, kept inside the chart.
type tooltipOpt struct {
	opts.Tooltip
	TextStyle *opts.TextStyle `json:"textStyle,omitempty"`
	Confine   bool            `json:"confine,omitempty"`
}

func (v themed) VisitTooltipOpt(t opts.Tooltip) any {
	t.BackgroundColor, t.BorderColor = v.th.surface, v.th.line
	return tooltipOpt{t, &opts.TextStyle{Color: v.th.text}, true}
}

// An axis is go-echarts' axis with the theme's colours for its labels,
// ticks and name. Those fields sit in the wrapper itself, one level above
// the axis' own, so that encoding/json writes them instead (the y axis
// has no axisTick of its own). The labels leave out the showMinLabel and
// showMaxLabel go-echarts writes as null when unset: ECharts reads a
// missing field and a null one alike.
type (
	xAxis struct {
		opts.XAxis
		AxisLabel     *axisLabel      `json:"axisLabel,omitempty"`
		AxisTick      *opts.AxisTick  `json:"axisTick,omitempty"`
		NameTextStyle *opts.TextStyle `json:"nameTextStyle,omitempty"`
	}
	yAxis struct {
		opts.YAxis
		AxisLabel     *axisLabel      `json:"axisLabel,omitempty"`
		AxisTick      *opts.AxisTick  `json:"axisTick,omitempty"`
		NameTextStyle *opts.TextStyle `json:"nameTextStyle,omitempty"`
	}
	axisLabel struct {
		*opts.AxisLabel
		ShowMinLabel types.Bool `json:"showMinLabel,omitempty"`
		ShowMaxLabel types.Bool `json:"showMaxLabel,omitempty"`
	}
)

func (v themed) VisitXAxis(l []opts.XAxis) any {
	out := make([]xAxis, len(l))
	for i, a := range l {
		label, tick, name := v.axisColours(&a.AxisLine, &a.SplitLine, a.AxisLabel, a.AxisTick)
		out[i] = xAxis{a, label, tick, name}
	}
	return out
}

func (v themed) VisitYAxis(l []opts.YAxis) any {
	out := make([]yAxis, len(l))
	for i, a := range l {
		label, tick, name := v.axisColours(&a.AxisLine, &a.SplitLine, a.AxisLabel, nil)
		out[i] = yAxis{a, label, tick, name}
	}
	return out
}

// axisColours colours an axis' line and split lines, copying what the
// chart set rather than changing it, and returns the coloured labels,
// ticks and name.
func (v themed) axisColours(line **opts.AxisLine, split **opts.SplitLine, l *opts.AxisLabel, t *opts.AxisTick) (*axisLabel, *opts.AxisTick, *opts.TextStyle) {
	al, sl, label, tick := copyOf(*line), copyOf(*split), copyOf(l), copyOf(t)
	al.LineStyle = coloured(al.LineStyle, v.th.muted)
	sl.LineStyle = coloured(sl.LineStyle, v.th.line)
	tick.LineStyle = coloured(tick.LineStyle, v.th.muted)
	*line, *split = al, sl
	label.Color = v.th.muted
	return &axisLabel{label, label.ShowMinLabel, label.ShowMaxLabel}, tick, &opts.TextStyle{Color: v.th.muted}
}

// copyOf returns a copy of *p, or a new zero T when p is nil.
func copyOf[T any](p *T) *T {
	var c T
	if p != nil {
		c = *p
	}
	return &c
}

// coloured is a copy of a line style in another colour.
func coloured(s *opts.LineStyle, color string) *opts.LineStyle {
	c := copyOf(s)
	c.Color = color
	return c
}

// dataZoom is go-echarts' dataZoom with the slider's colours and place.
type dataZoom struct {
	opts.DataZoom
	Height                 int             `json:"height,omitempty"`
	Bottom                 int             `json:"bottom,omitempty"`
	TextStyle              *opts.TextStyle `json:"textStyle,omitempty"`
	BorderColor            string          `json:"borderColor,omitempty"`
	FillerColor            string          `json:"fillerColor,omitempty"`
	HandleStyle            *opts.ItemStyle `json:"handleStyle,omitempty"`
	MoveHandleStyle        *opts.ItemStyle `json:"moveHandleStyle,omitempty"`
	DataBackground         *zoomBackground `json:"dataBackground,omitempty"`
	SelectedDataBackground *zoomBackground `json:"selectedDataBackground,omitempty"`
}

// zoomBackground is the data shadow a slider draws.
type zoomBackground struct {
	LineStyle *opts.LineStyle `json:"lineStyle"`
	AreaStyle *opts.AreaStyle `json:"areaStyle"`
}

func (v themed) VisitDataZooms(l []opts.DataZoom) any {
	th := v.th
	out := make([]dataZoom, len(l))
	for i, z := range l {
		out[i] = dataZoom{DataZoom: z}
		if z.Type != "slider" {
			continue
		}
		out[i] = dataZoom{
			DataZoom: z, Height: v.extra.slider.height, Bottom: v.extra.slider.bottom,
			TextStyle:              &opts.TextStyle{Color: th.muted},
			BorderColor:            th.line,
			FillerColor:            th.filler,
			HandleStyle:            &opts.ItemStyle{Color: th.surface, BorderColor: th.muted},
			MoveHandleStyle:        &opts.ItemStyle{Color: th.muted},
			DataBackground:         &zoomBackground{&opts.LineStyle{Color: th.muted}, &opts.AreaStyle{Color: th.line}},
			SelectedDataBackground: &zoomBackground{&opts.LineStyle{Color: th.palette[0]}, &opts.AreaStyle{Color: th.filler}},
		}
	}
	return out
}

// visualMap is go-echarts' visualMap with the series it colours and its size.
type visualMap struct {
	opts.VisualMap
	SeriesIndex *int `json:"seriesIndex,omitempty"`
	ItemHeight  int  `json:"itemHeight,omitempty"`
}

func (v themed) VisitVisualMaps(l []opts.VisualMap) any {
	out := make([]visualMap, len(l))
	for i, m := range l {
		m.TextStyle = &opts.TextStyle{Color: v.th.text}
		out[i] = visualMap{m, v.extra.visual.seriesIndex, v.extra.visual.itemHeight}
	}
	return out
}

func (v themed) VisitGeo(g opts.GeoComponent) any {
	if v.extra.geo != nil {
		return v.extra.geo
	}
	return g
}

func (v themed) VisitSeriesOpt(s charts.MultiSeries) any {
	if v.extra.series != nil {
		return v.extra.series(s)
	}
	return s
}
