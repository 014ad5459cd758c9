package dataset

import (
	"fmt"
	"strings"
)

// PlacePrecision says how exact an event's place is, as ACLED does.
type PlacePrecision string

// The place precisions, from the most to the least exact.
const (
	AtFacility PlacePrecision = "facility" // a named Amazon site
	AtCity     PlacePrecision = "city"
	AtRegion   PlacePrecision = "region"
	AtCountry  PlacePrecision = "country"
	Online     PlacePrecision = "online"
	Multiple   PlacePrecision = "multiple" // several places, e.g. a national day of action
)

var placePrecisions = []string{"facility", "city", "region", "country", "online", "multiple"}

// Known reports whether p is one of the place precisions.
func (p PlacePrecision) Known() bool {
	_, ok := indexOf(placePrecisions, string(p))
	return ok
}

// Election is the result of a union election, as far as the sources give
// it. Numbers are pointers because a count the sources do not give (nil)
// is not the same as a count of zero challenged ballots.
type Election struct {
	Body         string `json:"body,omitempty"` // organization id of the body that ran or certified it, e.g. nlrb
	Eligible     *int   `json:"eligible,omitempty"`
	VotesFor     *int   `json:"votes_for,omitempty"`
	VotesAgainst *int   `json:"votes_against,omitempty"`
	Challenged   *int   `json:"challenged,omitempty"`
	Void         *int   `json:"void,omitempty"`
	Result       string `json:"result,omitempty"` // one of ElectionResults
}

// ElectionResults are the outcomes an election can have.
var ElectionResults = []string{"won", "lost", "pending", "overturned", "withdrawn"}

// Int returns a pointer to n, for filling an Election in Go.
func Int(n int) *int { return &n }

// election checks an event's election result.
func (v *validator) election(e *Event) {
	el := e.Election
	if el == nil {
		return
	}
	if e.Kind != UnionElection && e.Kind.Known() { // an unknown kind is reported already
		v.add("election", "only union elections have a result: the kind is %q", e.Kind)
	}
	if el.Body != "" {
		v.ref("election.body", "organization", el.Body, v.orgs, "organizations")
	}
	for _, n := range []struct {
		field string
		n     *int
	}{{"eligible", el.Eligible}, {"votes_for", el.VotesFor}, {"votes_against", el.VotesAgainst}, {"challenged", el.Challenged}, {"void", el.Void}} {
		if n.n != nil && *n.n < 0 {
			v.add("election."+n.field, "must not be negative, got %d", *n.n)
		}
	}
	if el.Eligible != nil && el.VotesFor != nil && el.VotesAgainst != nil && *el.VotesFor+*el.VotesAgainst > *el.Eligible {
		v.add("election", "%d votes for and %d against are more than the %d eligible voters", *el.VotesFor, *el.VotesAgainst, *el.Eligible)
	}
	if el.Result != "" {
		if _, ok := indexOf(ElectionResults, el.Result); !ok {
			v.add("election.result", "unknown result %q%s; want one of %s",
				el.Result, didYouMean(el.Result, ElectionResults), strings.Join(ElectionResults, ", "))
		}
	}
}

// precision checks an event's region and place precision.
func (v *validator) precision(e *Event) {
	v.text("region", e.Region, false)
	if e.Precision != "" && !e.Precision.Known() {
		v.add("place_precision", "unknown place precision %q%s; want one of %s",
			e.Precision, didYouMean(string(e.Precision), placePrecisions), strings.Join(placePrecisions, ", "))
	}
}

// formerIDs checks the ids events had before: each a slug, owned by one
// event, and no longer the id of any event (or /events/OLD would be
// ambiguous). ids maps current event ids to their index.
func (v *validator) formerIDs(ids map[string]int) {
	owner := map[string]int{}
	for i := range v.d.Events {
		e := &v.d.Events[i]
		v.record("event", e.ID, fmt.Sprintf("events[%d]", i))
		for j, old := range e.FormerIDs {
			f := fmt.Sprintf("former_ids[%d]", j)
			switch k, taken := ids[old]; {
			case !IsSlug(old):
				v.add(f, "%q is not a valid id", old)
			case taken:
				v.add(f, "%q is the id of %s: a former id must not be in use", old, v.d.recordName(fmt.Sprintf("events[%d]", k)))
			}
			if k, dup := owner[old]; dup {
				v.add(f, "%q is also a former id of %s", old, v.d.recordName(fmt.Sprintf("events[%d]", k)))
				continue
			}
			owner[old] = i
		}
	}
}
