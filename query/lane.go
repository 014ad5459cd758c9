package query

import "strings"

// Lane is how the timeline groups its events into lanes. It is a view
// parameter, kept in the URL ("lane") like the filters and the sort, so
// that a chip, "clear all" or an embed keeps it.
type Lane string

// The lanes. The zero Lane is the default, by kind.
const (
	LaneDefault Lane = ""
	LaneKind    Lane = "kind"    // one lane per kind of event
	LaneCountry Lane = "country" // one per country, and "International"
	LaneOrg     Lane = "org"     // the most active organizations, and "Other"
)

// Lanes lists the lanes in the order a visitor chooses among them.
func Lanes() []Lane { return []Lane{LaneKind, LaneCountry, LaneOrg} }

// parseLane reads a lane; the default, an unknown or an empty one is the
// zero Lane, so that the canonical URL leaves it out.
func parseLane(v string) Lane {
	switch l := Lane(strings.ToLower(strings.TrimSpace(v))); l {
	case LaneCountry, LaneOrg:
		return l
	}
	return LaneDefault
}

// EffectiveLane is the lane the timeline draws: the Lane, or LaneKind.
func (s State) EffectiveLane() Lane {
	if s.Lane == LaneDefault {
		return LaneKind
	}
	return s.Lane
}

// WithLane returns the State with another lane; an unknown one is the default.
func (s State) WithLane(l Lane) State {
	s.Lane = parseLane(string(l))
	return s
}
