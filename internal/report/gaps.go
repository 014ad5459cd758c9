package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/laborlens/laborlens/dataset"
)

// Gap is one row of a list of peer-dataset actions (peer_gaps.tsv): an
// action a peer dataset records, with its facts as the peer gives them.
type Gap struct {
	Peer, ID   string // "CAiT" or "LAT", and the peer's record number
	From, To   dataset.Date
	Places     []string // as the peer writes them: "Bessemer, Alabama, US"
	Kinds      []string // the peer's kinds, lower case: "protest", "strike", "union drive"
	Orgs       []string // the organizations the peer names, and their acronyms
	SourceURLs []string
}

// ReadGaps reads a tab-separated list with the columns peer, peer_id,
// date, end_date, place and source_urls (others are ignored); places and
// URLs may list several, separated by ";".
func ReadGaps(r io.Reader) ([]Gap, error) {
	cr := csv.NewReader(r)
	cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = '\t', true, -1
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("empty file: want a header row")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, h := range []string{"peer", "peer_id", "date", "place", "source_urls"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("no column %q in the header", h)
		}
	}
	get := func(row []string, h string) string {
		if i, ok := col[h]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var gaps []Gap
	for n, row := range rows[1:] {
		g := Gap{Peer: get(row, "peer"), ID: get(row, "peer_id")}
		if g.From, err = dataset.ParseDate(get(row, "date")); err != nil {
			return nil, fmt.Errorf("line %d: date: %v", n+2, err)
		}
		g.To = g.From
		if s := get(row, "end_date"); s != "" {
			if g.To, err = dataset.ParseDate(s); err != nil {
				return nil, fmt.Errorf("line %d: end_date: %v", n+2, err)
			}
		}
		g.Places = splitList(get(row, "place"))
		for _, k := range splitList(get(row, "kind")) {
			k, _, _ = strings.Cut(strings.ToLower(k), " (") // "strike (authorized: y)"
			g.Kinds = append(g.Kinds, k)
		}
		g.Orgs = orgNames(get(row, "union_or_organization"))
		g.SourceURLs = splitList(get(row, "source_urls"))
		gaps = append(gaps, g)
	}
	return gaps, nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// MatchDays is how far apart, in days, a peer's action and an event may be
// and still be the same action.
const MatchDays = 7

// Covered returns the event of d that records the peer's action g, if any,
// by the rule docs/dataset.md states: the event cites the peer's record or
// one of the row's source URLs; or it is the same kind of action
// (sameKind), within MatchDays days, in the same place (samePlace), and
// the two name a common organization unless one of them names none.
func Covered(d *dataset.Dataset, g Gap) (*dataset.Event, bool) {
	urls := map[string]bool{}
	for _, u := range g.SourceURLs {
		urls[pageKey(u)] = true
	}
	for i := range d.Events {
		e := &d.Events[i]
		for _, s := range e.Sources {
			if urls[pageKey(s.URL)] || isRecord(s, g) {
				return e, true
			}
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		if sameKind(e.Kind, g.Kinds) && daysApart(e.Date, endOf(e), g.From, g.To) <= MatchDays &&
			samePlace(d, e, g.Places) && sameOrg(d, e, g.Orgs) {
			return e, true
		}
	}
	return nil, false
}

// pageKey folds a URL to its host and path: scheme, "www.", query,
// fragment and a trailing slash do not matter.
func pageKey(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return strings.ToLower(s)
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(strings.ToLower(u.Path), "/")
}

// isRecord reports whether a source is the peer's own record of g: for
// CAiT, data.collectiveaction.tech/action/N; for either peer, a source
// titled "<peer name>, action N".
func isRecord(s dataset.Source, g Gap) bool {
	name := map[string]string{"CAiT": "Collective Action in Tech", "LAT": "Labor Action Tracker"}[g.Peer]
	if name != "" && strings.EqualFold(s.Title, name+", action "+g.ID) {
		return true
	}
	return g.Peer == "CAiT" && pageKey(s.URL) == "data.collectiveaction.tech/action/"+g.ID
}

func endOf(e *dataset.Event) dataset.Date {
	if e.EndDate.IsZero() {
		return e.Date
	}
	return e.EndDate
}

// daysApart is the gap in days between the periods [a1, a2] and [b1, b2],
// each date standing for its whole period; 0 if they overlap.
func daysApart(a1, a2, b1, b2 dataset.Date) int {
	as, ae, bs, be := first(a1), last(a2), first(b1), last(b2)
	switch {
	case ae.Before(bs):
		return int(bs.Sub(ae).Hours() / 24)
	case be.Before(as):
		return int(as.Sub(be).Hours() / 24)
	}
	return 0
}

func first(d dataset.Date) time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

func last(d dataset.Date) time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return first(d)
}

// countryWords are the country-only places the peers write.
var countryWords = map[string]string{"usa": "US", "us": "US", "united states": "US", "uk": "GB", "united kingdom": "GB"}

// samePlace reports whether the event happened in one of the peer's
// places: the place's locality (its first part, "Bessemer" of "Bessemer,
// Alabama, US") is the locality of the event's place or the city of one of
// its facilities, one containing the other; a country-only place
// ("usa") matches an event in that country; "worldwide" an international
// event.
func samePlace(d *dataset.Dataset, e *dataset.Event, places []string) bool {
	var mine []string
	if loc := locality(e.Place); loc != "" {
		mine = append(mine, loc)
	}
	for _, code := range e.Facilities {
		if f, ok := d.Facility(code); ok && f.City != "" {
			mine = append(mine, locality(f.City))
		}
	}
	for _, p := range places {
		loc := locality(p)
		if c, ok := countryWords[loc]; ok && strings.Count(p, ",") == 0 {
			// A country-wide action: an event across the country, not one
			// somewhere in it.
			wide := e.Place == "" || e.Precision == dataset.AtCountry || e.Precision == dataset.Multiple
			for _, ec := range e.Countries {
				if ec == c && wide {
					return true
				}
			}
			continue
		}
		if loc == "worldwide" {
			if e.International {
				return true
			}
			continue
		}
		for _, m := range mine {
			if loc != "" && (strings.Contains(m, loc) || strings.Contains(loc, m)) {
				return true
			}
		}
	}
	return false
}

// kindGroups are the LaborLens kinds that can record each kind the peers
// use.
var kindGroups = map[string][]dataset.Kind{
	"protest":     {dataset.Protest, dataset.Walkout, dataset.CampaignKind, dataset.Other},
	"strike":      {dataset.Strike, dataset.Walkout},
	"union drive": {dataset.UnionDrive, dataset.UnionElection, dataset.Petition},
	"petition":    {dataset.Petition, dataset.OpenLetter},
	"open letter": {dataset.OpenLetter, dataset.Petition},
	"lawsuit":     {dataset.Lawsuit},
}

// sameKind reports whether an event of kind k can record an action of the
// peer's kinds; a kind the table does not know matches any.
func sameKind(k dataset.Kind, peer []string) bool {
	if len(peer) == 0 {
		return true
	}
	for _, p := range peer {
		group, known := kindGroups[p]
		if !known {
			return true
		}
		for _, g := range group {
			if g == k {
				return true
			}
		}
	}
	return false
}

// orgNames reads the peer's organizations: "Amazon Labor Union (ALU) -
// Teamsters (IBT) [Local: 1]; Workers United" gives Amazon Labor Union,
// ALU, Teamsters, IBT and Workers United.
func orgNames(s string) []string {
	var out []string
	add := func(n string) {
		if n = strings.TrimSpace(n); len(n) >= 3 {
			out = append(out, strings.ToLower(n))
		}
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '[' || r == ']' }) {
		if strings.Contains(strings.ToLower(part), "local:") {
			continue
		}
		for _, name := range strings.Split(part, " - ") {
			name, acronym, _ := strings.Cut(name, "(")
			add(name)
			add(strings.TrimSuffix(strings.TrimSpace(acronym), ")"))
		}
	}
	return out
}

// sameOrg reports whether the event names one of the peer's organizations
// (by name, alias or id, one containing the other), or either names none.
func sameOrg(d *dataset.Dataset, e *dataset.Event, peer []string) bool {
	if len(peer) == 0 || len(e.Organizations) == 0 {
		return true
	}
	for _, id := range e.Organizations {
		names := []string{strings.ReplaceAll(id, "-", " ")}
		if o, ok := d.Org(id); ok {
			names = append(names, o.Name)
			names = append(names, o.Aliases...)
		}
		for _, n := range names {
			n = strings.ToLower(n)
			for _, p := range peer {
				if n == p || len(p) >= 8 && len(n) >= 8 && (strings.Contains(n, p) || strings.Contains(p, n)) {
					return true
				}
			}
		}
	}
	return false
}

// locality is the first comma-separated part of a place, in lower case.
func locality(p string) string {
	loc, _, _ := strings.Cut(p, ",")
	return strings.ToLower(strings.TrimSpace(loc))
}

// Coverage is how many of the gaps the dataset covers.
type Coverage struct {
	Gaps, Covered int
	Missing       []Gap
	Matches       map[string]string // "LAT 175" -> event id
}

// Cover matches every gap against d.
func Cover(d *dataset.Dataset, gaps []Gap) Coverage {
	c := Coverage{Gaps: len(gaps), Matches: map[string]string{}}
	for _, g := range gaps {
		if e, ok := Covered(d, g); ok {
			c.Covered++
			c.Matches[g.Peer+" "+g.ID] = e.ID
		} else {
			c.Missing = append(c.Missing, g)
		}
	}
	return c
}

// Write prints the coverage, and the gaps still missing.
func (c Coverage) Write(w io.Writer, name string) {
	fmt.Fprintf(w, "peer actions of %s the dataset covers: %s\n", name, share(c.Covered, c.Gaps))
	for _, g := range c.Missing {
		fmt.Fprintf(w, "  missing: %s %s, %s, %s\n", g.Peer, g.ID, g.From, strings.Join(g.Places, "; "))
	}
}
