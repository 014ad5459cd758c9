package charts

import (
	"fmt"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
)

// MapTitle says what the map shows.
func MapTitle(area string) string { return MapTitleIn(area, nil) }

// MapTitleIn is MapTitle in the language of p (nil: English).
func MapTitleIn(area string, p *i18n.Printer) string {
	if area == AreaUS {
		return p.T("map.chart.title-us")
	}
	return p.T("map.chart.title")
}

// MapDescriptionIn says how the map counts, in the language of p.
func MapDescriptionIn(p *i18n.Printer) string { return p.T("map.chart.description") }

// BuildMap builds the ECharts option of the map for events, and its
// tables. facility looks a facility up by code. The option expects the
// GeoJSON of web/geo registered under the area's name ("world" or "us")
// with echarts.registerMap.
func BuildMap(events []*dataset.Event, view MapView, facility func(string) (*dataset.Facility, bool), c Config) ([]byte, MapTables, error) {
	th, err := themeNamed(c.Theme)
	if err != nil {
		return nil, MapTables{}, err
	}
	th = th.in(c.Printer)
	area := view.Area
	if area == "" {
		area = AreaWorld
	}
	if area != AreaWorld && area != AreaUS {
		return nil, MapTables{}, fmt.Errorf("charts: unknown map area %q (want %q or %q)", area, AreaWorld, AreaUS)
	}
	evs := compact(events)
	counts := CountMap(evs, facility)
	tables := mapTables(counts, facility, th)

	regions, maxN := mapRegions(area, counts, th)
	points := mapPoints(area, counts, facility, th)
	sub := mapSubtitle(area, len(evs), len(points), counts, th)
	title := MapTitleIn(area, c.Printer)
	for _, t := range []*Table{&tables.Countries, &tables.States, &tables.Facilities} {
		t.Caption += ". " + sub
	}

	g := charts.NewGeo()
	g.SetGlobalOptions(append(common(title, sub, "item", false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGeoComponentOpts(opts.GeoComponent{Map: area}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: float32(maxN), Calculable: opts.Bool(false),
			Text: []string{th.t("chart.more"), th.t("chart.fewer")}, Left: "0", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{th.mapLow, th.mapHigh}}}),
	)...)
	g.AddSeries("Facilities", "scatter", nil, withData(points),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: th.mapPoint, BorderColor: th.mapPointBorder, BorderWidth: 1, Opacity: opts.Float(0.9)}))
	b := built{chart: g, subtitle: sub}
	b.extra.geo = geoOf(area, view, th)
	// The choropleth (series 0) shares the geo component, so that it zooms
	// and pans with the facility points; it goes first, under them.
	first := 0
	b.extra.visual.seriesIndex, b.extra.visual.itemHeight = &first, 96
	b.extra.series = func(s charts.MultiSeries) any {
		return []any{choropleth{Type: "map", Name: "Events", GeoIndex: 0, Data: regions}, facilitySeries{s[0], emphasisScale{1.3}}}
	}
	js, err := b.encode(title, title+". "+th.t("map.chart.description"), th, c.ReducedMotion)
	return js, tables, err
}

// mapRegions are the shapes, countries or states, with the filter a click
// applies; maxN is the most events in one, at least 1.
func mapRegions(area string, counts MapCounts, th *theme) (regions []any, maxN int) {
	maxN = 1
	if area == AreaUS {
		for _, s := range byCount(counts.States, identity) {
			n := counts.States[s]
			maxN = max(maxN, n)
			regions = append(regions, item{Name: s, Value: n, Filter: map[string]string{ParamRegion: s},
				Tooltip: tip(esc(s) + ": " + th.nEvents(n))})
		}
		return regions, maxN
	}
	for _, code := range byCount(counts.Countries, countryLabel) {
		n := counts.Countries[code]
		maxN = max(maxN, n)
		name := countryLabel(code) // the shape's name in web/geo/world.json
		regions = append(regions, item{Name: name, Value: n, Filter: drill(ByCountry, "", code),
			Tooltip: tip(esc(th.p.Country(code)) + ": " + th.nEvents(n))})
	}
	return regions, maxN
}

// mapPoints are the facilities' circles: placed facilities only, in the
// area, each opening the facility's page.
func mapPoints(area string, counts MapCounts, facility func(string) (*dataset.Facility, bool), th *theme) []any {
	var points []any
	for _, code := range byCount(counts.Facilities, identity) {
		f, ok := facility(code)
		if !ok || !f.Placed() || (area == AreaUS && f.Country != "US") {
			continue
		}
		n := counts.Facilities[code]
		where := facilityPlace(f)
		if where == "" {
			where = th.p.Country(f.Country)
		}
		points = append(points, item{Name: code, Value: []any{f.Lon, f.Lat, n}, Page: "/facilities/" + code,
			SymbolSize: symbolSize(n),
			Tooltip:    tip("<strong>" + esc(code) + "</strong>, " + esc(where) + ": " + th.nEvents(n))})
	}
	return points
}

// mapSubtitle says what the map counts: events, areas, facilities placed
// and the events no one area holds.
func mapSubtitle(area string, events, placed int, counts MapCounts, th *theme) string {
	sub := th.nEvents(events)
	onMap := th.n("map.chart.placed", placed)
	if area == AreaUS {
		sub += "; " + th.n("map.chart.states", len(counts.States)) + ", " + onMap
		if counts.NoState > 0 {
			sub += "; " + th.n("map.chart.no-state", counts.NoState)
		}
		return sub
	}
	sub = th.n("chart.in-countries", len(counts.Countries), "events", sub) + "; " + onMap
	if counts.Unplaced > 0 {
		sub += "; " + th.n("map.chart.unplaced", counts.Unplaced)
	}
	return sub
}

// geoOf is the map's geo component for an area seen as view says.
func geoOf(area string, view MapView, th *theme) *geoOption {
	g := &geoOption{
		Map: area, Roam: true, ScaleLimit: scaleLimit{1, MaxZoom}, Top: 72, Bottom: 8, Left: 8, Right: 8,
		ItemStyle:    &opts.ItemStyle{AreaColor: th.mapNone, BorderColor: th.mapBorder, BorderWidth: 0.5},
		Emphasis:     geoEmphasis{&opts.ItemStyle{AreaColor: th.mapHover}, hidden},
		Select:       disabled{true},
		Label:        hidden,
		Zoom:         zoomOf(view.Zoom),
		NameProperty: "name",
	}
	if area == AreaUS {
		// Fit the 48 contiguous states; Alaska and Hawaii are a pan away.
		g.BoundingCoords = [][2]float64{{-125, 50}, {-66, 24}}
	}
	if view.Center != nil {
		g.Center = []float64{view.Center[0], view.Center[1]}
	}
	return g
}

// geoOption is the map's geo component, which go-echarts' GeoComponent
// cannot describe (roam, zoom, limits, styles, the bounding box).
type geoOption struct {
	Map            string          `json:"map"`
	Roam           bool            `json:"roam"`
	ScaleLimit     scaleLimit      `json:"scaleLimit"`
	Top            int             `json:"top"`
	Bottom         int             `json:"bottom"`
	Left           int             `json:"left"`
	Right          int             `json:"right"`
	ItemStyle      *opts.ItemStyle `json:"itemStyle"`
	Emphasis       geoEmphasis     `json:"emphasis"`
	Select         disabled        `json:"select"`
	Label          shown           `json:"label"`
	Zoom           float64         `json:"zoom"`
	NameProperty   string          `json:"nameProperty"`
	BoundingCoords [][2]float64    `json:"boundingCoords,omitempty"`
	Center         []float64       `json:"center,omitempty"`
}

type (
	scaleLimit struct {
		Min float64 `json:"min"`
		Max float64 `json:"max"`
	}
	geoEmphasis struct {
		ItemStyle *opts.ItemStyle `json:"itemStyle"`
		Label     shown           `json:"label"`
	}
	disabled struct {
		Disabled bool `json:"disabled"`
	}
	shown struct {
		Show bool `json:"show"`
	}
	// choropleth is the map series that shades the areas of geo 0.
	choropleth struct {
		Data     []any  `json:"data,omitempty"`
		GeoIndex int    `json:"geoIndex"`
		Name     string `json:"name"`
		Type     string `json:"type"`
	}
	// facilitySeries is go-echarts' scatter series of facilities, which
	// grow when hovered.
	facilitySeries struct {
		charts.SingleSeries
		Emphasis emphasisScale `json:"emphasis"`
	}
	emphasisScale struct {
		Scale float64 `json:"scale"`
	}
)

// hidden is a label not shown.
var hidden = shown{false}

// symbolSize is a facility's circle, by its events: its area grows with them.
func symbolSize(n int) int { return min(36, 8+int(math.Round(4*math.Sqrt(float64(n))))) }

// zoomOf keeps a zoom within 1–MaxZoom, 1 for none.
func zoomOf(z float64) float64 {
	if z < 1 || math.IsNaN(z) {
		return 1
	}
	return min(z, MaxZoom)
}
