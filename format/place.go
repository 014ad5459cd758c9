package format

import (
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// Countries lists an event's countries by name ("Germany, Poland"), or
// says "International" for an international event with none.
func Countries(e *dataset.Event) string {
	names := make([]string, 0, len(e.Countries)+1)
	for _, c := range e.Countries {
		if n := dataset.CountryName(c); n != "" {
			names = append(names, n)
		} else {
			names = append(names, c)
		}
	}
	if e.International && len(names) == 0 {
		names = append(names, "International")
	}
	return strings.Join(names, ", ")
}

// Place says where an event happened: its place, else its countries.
func Place(e *dataset.Event) string {
	if e.Place != "" {
		return e.Place
	}
	return Countries(e)
}

// PlaceLine is an event's place and countries on one line: "Bessemer,
// Alabama · United States", or either alone.
func PlaceLine(e *dataset.Event) string {
	countries := Countries(e)
	switch {
	case e.Place == "":
		return countries
	case countries == "":
		return e.Place
	}
	return e.Place + " · " + countries
}
