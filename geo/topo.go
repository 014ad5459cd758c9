package geo

import (
	"encoding/json"
	"fmt"
)

// Topology is the part of a TopoJSON file that cmd/geo reads: quantized,
// delta-encoded arcs and objects made of polygons.
type Topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64            `json:"arcs"`
	Objects map[string]topoCollection `json:"objects"`
}

type topoCollection struct {
	Type       string         `json:"type"`
	Geometries []topoGeometry `json:"geometries"`
}

type topoGeometry struct {
	Type       string            `json:"type"`
	ID         json.RawMessage   `json:"id"`
	Properties map[string]string `json:"properties"`
	Arcs       json.RawMessage   `json:"arcs"`
}

// ParseTopology reads a TopoJSON file.
func ParseTopology(name string, b []byte) (*Topology, error) {
	var t Topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// Undo the delta encoding and the quantization: arcs in degrees.
	for _, arc := range t.Arcs {
		var x, y float64
		for i, p := range arc {
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				arc[i] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			}
		}
	}
	return &t, nil
}

// Simplify drops the points of every arc that lie within tolerance degrees
// of the line through their neighbours (Douglas–Peucker). Arcs are shared
// by neighbouring shapes, so borders stay shared: no gaps, no overlaps.
func (t *Topology) Simplify(tolerance float64) {
	for i, arc := range t.Arcs {
		t.Arcs[i] = douglasPeucker(arc, tolerance)
	}
}

// TopoFeature is one shape of a topology object with its TopoJSON id and
// properties.
type TopoFeature struct {
	ID         string
	Properties map[string]string
	Polygons   [][]Ring
}

// Features assembles the shapes of the named object.
func (t *Topology) Features(object string) ([]TopoFeature, error) {
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("topology: no object %q", object)
	}
	var out []TopoFeature
	for i, g := range obj.Geometries {
		f := TopoFeature{Properties: g.Properties}
		if len(g.ID) > 0 {
			var s string
			if json.Unmarshal(g.ID, &s) != nil {
				s = string(g.ID)
			}
			f.ID = s
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("topology: %s.geometries[%d]: %w", object, i, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("topology: %s.geometries[%d]: %w", object, i, err)
			}
		case "", "null":
			continue
		default:
			return nil, fmt.Errorf("topology: %s.geometries[%d]: unsupported type %q", object, i, g.Type)
		}
		for _, p := range polys {
			var rings []Ring
			for _, r := range p {
				rings = append(rings, t.ring(r))
			}
			f.Polygons = append(f.Polygons, rings)
		}
		out = append(out, f)
	}
	return out, nil
}

// ring joins arcs into a ring; a negative index ~i is arc i reversed.
func (t *Topology) ring(arcs []int) Ring {
	var r Ring
	for _, a := range arcs {
		var pts [][2]float64
		if a >= 0 {
			pts = t.Arcs[a]
		} else {
			src := t.Arcs[^a]
			pts = make([][2]float64, len(src))
			for i := range src {
				pts[i] = src[len(src)-1-i]
			}
		}
		if len(r) > 0 && len(pts) > 0 {
			pts = pts[1:] // the first point repeats the last one
		}
		for _, p := range pts {
			r = append(r, Point(p))
		}
	}
	return r
}

// douglasPeucker simplifies a line, keeping its end points.
func douglasPeucker(pts [][2]float64, tol float64) [][2]float64 {
	if len(pts) < 3 {
		return pts
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	var rec func(a, b int)
	rec = func(a, b int) {
		best, at := 0.0, -1
		for i := a + 1; i < b; i++ {
			if d := segmentDistance(pts[i], pts[a], pts[b]); d > best {
				best, at = d, i
			}
		}
		if at >= 0 && best > tol {
			keep[at] = true
			rec(a, at)
			rec(at, b)
		}
	}
	rec(0, len(pts)-1)
	out := make([][2]float64, 0, len(pts))
	for i, p := range pts {
		if keep[i] {
			out = append(out, p)
		}
	}
	// A closed arc (a ring on its own, e.g. an island) needs more than its
	// two equal end points: keep the farthest point and its neighbours' way.
	if len(out) < 4 && pts[0] == pts[len(pts)-1] {
		return closedMinimum(pts)
	}
	return out
}

// closedMinimum keeps four points of a closed arc, evenly spaced.
func closedMinimum(pts [][2]float64) [][2]float64 {
	n := len(pts) - 1
	if n < 3 {
		return pts
	}
	return [][2]float64{pts[0], pts[n/3], pts[2*n/3], pts[n]}
}

// segmentDistance is the distance from p to the segment ab, in degrees.
func segmentDistance(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	if dx == 0 && dy == 0 {
		return hypot(p[0]-a[0], p[1]-a[1])
	}
	t := ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / (dx*dx + dy*dy)
	t = max(0, min(1, t))
	return hypot(p[0]-(a[0]+t*dx), p[1]-(a[1]+t*dy))
}
