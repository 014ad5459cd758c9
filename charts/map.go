package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// MapView is what the map shows: the area, and where it is zoomed.
type MapView struct {
	Area   string      // AreaWorld or AreaUS; "" is the world
	Zoom   float64     // 1, or 0, fits the area
	Center *[2]float64 // lon, lat; nil: the middle of the area
}

// NewCenter returns a map centre for MapView.
func NewCenter(lon, lat float64) *[2]float64 { return &[2]float64{lon, lat} }

// MapTitle says what the map shows.
func MapTitle(area string) string {
	if area == AreaUS {
		return "Events by US state, and by facility"
	}
	return "Events by country, and by facility"
}

// MapDescription says how the map counts.
const MapDescription = "The darker a country or state, the more events took place there; an event in several counts once in each. " +
	"Each circle is an Amazon facility, sized by its events, placed at its city when no source gives its address. " +
	"Events without a facility are counted by country or state only, never drawn as points."

// BuildMap builds the ECharts option of the map for events, and its
// tables. facility looks a facility up by code. The option expects the
// GeoJSON of web/geo registered under the area's name ("world" or "us")
// with echarts.registerMap.
func BuildMap(events []*dataset.Event, view MapView, facility func(string) (*dataset.Facility, bool), c Config) ([]byte, MapTables, error) {
	th, err := themeNamed(c.Theme)
	if err != nil {
		return nil, MapTables{}, err
	}
	area := view.Area
	if area == "" {
		area = AreaWorld
	}
	if area != AreaWorld && area != AreaUS {
		return nil, MapTables{}, fmt.Errorf("charts: unknown map area %q (want %q or %q)", area, AreaWorld, AreaUS)
	}
	evs := compact(events)
	counts := CountMap(evs, facility)
	tables := mapTables(counts, facility)

	// The shapes: countries or states, with the filter a click applies.
	var regions []any
	maxN := 1
	if area == AreaUS {
		for _, s := range byCount(counts.States, identity) {
			n := counts.States[s]
			maxN = max(maxN, n)
			regions = append(regions, item{Name: s, Value: n, Filter: map[string]string{ParamRegion: s},
				Tooltip: tip(esc(s) + ": " + nEvents(n))})
		}
	} else {
		for _, code := range byCount(counts.Countries, countryLabel) {
			n := counts.Countries[code]
			maxN = max(maxN, n)
			name := countryLabel(code)
			regions = append(regions, item{Name: name, Value: n, Filter: drill(ByCountry, "", code),
				Tooltip: tip(esc(name) + ": " + nEvents(n))})
		}
	}
	// The facilities: placed ones only, in the area.
	var points []any
	placed := 0
	for _, code := range byCount(counts.Facilities, identity) {
		f, ok := facility(code)
		if !ok || !f.Placed() || (area == AreaUS && f.Country != "US") {
			continue
		}
		placed++
		n := counts.Facilities[code]
		where := facilityPlace(f)
		if where == "" {
			where = countryLabel(f.Country)
		}
		points = append(points, item{Name: code, Value: []any{f.Lon, f.Lat, n}, Page: "/facilities/" + code,
			SymbolSize: symbolSize(n),
			Tooltip:    tip("<strong>" + esc(code) + "</strong>, " + esc(where) + ": " + nEvents(n))})
	}

	sub := nEvents(len(evs))
	if area == AreaUS {
		sub += "; " + format.Plural(len(counts.States), "state", "states") + ", " + format.Plural(placed, "facility", "facilities") + " on the map"
		if counts.NoState > 0 {
			sub += "; " + format.Plural(counts.NoState, "US event", "US events") + " in no one state"
		}
	} else {
		sub += " in " + format.Plural(len(counts.Countries), "country", "countries") + "; " + format.Plural(placed, "facility", "facilities") + " on the map"
		if counts.Unplaced > 0 {
			sub += "; " + format.Plural(counts.Unplaced, "international action", "international actions") + " in no one country"
		}
	}
	title := MapTitle(area)
	for _, t := range []*Table{&tables.Countries, &tables.States, &tables.Facilities} {
		t.Caption += ". " + sub
	}

	g := charts.NewGeo()
	g.SetGlobalOptions(append(common(title, sub, "item", false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithGeoComponentOpts(opts.GeoComponent{Map: area}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Min: 0, Max: float32(maxN), Calculable: opts.Bool(false),
			Text: []string{"More events", "Fewer"}, Left: "0", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{th.mapLow, th.mapHigh}}}),
	)...)
	g.AddSeries("Facilities", "scatter", nil, withData(points))
	b := built{chart: g, subtitle: sub}
	geoOpt := map[string]any{
		"roam":         true,
		"scaleLimit":   map[string]any{"min": 1, "max": MaxZoom},
		"top":          72,
		"bottom":       8,
		"left":         8,
		"right":        8,
		"itemStyle":    map[string]any{"areaColor": th.mapNone, "borderColor": th.mapBorder, "borderWidth": 0.5},
		"emphasis":     map[string]any{"itemStyle": map[string]any{"areaColor": th.mapHover}, "label": map[string]any{"show": false}},
		"select":       map[string]any{"disabled": true},
		"label":        map[string]any{"show": false},
		"zoom":         zoomOf(view.Zoom),
		"nameProperty": "name",
	}
	if area == AreaUS {
		// Fit the 48 contiguous states; Alaska and Hawaii are a pan away.
		geoOpt["boundingCoords"] = [][2]float64{{-125, 50}, {-66, 24}}
	}
	if view.Center != nil {
		geoOpt["center"] = []float64{view.Center[0], view.Center[1]}
	}
	b.patch = map[string]any{
		"geo": geoOpt,
		// The choropleth (series 0, added by finish) shares the geo
		// component, so that it zooms and pans with the facility points.
		"visualMap": []any{map[string]any{"seriesIndex": 0, "itemHeight": 96}},
	}
	b.finish = func(o map[string]any) {
		// The choropleth goes first, under the points.
		o["series"] = append([]any{map[string]any{
			"type": "map", "name": "Events", "geoIndex": 0, "data": regions,
		}}, list(o["series"])...)
		if s, ok := list(o["series"])[1].(map[string]any); ok {
			s["itemStyle"] = map[string]any{"color": th.mapPoint, "borderColor": th.mapPointBorder, "borderWidth": 1, "opacity": 0.9}
			s["emphasis"] = map[string]any{"scale": 1.3}
		}
	}
	js, err := b.encode(title, title+". "+MapDescription, th, c.ReducedMotion)
	return js, tables, err
}

// symbolSize is a facility's circle, by its events: its area grows with them.
func symbolSize(n int) int { return min(36, 8+int(math.Round(4*math.Sqrt(float64(n))))) }

// zoomOf keeps a zoom within 1–MaxZoom, 1 for none.
func zoomOf(z float64) float64 {
	if z < 1 || math.IsNaN(z) {
		return 1
	}
	return min(z, MaxZoom)
}

// ParseZoom reads a zoom from the URL: a number from 1 to MaxZoom; 0 when
// invalid or absent.
func ParseZoom(s string) float64 {
	z, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(z) || z < 1 || z > MaxZoom {
		return 0
	}
	return z
}

// ParseCenter reads "lon,lat" from the URL; nil when invalid or absent.
func ParseCenter(s string) *[2]float64 {
	// strconv rather than fmt.Sscanf: fmt's scanner would cost the wasm.
	a, b, ok := strings.Cut(s, ",")
	lon, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lat, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if !ok || err1 != nil || err2 != nil ||
		math.IsNaN(lon) || math.IsNaN(lat) || lon < -360 || lon > 360 || lat < -90 || lat > 90 {
		return nil
	}
	return &[2]float64{lon, lat}
}

// FormatCenter writes a centre for the URL, to about 100 m.
func FormatCenter(lon, lat float64) string {
	return strconv.FormatFloat(lon, 'f', 3, 64) + "," + strconv.FormatFloat(lat, 'f', 3, 64)
}
