package charts

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/query"
)

// The areas the map shows.
const (
	AreaWorld = "world" // countries, and every placed facility
	AreaUS    = "us"    // US states, and the facilities in the United States
)

// The map's own URL parameters, besides the filters.
const (
	ParamArea   = "area"            // AreaWorld (the default) or AreaUS
	ParamZoom   = "zoom"            // ECharts' geo zoom, above 1 (the whole area) up to MaxZoom
	ParamCenter = "center"          // "lon,lat" of the middle of the view, e.g. "-95.500,38.200"
	ParamRegion = query.ParamRegion // the region filter a click on a state sets (query.State.Region)
)

// MaxZoom bounds the zoom, in the URL and with the mouse.
const MaxZoom = 20

// MapView is what the map shows: the area, and where it is zoomed. The
// URL holds it (ParseMapView reads it, Set writes it), so that a shared
// link, an embed and an oEmbed answer show the same view.
type MapView struct {
	Area   string      // AreaWorld or AreaUS; "" is the world
	Zoom   float64     // 1, or 0, fits the area
	Center *[2]float64 // lon, lat; nil: the middle of the area
}

// NewCenter returns a map centre for MapView.
func NewCenter(lon, lat float64) *[2]float64 { return &[2]float64{lon, lat} }

// ParseMapView reads the map's own parameters from a URL query. What is
// invalid or absent falls back to the whole world map; the view comes
// back as Set writes it (zoom to 1/100, centre to 1/1000 degree), so that
// reading what Set wrote gives the same view.
func ParseMapView(q url.Values) MapView {
	v := MapView{Area: q.Get(ParamArea), Zoom: math.NaN()}
	if z, err := strconv.ParseFloat(q.Get(ParamZoom), 64); err == nil {
		v.Zoom = z
	}
	v.Center = parseCenter(q.Get(ParamCenter))
	return v.canonical()
}

// Set writes the view into q, replacing any view q held: the area unless
// it is the world, the zoom when the map is zoomed in, and then its centre.
func (v MapView) Set(q url.Values) {
	q.Del(ParamArea)
	q.Del(ParamZoom)
	q.Del(ParamCenter)
	v = v.canonical()
	if v.Area != AreaWorld {
		q.Set(ParamArea, v.Area)
	}
	if v.Zoom == 0 {
		return
	}
	q.Set(ParamZoom, strconv.FormatFloat(v.Zoom, 'f', -1, 64))
	if v.Center != nil {
		q.Set(ParamCenter, strconv.FormatFloat(v.Center[0], 'f', 3, 64)+","+strconv.FormatFloat(v.Center[1], 'f', 3, 64))
	}
}

// Key tells views apart (for redrawing): their URL parameters, "" for
// the whole world.
func (v MapView) Key() string {
	q := url.Values{}
	v.Set(q)
	return q.Encode()
}

// canonical is the view as the URL holds it: a known area, a zoom rounded
// to 1/100 within (1, MaxZoom] or 0, and a centre rounded to 1/1000 degree
// on the globe, only with a zoom (at zoom 1 the area fits the map).
func (v MapView) canonical() MapView {
	out := MapView{Area: AreaWorld}
	if v.Area == AreaUS {
		out.Area = AreaUS
	}
	z := math.Round(v.Zoom*100) / 100
	if !(z > 1 && z <= MaxZoom) { // also false for NaN
		return out
	}
	out.Zoom = z
	if c := v.Center; c != nil {
		lon, lat := math.Round(c[0]*1000)/1000, math.Round(c[1]*1000)/1000
		if lon >= -360 && lon <= 360 && lat >= -90 && lat <= 90 {
			out.Center = &[2]float64{lon, lat}
		}
	}
	return out
}

// parseCenter reads "lon,lat"; nil when it is not two numbers.
func parseCenter(s string) *[2]float64 {
	// strconv rather than fmt.Sscanf: fmt's scanner would cost the wasm.
	a, b, ok := strings.Cut(s, ",")
	lon, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lat, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if !ok || err1 != nil || err2 != nil {
		return nil
	}
	return &[2]float64{lon, lat}
}
