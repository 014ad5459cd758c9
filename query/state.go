package query

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

// Sort is the order of the results.
type Sort string

// The orders. The zero Sort is the default: by relevance when the query
// has words, else newest first.
const (
	SortDefault   Sort = ""
	SortNewest    Sort = "newest"
	SortOldest    Sort = "oldest"
	SortRelevance Sort = "relevance" // ties newest first
	SortSize      Sort = "size"      // headline participants, largest first; ties newest first
)

// Year bounds accepted in from and to.
const (
	MinYear = 1900
	MaxYear = 2100
)

// MaxQuery is the length of the longest query, in runes; longer ones are cut.
const MaxQuery = 200

// State is what the visitor is looking at. It lives in the URL's query
// string: q, kind, country, org, facility, outcome, international, new,
// from, to, month, sort and lane.
// A State made by Index.Parse or by the methods below is canonical: its lists are
// sorted and free of duplicates, so that Parse(Encode(s)) == s. Treat a
// State as a value: the methods return new States and never change the
// lists they were given.
type State struct {
	Q          string         // the query as typed, cleaned (see WithQuery)
	Kinds      []dataset.Kind // event kinds
	Countries  []string       // ISO 3166-1 alpha-2 codes, upper case
	Orgs       []string       // organization ids
	Facilities []string       // facility codes
	Outcomes   []outcome.Category
	From, To   int // years, inclusive; 0 when open
	Sort       Sort
	Lane       Lane // the timeline's lanes; see EffectiveLane

	// Month is a calendar month, 1–12, or 0 for any. When set, only the
	// events whose date has a month (year-only dates are left out) in that
	// month pass, in any year within From and To: From=To=2021 with
	// Month=7 is July 2021, Month=11 alone is every November.
	Month int
	// International keeps only the events coordinated across countries
	// (dataset.Event.International).
	International bool
	// Region keeps only the events in one first-level region, by its full
	// name: a US state ("New York"), a province, a UK nation. An event's
	// regions are those geo.EventRegions finds. Like International it is
	// not a facet: it restricts every count. The map sets it when a state
	// is clicked.
	Region string
	// New keeps only the events new since the visitor's last visit, as the
	// browser remembers it (Index.SetNew); "new=1" in the URL.
	New bool
}

// MaxRegion is the length of the longest region name, in bytes.
const MaxRegion = 80

// Parse reads a State from a URL query. Values may repeat a parameter or
// list several values separated by commas. Whatever is invalid is dropped
// silently: unknown kinds, outcomes, sorts and lanes; countries, regions,
// organizations and facilities not in the indexed dataset; years that are
// not numbers between 1900 and 2100 (a reversed range is swapped); months
// that are not numbers between 1 and 12 ("7" and "07" are July);
// international other than "1". The query loses its control characters
// and is cut to 200 runes.
func (ix *Index) Parse(v url.Values) State {
	return parse(v, func(facet int, value string) bool {
		if facet == facetRegion {
			_, ok := ix.region[value]
			return ok
		}
		_, ok := ix.values[facet].id[value]
		return ok
	})
}

func parse(v url.Values, in func(facet int, value string) bool) State {
	var s State
	if q := v[ParamQuery]; len(q) > 0 {
		s.Q = cleanQuery(q[0])
	}
	list := func(facet int, key string) []string {
		var out []string
		for _, raw := range v[key] {
			for _, x := range strings.Split(raw, ",") {
				x = normalize(facet, x)
				if valid(facet, x) && (in == nil || in(facet, x)) {
					out = append(out, x)
				}
			}
		}
		return canonical(out)
	}
	for _, k := range list(facetKind, string(FacetKind)) {
		s.Kinds = append(s.Kinds, dataset.Kind(k))
	}
	s.Countries = list(facetCountry, string(FacetCountry))
	s.Orgs = list(facetOrg, string(FacetOrg))
	s.Facilities = list(facetFacility, string(FacetFacility))
	for _, o := range list(facetOutcome, string(FacetOutcome)) {
		s.Outcomes = append(s.Outcomes, outcome.Category(o))
	}
	year := func(key string) int {
		for _, raw := range v[key] {
			if y, err := strconv.Atoi(strings.TrimSpace(raw)); err == nil && y >= MinYear && y <= MaxYear {
				return y
			}
		}
		return 0
	}
	s = s.WithYears(year(ParamFrom), year(ParamTo))
	for _, raw := range v[string(FacetMonth)] {
		if m, ok := parseMonth(raw); ok {
			s.Month = m
			break
		}
	}
	for _, raw := range v[ParamInternational] {
		if strings.TrimSpace(raw) == "1" {
			s.International = true
			break
		}
	}
	for _, raw := range v[ParamNew] {
		if strings.TrimSpace(raw) == "1" {
			s.New = true
			break
		}
	}
	if sv := v[ParamSort]; len(sv) > 0 {
		s.Sort = parseSort(sv[0])
	}
	if lv := v[ParamLane]; len(lv) > 0 {
		s.Lane = parseLane(lv[0])
	}
	for _, raw := range v[ParamRegion] {
		if r := strings.TrimSpace(raw); validRegion(r) && (in == nil || in(facetRegion, r)) {
			s.Region = r
			break
		}
	}
	return s
}

// validRegion reports whether r has the form of a region name: printable
// text of at most MaxRegion bytes.
func validRegion(r string) bool {
	if r == "" || len(r) > MaxRegion || !utf8.ValidString(r) {
		return false
	}
	for _, c := range r {
		if !unicode.IsPrint(c) {
			return false
		}
	}
	return true
}

// parseMonth reads a month number, 1–12, in decimal digits: "7" or "07".
func parseMonth(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 2 || strings.Trim(v, "0123456789") != "" {
		return 0, false
	}
	m, _ := strconv.Atoi(v)
	return m, m >= 1 && m <= 12
}

// month is the State's Month, 0 unless it is 1–12.
func (s *State) month() int {
	if s.Month < 1 || s.Month > 12 {
		return 0
	}
	return s.Month
}

func parseSort(v string) Sort {
	switch x := Sort(strings.ToLower(strings.TrimSpace(v))); x {
	case SortNewest, SortOldest, SortRelevance, SortSize:
		return x
	}
	return SortDefault
}

// normalize puts a facet value in its canonical case.
func normalize(facet int, v string) string {
	v = strings.TrimSpace(v)
	switch facet {
	case facetCountry, facetFacility:
		return strings.ToUpper(v)
	}
	return strings.ToLower(v)
}

// valid reports whether a normalized value has the form of the facet's values.
func valid(facet int, v string) bool {
	switch facet {
	case facetKind:
		return dataset.Kind(v).Known()
	case facetCountry:
		return dataset.KnownCountry(v)
	case facetOrg:
		return dataset.IsSlug(v) && len(v) <= 200
	case facetFacility:
		return dataset.IsFacilityCode(v)
	case facetOutcome:
		return outcome.Category(v).Known()
	}
	return false
}

// canonical sorts and deduplicates a list in place; an empty list is nil.
func canonical(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	slices.Sort(l)
	return slices.Compact(l)
}

// cleanQuery drops invalid UTF-8, control characters and bidirectional
// overrides (tabs and line breaks become spaces), cuts the query to
// MaxQuery runes, and empties a query of nothing but spaces.
func cleanQuery(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.ToValidUTF8(q, "") {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			r = ' '
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == utf8.RuneError, r == 0xFEFF:
			continue
		}
		if n == MaxQuery {
			break
		}
		b.WriteRune(r)
		n++
	}
	if strings.TrimSpace(b.String()) == "" {
		return ""
	}
	return b.String()
}

// Values returns the canonical URL query of the State: lists sorted,
// defaults left out.
func (s State) Values() url.Values {
	v := url.Values{}
	if s.Q != "" {
		v.Set(ParamQuery, s.Q)
	}
	v[string(FacetKind)] = kindStrings(s.Kinds)
	v[string(FacetCountry)] = s.Countries
	v[string(FacetOrg)] = s.Orgs
	v[string(FacetFacility)] = s.Facilities
	v[string(FacetOutcome)] = outcomeStrings(s.Outcomes)
	for key, y := range map[string]int{ParamFrom: s.From, ParamTo: s.To} {
		if y != 0 {
			v.Set(key, strconv.Itoa(y))
		}
	}
	if m := s.month(); m != 0 {
		v.Set(string(FacetMonth), strconv.Itoa(m))
	}
	if s.International {
		v.Set(ParamInternational, "1")
	}
	if s.New {
		v.Set(ParamNew, "1")
	}
	if s.Sort != SortDefault {
		v.Set(ParamSort, string(s.Sort))
	}
	if s.Lane != LaneDefault {
		v.Set(ParamLane, string(s.Lane))
	}
	if s.Region != "" {
		v.Set(ParamRegion, s.Region)
	}
	for key, l := range v {
		if len(l) == 0 {
			delete(v, key)
		} else {
			v[key] = slices.Clone(l)
		}
	}
	return v
}

// Encode returns the canonical URL query string, without the "?": keys in
// order, "" for the zero State.
func (s State) Encode() string { return s.Values().Encode() }

// IsZero reports whether the State has no query, no filter and the default sort.
func (s State) IsZero() bool { return s.Equal(State{}) }

// Filtered reports whether any filter is active (the query aside).
func (s State) Filtered() bool {
	return len(s.Kinds)+len(s.Countries)+len(s.Orgs)+len(s.Facilities)+len(s.Outcomes) > 0 || s.From != 0 || s.To != 0 ||
		s.month() != 0 || s.International || s.Region != "" || s.New
}

// Equal reports whether two States are the same; nil and empty lists are
// equal, and so are a Month outside 1–12 and none.
func (s State) Equal(o State) bool {
	return s.Q == o.Q && s.From == o.From && s.To == o.To && s.Sort == o.Sort && s.Lane == o.Lane &&
		s.month() == o.month() && s.International == o.International && s.Region == o.Region && s.New == o.New &&
		slices.Equal(s.Kinds, o.Kinds) && slices.Equal(s.Countries, o.Countries) &&
		slices.Equal(s.Orgs, o.Orgs) && slices.Equal(s.Facilities, o.Facilities) &&
		slices.Equal(s.Outcomes, o.Outcomes)
}

// EffectiveSort is the order the results are in: the Sort, or for the
// default, relevance when the query has words and newest first otherwise.
func (s State) EffectiveSort() Sort {
	if s.Sort != SortDefault {
		return s.Sort
	}
	if len(Words(s.Q)) > 0 {
		return SortRelevance
	}
	return SortNewest
}

func kindStrings(l []dataset.Kind) []string {
	out := make([]string, len(l))
	for i, k := range l {
		out[i] = string(k)
	}
	return out
}

func outcomeStrings(l []outcome.Category) []string {
	out := make([]string, len(l))
	for i, o := range l {
		out[i] = string(o)
	}
	return out
}
