package dataset

import (
	"fmt"
	"strconv"
	"strings"
)

// event fills e from the cells of a row, read through get(column).
func (c *csvReader) event(e *Event, at string, get func(string) string) {
	bad := func(field, format string, args ...any) {
		c.probs = append(c.probs, located{at: at, Problem: Problem{Field: field, Msg: fmt.Sprintf(format, args...)}})
	}
	date := func(field, s string) Date {
		d, err := parseCSVDate(s, c.dates)
		if err != nil && s != "" {
			bad(field, "%v (if a spreadsheet changed the date, format the column as text)", err)
		}
		return d
	}
	e.Date = date("date", get("date"))
	e.EndDate = date("end_date", get("end_date"))
	e.Title = get("title")
	e.Summary = get("summary")
	e.Kind = csvKind(get("kind"))
	e.ID = get("id")
	if e.ID == "" && e.Title != "" {
		e.ID = slugOr(e.Title, "event")
		if !e.Date.IsZero() {
			e.ID = e.Date.String() + "-" + e.ID
		}
	}
	for _, s := range split(get("countries")) {
		e.Countries = append(e.Countries, strings.ToUpper(s))
	}
	if s := get("international"); s != "" {
		b, ok := parseBool(s)
		if !ok {
			bad("international", "%q is not yes or no: leave it empty or write yes, no, true, false, 1 or 0", s)
		}
		e.International = b
	}
	e.Place = get("place")
	e.Region = get("region")
	e.Precision = PlacePrecision(strings.ToLower(get("place_precision")))
	e.FormerIDs = split(get("former_ids"))
	c.election(e, at, get, bad)
	e.Outcome = get("outcome")
	e.Demands = split(get("demands"))
	e.Tags = split(get("tags"))
	for _, s := range split(get("facilities")) {
		e.Facilities = appendNew(e.Facilities, c.facility(strings.ToUpper(s), e, at))
	}
	for _, s := range split(get("organizations")) {
		e.Organizations = appendNew(e.Organizations, c.org(s, at+".organizations"))
	}
	if s := get("campaign"); s != "" {
		e.Campaign = c.campaign(s, at+".campaign")
	}
	e.People = c.people(get("people"), at)
	e.Participants = c.participants(at, get, bad)
	e.Sources = c.sources(at, get, date)
}

// people reads "Name|Role|Organization" cells, the last two optional; an
// organization named for the first time is added.
func (c *csvReader) people(cell, at string) []Person {
	var out []Person
	for _, s := range split(cell) {
		parts := strings.SplitN(s, "|", 3)
		p := Person{Name: strings.TrimSpace(parts[0])}
		if len(parts) > 1 {
			p.Role = strings.TrimSpace(parts[1])
		}
		if len(parts) > 2 && strings.TrimSpace(parts[2]) != "" {
			p.Org = c.org(strings.TrimSpace(parts[2]), at+".people")
		}
		out = append(out, p)
	}
	return out
}

// participants reads the participants column and the columns that run
// parallel to it (what, counted by, note).
func (c *csvReader) participants(at string, get func(string) string, bad func(field, format string, args ...any)) []Participant {
	counts, whats, bys, notes := parallel(get("participants")), parallel(get("participants_what")), parallel(get("participants_counted_by")), parallel(get("participants_note"))
	c.parallel(at, "participants", "participants", counts, map[string][]string{"participants_what": whats, "participants_counted_by": bys, "participants_note": notes})
	var out []Participant
	for j, s := range counts {
		n, err := strconv.Atoi(countDigits.Replace(s))
		if err != nil {
			bad(fmt.Sprintf("participants[%d].count", j), "%q is not a whole number", s)
		}
		out = append(out, Participant{Count: n, What: item(whats, j), CountedBy: item(bys, j), Note: item(notes, j)})
	}
	return out
}

// sources reads the source URLs and the columns that run parallel to them
// (title, publisher, date).
func (c *csvReader) sources(at string, get func(string) string, date func(field, s string) Date) []Source {
	urls := parallel(get("source_urls"))
	titles, pubs, dates := parallel(get("source_titles")), parallel(get("source_publishers")), parallel(get("source_dates"))
	c.parallel(at, "sources", "source_urls", urls, map[string][]string{"source_titles": titles, "source_publishers": pubs, "source_dates": dates})
	var out []Source
	for j, u := range urls {
		out = append(out, Source{
			URL:       u,
			Title:     item(titles, j),
			Publisher: item(pubs, j),
			Date:      date(fmt.Sprintf("sources[%d].date", j), item(dates, j)),
		})
	}
	return out
}

// election fills e.Election from the election_* columns, if any is given.
func (c *csvReader) election(e *Event, at string, get func(string) string, bad func(field, format string, args ...any)) {
	el := Election{Result: strings.ToLower(get("election_result"))}
	if s := get("election_body"); s != "" {
		el.Body = c.org(s, at+".election.body")
	}
	given := el != Election{}
	for _, n := range []struct {
		col, field string
		p          **int
	}{
		{"election_eligible", "eligible", &el.Eligible}, {"election_votes_for", "votes_for", &el.VotesFor},
		{"election_votes_against", "votes_against", &el.VotesAgainst}, {"election_challenged", "challenged", &el.Challenged},
		{"election_void", "void", &el.Void},
	} {
		s := get(n.col)
		if s == "" {
			continue
		}
		given = true
		v, err := strconv.Atoi(countDigits.Replace(s))
		if err != nil {
			bad("election."+n.field, "%q is not a whole number", s)
		}
		*n.p = Int(v)
	}
	if given {
		e.Election = &el
	}
}

// countDigits drops the thousands separators people write in counts.
var countDigits = strings.NewReplacer(",", "", "_", "", " ", "", "\u00a0", "", "\u202f", "")

// parallel reports lists that should have as many items as the main one.
func (c *csvReader) parallel(at, field, main string, list []string, others map[string][]string) {
	for _, col := range sortedKeys(others) {
		if o := others[col]; len(o) > 0 && len(o) != len(list) {
			c.probs = append(c.probs, located{at: at, Problem: Problem{Field: field, Msg: fmt.Sprintf(
				"%s has %d items but %s has %d: the lists are parallel, one item for each (leave an item empty between semicolons)",
				col, len(o), main, len(list))}})
		}
	}
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for _, col := range csvColumns {
		if _, ok := m[col]; ok {
			keys = append(keys, col)
		}
	}
	return keys
}

// org returns the id of the organization named name, adding it if new.
func (c *csvReader) org(name, where string) string {
	id := slugOr(name, "org")
	if _, ok := c.orgs[id]; !ok {
		c.orgs[id] = len(c.d.Organizations)
		c.lines[fmt.Sprintf("organizations[%d]", len(c.d.Organizations))] = c.line(where)
		c.d.Organizations = append(c.d.Organizations, Organization{ID: id, Name: name, Kind: OtherOrg})
	}
	return id
}

// facility returns code, adding the facility if new, in the country of the
// event that first names it.
func (c *csvReader) facility(code string, e *Event, at string) string {
	country := ""
	if len(e.Countries) > 0 {
		country = e.Countries[0]
	}
	i, ok := c.facilities[code]
	if !ok {
		i = len(c.d.Facilities)
		c.facilities[code] = i
		c.lines[fmt.Sprintf("facilities[%d]", i)] = c.line(at + ".facilities")
		c.d.Facilities = append(c.d.Facilities, Facility{Code: code, Country: country})
		return code
	}
	f := &c.d.Facilities[i]
	switch {
	case f.Country == "":
		f.Country = country
	case country != "" && country != f.Country && !e.International:
		c.probs = append(c.probs, located{at: at, Problem: Problem{Field: "facilities", Msg: fmt.Sprintf(
			"facility %s is in %s (line %d), but this event's first country is %s",
			code, f.Country, c.lines[fmt.Sprintf("facilities[%d]", i)], country)}})
	}
	return code
}

// campaign returns the id of the campaign named name, adding it if new.
func (c *csvReader) campaign(name, where string) string {
	id := slugOr(name, "campaign")
	if _, ok := c.campaigns[id]; !ok {
		c.campaigns[id] = len(c.d.Campaigns)
		c.lines[fmt.Sprintf("campaigns[%d]", len(c.d.Campaigns))] = c.line(where)
		c.d.Campaigns = append(c.d.Campaigns, Campaign{ID: id, Name: name})
	}
	return id
}

// csvKind reads a kind written as its id ("union-election") or its label
// ("Union election"), in any case.
func csvKind(s string) Kind {
	k := Kind(strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), "-")))
	if k.Known() {
		return k
	}
	for _, i := range kinds {
		if strings.EqualFold(i.Label, strings.TrimSpace(s)) {
			return i.Kind
		}
	}
	return Kind(s)
}

func parseBool(s string) (value, ok bool) {
	switch strings.ToLower(s) {
	case "yes", "y", "true", "t", "1", "x", "✓":
		return true, true
	case "no", "n", "false", "f", "0":
		return false, true
	}
	return false, false
}

// splitList cuts a list at each ";" that is not escaped as "\;"; "\\"
// is a backslash, and any other backslash stands for itself.
func splitList(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && (s[i+1] == ';' || s[i+1] == '\\'):
			i++
			b.WriteByte(s[i])
		case s[i] == ';':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(out, b.String())
}

// split reads a ;-separated list, dropping empty items.
func split(s string) []string {
	var out []string
	for _, x := range splitList(s) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// parallel reads a ;-separated list whose items line up with another
// list's, so empty items keep their place; a trailing ";" is ignored.
func parallel(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	out := splitList(s)
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	if len(out) > 1 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

func item(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
