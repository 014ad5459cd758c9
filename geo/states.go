package geo

import (
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// USStates are the names of the 50 states and the District of Columbia,
// as the US Census Bureau (and so us-atlas) spells them, with their postal
// codes.
var USStates = map[string]string{
	"Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
	"Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
	"Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
	"Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
	"Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
	"Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
	"New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
	"North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
	"Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
	"Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
	"Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}

// stateAliases are other ways places in the dataset name a state.
var stateAliases = map[string]string{
	"DC": "District of Columbia", "D.C.": "District of Columbia", "Washington DC": "District of Columbia",
	"Washington, DC": "District of Columbia", "Washington, D.C.": "District of Columbia",
	"Washington State": "Washington", "New York State": "New York",
}

// StateName returns the state s names, by its name, postal code or a
// known alias, or "".
func StateName(s string) string {
	s = strings.TrimSpace(s)
	if _, ok := USStates[s]; ok {
		return s
	}
	if n, ok := stateAliases[s]; ok {
		return n
	}
	return stateByCode[s]
}

// stateByCode is USStates the other way: postal code to name.
var stateByCode = func() map[string]string {
	m := make(map[string]string, len(USStates))
	for name, code := range USStates {
		m[code] = name
	}
	return m
}()

// PlaceStates returns the US states a free-text place names, in order:
// "Bessemer, Alabama" gives Alabama; "Chicago area, Illinois; Atlanta,
// Georgia" gives Illinois and Georgia; "Oregon" gives Oregon. Each part
// between semicolons must end in a state's name ("Washington, DC" is the
// District of Columbia); text in parentheses is ignored. A place that names
// no state the way, like "Sacramento, Chicago and New York", gives none:
// the map counts the event by its country alone rather than guess.
func PlaceStates(place string) []string {
	var out []string
	for _, part := range strings.Split(stripParens(place), ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		s := StateName(part)
		if s == "" {
			if i := strings.LastIndex(part, ","); i >= 0 {
				s = StateName(part[i+1:])
			}
		}
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// stripParens removes text in parentheses: "Shakopee, Minnesota
// (fulfillment center)" becomes "Shakopee, Minnesota ".
func stripParens(s string) string {
	if !strings.Contains(s, "(") {
		return s // most places: nothing to remove, nor to copy
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// EventRegions returns the first-level regions (US states, provinces, UK
// nations...) an event took place in: its own region when the dataset gives
// one; otherwise (the dataset leaves it empty when there are several) the
// regions of its facilities, and, for an event in the United States without
// a facility there, the states its place names (PlaceStates). facility
// looks a facility up by code. Nothing is guessed: an event whose place
// names no region has none, and the map counts it by its country alone.
func EventRegions(e *dataset.Event, facility func(code string) (*dataset.Facility, bool)) []string {
	if e.Region != "" {
		if s := StateName(e.Region); s != "" && contains(e.Countries, "US") {
			return []string{s}
		}
		return []string{e.Region}
	}
	var out []string
	usFacility := false
	for _, code := range e.Facilities {
		f, ok := facility(code)
		if !ok || f.Region == "" {
			continue
		}
		r := f.Region
		if f.Country == "US" {
			usFacility = true
			if s := StateName(r); s != "" {
				r = s
			}
		}
		if !contains(out, r) {
			out = append(out, r)
		}
	}
	if !usFacility && contains(e.Countries, "US") {
		for _, s := range PlaceStates(e.Place) {
			if !contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}
