package geo

import (
	"encoding/json"
	"fmt"
	"math"
)

// Point is a longitude and a latitude, in degrees.
type Point [2]float64

// Ring is a closed line of points; the first and last are equal.
type Ring []Point

// Feature is one named shape of a map: a country or a state.
type Feature struct {
	ID   string // ISO 3166-1 alpha-2 code for countries, the state's name for states
	Name string // what the map shows and its data items are named by
	// Polygons, each an outer ring followed by its holes.
	Polygons [][]Ring
}

// Map is a set of shapes, as a GeoJSON FeatureCollection for ECharts'
// registerMap.
type Map struct {
	Features []Feature
}

type geoJSON struct {
	Type     string        `json:"type"`
	Features []geoFeatJSON `json:"features"`
}

type geoFeatJSON struct {
	Type       string `json:"type"`
	ID         string `json:"id,omitempty"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
	Geometry struct {
		Type        string      `json:"type"`
		Coordinates [][][]Point `json:"coordinates"`
	} `json:"geometry"`
}

// ParseMap reads a GeoJSON FeatureCollection of MultiPolygons, as
// cmd/geo writes them.
func ParseMap(name string, b []byte) (*Map, error) {
	var g geoJSON
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if g.Type != "FeatureCollection" {
		return nil, fmt.Errorf("%s: type %q, want FeatureCollection", name, g.Type)
	}
	m := &Map{}
	for i, f := range g.Features {
		if f.Geometry.Type != "MultiPolygon" {
			return nil, fmt.Errorf("%s: features[%d] (%s): geometry %q, want MultiPolygon", name, i, f.Properties.Name, f.Geometry.Type)
		}
		ft := Feature{ID: f.ID, Name: f.Properties.Name}
		for _, p := range f.Geometry.Coordinates {
			var rings []Ring
			for _, r := range p {
				rings = append(rings, Ring(r))
			}
			ft.Polygons = append(ft.Polygons, rings)
		}
		m.Features = append(m.Features, ft)
	}
	return m, nil
}

// JSON encodes the map as GeoJSON, coordinates rounded to the given number
// of decimals (2 is about a kilometre) and repeated points dropped.
func (m *Map) JSON(decimals int) ([]byte, error) {
	g := geoJSON{Type: "FeatureCollection", Features: []geoFeatJSON{}}
	scale := math.Pow(10, float64(decimals))
	round := func(x float64) float64 { return math.Round(x*scale) / scale }
	for _, f := range m.Features {
		var gf geoFeatJSON
		gf.Type, gf.ID = "Feature", f.ID
		gf.Properties.Name = f.Name
		gf.Geometry.Type = "MultiPolygon"
		for _, poly := range f.Polygons {
			var rings [][]Point
			for _, r := range poly {
				var out []Point
				for _, p := range r {
					q := Point{round(p[0]), round(p[1])}
					if len(out) == 0 || out[len(out)-1] != q {
						out = append(out, q)
					}
				}
				if len(out) >= 4 { // a ring rounded to nothing is dropped
					rings = append(rings, out)
				} else if len(rings) == 0 {
					break // no outer ring: no polygon
				}
			}
			if len(rings) > 0 {
				gf.Geometry.Coordinates = append(gf.Geometry.Coordinates, rings)
			}
		}
		if len(gf.Geometry.Coordinates) > 0 {
			g.Features = append(g.Features, gf)
		}
	}
	return json.Marshal(g)
}

// Lookup returns the feature with the given id.
func (m *Map) Lookup(id string) (*Feature, bool) {
	for i := range m.Features {
		if m.Features[i].ID == id {
			return &m.Features[i], true
		}
	}
	return nil, false
}

// Contains reports whether p lies inside the feature: inside an outer ring
// and outside its holes (even-odd rule).
func (f *Feature) Contains(p Point) bool {
	for _, poly := range f.Polygons {
		if len(poly) == 0 || !poly[0].contains(p) {
			continue
		}
		inHole := false
		for _, h := range poly[1:] {
			if h.contains(p) {
				inHole = true
				break
			}
		}
		if !inHole {
			return true
		}
	}
	return false
}

// contains is the ray-casting test.
func (r Ring) contains(p Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

func hypot(x, y float64) float64 { return math.Sqrt(x*x + y*y) }
