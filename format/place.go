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
func PlaceLine(e *dataset.Event) string { return JoinPlace(e.Place, Countries(e)) }

// JoinPlace joins a place and its countries on one line, or gives either
// alone when the other is empty.
func JoinPlace(place, countries string) string {
	switch {
	case place == "":
		return countries
	case countries == "":
		return place
	}
	return place + " · " + countries
}
