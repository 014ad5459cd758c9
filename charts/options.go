package charts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
)

// Config says how to draw a chart.
type Config struct {
	// Theme is "light" (the default when empty) or "dark".
	Theme string
	// ReducedMotion turns animation off (prefers-reduced-motion).
	ReducedMotion bool
	// Printer writes the text in a language; nil is English.
	Printer *i18n.Printer
	// OrgName gives an organization's display name; nil, or "" for an
	// id, shows the id. OrgNames(d) makes one from a dataset.
	OrgName func(id string) string
}

// OrgNames returns a Config.OrgName that looks names up in d.
func OrgNames(d *dataset.Dataset) func(id string) string {
	return func(id string) string {
		if o, ok := d.Org(id); ok {
			return o.Name
		}
		return ""
	}
}

func (c Config) orgName(id string) string {
	if c.OrgName != nil {
		if n := c.OrgName(id); n != "" {
			return n
		}
	}
	return id
}

// Build builds the ECharts option of chart id for events, as JSON for
// setOption, and the same numbers as a Table. The JSON is the option
// object only, with no JavaScript functions: pass it to
// echarts.init(el).setOption(JSON.parse(json), true).
func Build(id string, events []*dataset.Event, c Config) ([]byte, Table, error) {
	f, err := Assemble(id, events, c)
	if err != nil {
		return nil, Table{}, err
	}
	js, err := f.Option()
	return js, f.Table(), err
}

// Figure is chart id aggregated for a set of events: its table at once,
// and its option's JSON (most of Build's time) only when asked, so that a
// page shows the table before the chart is drawn without counting twice.
type Figure struct {
	id            string
	b             built
	th            *theme
	reducedMotion bool
	option        []byte
	err           error
	encoded       bool
}

// Assemble aggregates chart id for events; it fails only for an unknown
// chart or theme.
func Assemble(id string, events []*dataset.Event, c Config) (*Figure, error) {
	b, th, err := assemble(id, events, c)
	if err != nil {
		return nil, err
	}
	return &Figure{id: id, b: b, th: th, reducedMotion: c.ReducedMotion}, nil
}

// Table is the figure's numbers, captioned.
func (f *Figure) Table() Table { return f.b.table }

// Option is the figure's ECharts option as JSON, encoded on the first
// call and kept.
func (f *Figure) Option() ([]byte, error) {
	if !f.encoded {
		title := f.th.title(f.id)
		f.option, f.err = f.b.encode(title, title+". "+f.th.description(f.id), f.th, f.reducedMotion)
		f.encoded = true
	}
	return f.option, f.err
}

// assemble builds chart id for events, its table captioned.
func assemble(id string, events []*dataset.Event, c Config) (built, *theme, error) {
	th, err := themeNamed(c.Theme)
	if err != nil {
		return built{}, nil, err
	}
	th = th.in(c.Printer)
	_, ok := Lookup(id)
	build := builders[id]
	if !ok || build == nil {
		return built{}, nil, fmt.Errorf("charts: unknown chart %q", id)
	}
	b := build(compact(events), th, c)
	b.table.Caption = th.title(id) + ". " + b.subtitle
	return b, th, nil
}

// built is a chart as a chart builder leaves it.
type built struct {
	chart    goEChart
	subtitle string // the numbers behind the chart, e.g. "331 events"
	table    Table  // without its caption
	extra    extras // what go-echarts cannot say
}

// goEChart is what every go-echarts chart type offers.
type goEChart interface {
	Validate()
	Accept(charts.ConfigurationVisitor)
	JSON() map[string]any
}

// common are the global options every chart shares.
func common(title, subtitle, trigger string, legend bool) []charts.GlobalOpts {
	l := opts.Legend{Show: opts.Bool(false)}
	if legend {
		l = opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "48", Left: "0"}
	}
	tt := opts.Tooltip{Show: opts.Bool(true), Trigger: trigger}
	if trigger == "axis" {
		tt.AxisPointer = &opts.AxisPointer{Type: "shadow"}
	}
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{BackgroundColor: "transparent"}),
		charts.WithTitleOpts(opts.Title{Title: title, Subtitle: subtitle, Left: "0", Top: "0"}),
		charts.WithLegendOpts(l),
		charts.WithTooltipOpts(tt),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(false)}),
	}
}

// grid leaves room for the title and, when there is one, the legend;
// bottom leaves room for the x axis' name. ECharts' containLabel falls a
// few pixels short for long category labels, hence the left margin.
func grid(legend bool, bottom string) charts.GlobalOpts {
	top := "72"
	if legend {
		top = "104"
	}
	return charts.WithGridOpts(opts.Grid{Top: top, Left: "16", Right: "64", Bottom: bottom, ContainLabel: opts.Bool(true)})
}

// encode validates the chart, lets go-echarts build its option with the
// theme, the aria description, the motion setting and the builder's
// extras added as it goes (see themed), and encodes it as JSON once.
func (b *built) encode(title, description string, th *theme, reducedMotion bool) ([]byte, error) {
	b.chart.Validate()
	b.chart.Accept(themed{th: th, extra: b.extra, description: description, reducedMotion: reducedMotion})
	js, err := marshal(b.chart.JSON())
	if err != nil {
		return nil, fmt.Errorf("charts: encoding %q: %w", title, err)
	}
	return js, nil
}

// marshal encodes v compactly without escaping <, > and &: the JSON is
// parsed with JSON.parse, never put into HTML, and text from the data is
// already escaped where ECharts treats it as HTML.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// item is one data item: what ECharts draws, and what the bridge reads
// off a click (params.data): the filter the click applies, or the id of
// the event it opens.
// Its fields are in the alphabetical order of their JSON names, so that
// its JSON has sorted keys like the rest of the option.
type item struct {
	Filter     map[string]string `json:"filter,omitempty"` // query parameters: a click filters the event list
	ID         string            `json:"id,omitempty"`     // an event id: a click opens /events/{id}
	Name       string            `json:"name,omitempty"`
	Page       string            `json:"page,omitempty"` // a path: a click opens it, e.g. /facilities/JFK8
	SymbolSize int               `json:"symbolSize,omitempty"`
	Tooltip    *tooltip          `json:"tooltip,omitempty"`
	Value      any               `json:"value"`
}

// tooltip is an item's own tooltip: a literal HTML string, built with esc.
type tooltip struct {
	Formatter string `json:"formatter"`
}

// tip makes an item tooltip from already escaped HTML.
func tip(html string) *tooltip { return &tooltip{Formatter: html} }

// withData sets a series' data to our own items, which carry more fields
// than go-echarts' data types.
func withData(data any) charts.SeriesOpts {
	return charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = data })
}

// compact drops nil events.
func compact(events []*dataset.Event) []*dataset.Event {
	out := make([]*dataset.Event, 0, len(events))
	for _, e := range events {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}

// kindsIn lists the kinds that occur in events, in the order of
// dataset.Kinds, then unknown kinds by id.
func kindsIn(events []*dataset.Event) []dataset.Kind {
	seen := map[dataset.Kind]bool{}
	for _, e := range events {
		seen[e.Kind] = true
	}
	var out []dataset.Kind
	for _, k := range dataset.Kinds() {
		if seen[k.Kind] {
			out = append(out, k.Kind)
			delete(seen, k.Kind)
		}
	}
	var rest []dataset.Kind
	for k := range seen {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(out, rest...)
}
