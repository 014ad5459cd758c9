package query

import (
	"net/url"
	"testing"
)

func TestLaneIsPartOfTheState(t *testing.T) {
	for raw, want := range map[string]Lane{
		"":                      LaneDefault,
		"lane=kind":             LaneDefault,
		"lane=country":          LaneCountry,
		"lane=ORG":              LaneOrg,
		"lane=bogus":            LaneDefault,
		"lane=":                 LaneDefault,
		"lane=org&lane=country": LaneOrg,
	} {
		v, _ := url.ParseQuery(raw)
		s := slowParse(v, nil)
		if s.Lane != want {
			t.Errorf("slowParse(%q).Lane = %q, want %q", raw, s.Lane, want)
		}
		if got := slowParse(s.Values(), nil); !got.Equal(s) {
			t.Errorf("%q does not survive a round trip: %+v, then %+v", raw, s, got)
		}
	}
	if l := (State{}).EffectiveLane(); l != LaneKind {
		t.Errorf("the default lane draws as %q, want kind", l)
	}

	// Removing a filter or all of them keeps the view: the timeline's lane.
	v, _ := url.ParseQuery("lane=country&kind=strike&country=DE&q=verdi")
	s := slowParse(v, nil)
	for name, got := range map[string]State{
		"ClearFacet(kind)": s.ClearFacet(FacetKind),
		"Clear":            s.Clear(),
		"WithQuery":        s.WithQuery(""),
	} {
		if got.Lane != LaneCountry || got.Values().Get("lane") != "country" {
			t.Errorf("%s drops the lane: %q", name, got.Encode())
		}
	}
	if got := s.WithLane("bogus").Lane; got != LaneDefault {
		t.Errorf("WithLane(bogus) = %q", got)
	}
}
