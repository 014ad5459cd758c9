package dataset

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

func (v *validator) events() {
	ids := map[string]int{}
	byTitle := map[string]int{}  // date + normalized title -> index
	bySource := map[string]int{} // date + kind + first source -> index
	for i := range v.d.Events {
		e := &v.d.Events[i]
		v.record("event", e.ID, fmt.Sprintf("events[%d]", i))
		v.id("id", e.ID, i, ids, "events")
		v.dates(e)
		v.text("title", e.Title, true)
		if strings.ContainsAny(e.Title, "\r\n") {
			v.add("title", "must be a single line")
		}
		v.text("summary", e.Summary, true)
		v.kind(e.Kind)
		v.places(e)
		for j, code := range e.Facilities {
			v.ref(fmt.Sprintf("facilities[%d]", j), "facility", code, v.facilities, "facilities")
		}
		for j, id := range e.Organizations {
			v.ref(fmt.Sprintf("organizations[%d]", j), "organization", id, v.orgs, "organizations")
		}
		for j, p := range e.People {
			f := fmt.Sprintf("people[%d]", j)
			v.text(f+".name", p.Name, true)
			v.text(f+".role", p.Role, false)
			if p.Org != "" {
				v.ref(f+".organization", "organization", p.Org, v.orgs, "organizations")
			}
		}
		for j, p := range e.Participants {
			f := fmt.Sprintf("participants[%d]", j)
			if p.Count <= 0 {
				v.add(f+".count", "must be more than 0, got %d", p.Count)
			}
			if strings.TrimSpace(p.What) == "" {
				v.add(f+".what", `missing: say what the count counts, e.g. "walked out" or "signed"`)
			}
		}
		for j, s := range e.Demands {
			v.text(fmt.Sprintf("demands[%d]", j), s, true)
		}
		for j, s := range e.Tags {
			v.text(fmt.Sprintf("tags[%d]", j), s, true)
		}
		v.text("outcome", e.Outcome, false)
		if e.Campaign != "" {
			v.ref("campaign", "campaign", e.Campaign, v.campaigns, "campaigns")
		}
		v.election(e)
		v.precision(e)
		v.sources(e)
		if e.Date.IsZero() {
			continue
		}
		if t := normTitle(e.Title); t != "" {
			key := e.Date.String() + "\x00" + t
			if j, dup := byTitle[key]; dup {
				v.add("title", "same date and title as %s: is it a duplicate?", v.d.recordName(fmt.Sprintf("events[%d]", j)))
			} else {
				byTitle[key] = i
			}
		}
		if len(e.Sources) > 0 && e.Sources[0].URL != "" {
			key := e.Date.String() + "\x00" + string(e.Kind) + "\x00" + normURL(e.Sources[0].URL)
			if j, dup := bySource[key]; dup {
				v.add("sources[0].url", "same date, kind and first source as %s: is it a duplicate?", v.d.recordName(fmt.Sprintf("events[%d]", j)))
			} else {
				bySource[key] = i
			}
		}
	}
	v.formerIDs(ids)
}

func (v *validator) dates(e *Event) {
	if e.Date.IsZero() {
		v.add("date", "missing: give YYYY, YYYY-MM or YYYY-MM-DD")
	}
	v.future("date", e.Date)
	if e.EndDate.IsZero() {
		return
	}
	v.future("end_date", e.EndDate)
	if !e.Date.IsZero() && e.EndDate.last().Compare(e.Date.first()) < 0 {
		v.add("end_date", "%s is before the date %s", e.EndDate, e.Date)
	}
}

// future reports a date after the year following meta.updated.
func (v *validator) future(field string, d Date) {
	if v.maxYear > 0 && d.Year > v.maxYear {
		v.add(field, "%s is in the far future: after %d, the year after the dataset's updated date %s", d, v.maxYear, v.d.Meta.Updated)
	}
}

// first is the first day of the period d stands for.
func (d Date) first() Date {
	return Date{d.Year, max(d.Month, 1), max(d.Day, 1)}
}

// last is the last day of the period d stands for.
func (d Date) last() Date {
	switch d.Precision() {
	case Year:
		return Date{d.Year, 12, 31}
	case Month:
		return Date{d.Year, d.Month, daysIn(d.Year, d.Month)}
	}
	return d
}

func (v *validator) kind(k Kind) {
	switch {
	case k == "":
		v.add("kind", "missing; want one of %s", strings.Join(kindNames(), ", "))
	case !k.Known():
		v.add("kind", "unknown kind %q%s; want one of %s", k, didYouMean(string(k), kindNames()), strings.Join(kindNames(), ", "))
	}
}

func (v *validator) places(e *Event) {
	if len(e.Countries) == 0 && !e.International {
		v.add("countries", "missing: list at least one country, or set international")
	}
	seen := map[string]bool{}
	for j, c := range e.Countries {
		f := fmt.Sprintf("countries[%d]", j)
		v.country(f, c)
		if seen[c] {
			v.add(f, "%q is listed twice", c)
		}
		seen[c] = true
	}
	v.text("place", e.Place, false)
}

func (v *validator) sources(e *Event) {
	if len(e.Sources) == 0 {
		v.add("sources", "missing: give at least one source with an http(s) URL")
		return
	}
	seen := map[string]int{}
	for j, s := range e.Sources {
		f := fmt.Sprintf("sources[%d]", j)
		v.url(f+".url", s.URL)
		v.text(f+".title", s.Title, false)
		v.text(f+".publisher", s.Publisher, false)
		v.future(f+".date", s.Date)
		v.sourceLabel(f, s)
		if s.URL == "" {
			continue
		}
		n := normURL(s.URL)
		if k, dup := seen[n]; dup {
			v.add(f+".url", "same URL as sources[%d]", k)
			continue
		}
		seen[n] = j
	}
}

// normTitle folds a title for comparison: lower case, words of letters and
// digits separated by single spaces.
func normTitle(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// normURL folds a URL for comparison: scheme, "www.", fragment and a
// trailing slash do not matter, nor does the case of the host.
func normURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return s
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	p := strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return host + p
}
