package dataset

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Validate checks the dataset against the rules in docs/dataset.md and
// returns every problem found, or nil. The problems name the record and
// field but carry no file or line; Parse adds those.
func (d *Dataset) Validate() Problems { return unlocated(d.validate()) }

// unlocated drops the paths of problems; nil if there are none.
func unlocated(ls []located) Problems {
	if len(ls) == 0 {
		return nil
	}
	ps := make(Problems, len(ls))
	for i, l := range ls {
		ps[i] = l.Problem
		ps[i].At = l.at
	}
	return ps
}

// validator collects the problems of one dataset.
type validator struct {
	d       *Dataset
	probs   []located
	at, rec string // path and name of the current record
	maxYear int    // dates after this year are in the far future; 0: unknown

	orgs       map[string]int // id -> index
	facilities map[string]int // code -> index
	campaigns  map[string]int // id -> index
}

func (d *Dataset) validate() []located {
	v := &validator{
		d:          d,
		orgs:       map[string]int{},
		facilities: map[string]int{},
		campaigns:  map[string]int{},
	}
	v.probs = d.limitProblems()
	v.meta()
	for i := range d.Organizations {
		v.org(i)
	}
	for i := range d.Facilities {
		v.facility(i)
	}
	for i := range d.Campaigns {
		v.campaign(i)
	}
	v.events()
	return v.probs
}

// record makes the record at path at, named what and id, the current one.
func (v *validator) record(what, id, at string) {
	v.at, v.rec = at, name(what, id, at)
}

// add records a problem with field of the current record.
func (v *validator) add(field, format string, args ...any) {
	v.probs = append(v.probs, located{at: v.at, Problem: Problem{
		Record: v.rec, Field: field, Msg: fmt.Sprintf(format, args...),
	}})
}

func (v *validator) meta() {
	m := v.d.Meta
	v.record("", "", "meta")
	v.text("title", m.Title, true)
	v.text("version", m.Version, true)
	v.text("license", m.License, true)
	if m.Updated == "" {
		v.add("updated", "missing: give the date of this version as YYYY-MM-DD")
		return
	}
	u, err := ParseDate(m.Updated)
	switch {
	case err != nil:
		v.add("updated", "%v", err)
	case u.Precision() != Day:
		v.add("updated", "%q is not a full date: want YYYY-MM-DD", m.Updated)
	default:
		v.maxYear = u.Year + 1
	}
}

// text checks a free-text field: present if required, trimmed, one line
// unless multiline.
func (v *validator) text(field, s string, required bool) {
	switch {
	case s == "":
		if required {
			v.add(field, "missing")
		}
	case strings.TrimSpace(s) == "":
		v.add(field, "is blank")
	case strings.TrimSpace(s) != s:
		v.add(field, "has leading or trailing spaces: %q", s)
	}
}

// id checks an id's form and uniqueness among seen (id -> index).
func (v *validator) id(field, id string, i int, seen map[string]int, section string) {
	switch {
	case id == "":
		v.add(field, "missing")
		return
	case !IsSlug(id):
		v.add(field, "%q is not a valid id: use lower-case letters a-z, digits and single hyphens, e.g. %q", id, Slug(id))
	}
	if j, dup := seen[id]; dup {
		v.add(field, "duplicate id %q, also used by %s[%d]", id, section, j)
		return
	}
	seen[id] = i
}

func (v *validator) country(field, code string) {
	if KnownCountry(code) {
		return
	}
	hint := ""
	switch up := strings.ToUpper(strings.TrimSpace(code)); {
	case up == "UK":
		hint = ` (the code of the United Kingdom is "GB")`
	case up == "EL":
		hint = ` (the code of Greece is "GR")`
	case up == "EU":
		hint = " (for the European Union, list the member states or set international)"
	case up != code && KnownCountry(up):
		hint = fmt.Sprintf(" (did you mean %q?)", up)
	}
	v.add(field, "unknown country code %q%s: want an ISO 3166-1 alpha-2 code such as US, DE or GB", code, hint)
}

// url checks that s is an absolute http(s) URL with a host.
func (v *validator) url(field, s string) {
	if s == "" {
		v.add(field, "missing")
		return
	}
	if strings.ContainsAny(s, " \t\r\n") {
		v.add(field, "%q contains spaces: encode them as %%20", s)
		return
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		v.add(field, "%q is not a valid URL: %v", s, unwrapURLError(err))
	case u.Scheme != "http" && u.Scheme != "https":
		v.add(field, "%q is not an http or https URL", s)
	case u.Host == "" || u.Hostname() == "":
		v.add(field, "%q has no host: want an absolute URL such as https://example.org/page", s)
	case u.User != nil:
		// https://good.example@evil.example/ reads as one site and opens another.
		v.add(field, "%q has a user name before the host (%q@): it reads as one site and opens %s; remove it", s, u.User.String(), u.Hostname())
	}
}

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

func (v *validator) org(i int) {
	o := &v.d.Organizations[i]
	v.record("organization", o.ID, fmt.Sprintf("organizations[%d]", i))
	v.id("id", o.ID, i, v.orgs, "organizations")
	v.text("name", o.Name, true)
	for j, a := range o.Aliases {
		v.text(fmt.Sprintf("aliases[%d]", j), a, true)
	}
	switch {
	case o.Kind == "":
		v.add("kind", "missing; want one of %s", strings.Join(orgKindNames(), ", "))
	case !o.Kind.Known():
		v.add("kind", "unknown organization kind %q%s; want one of %s",
			o.Kind, didYouMean(string(o.Kind), orgKindNames()), strings.Join(orgKindNames(), ", "))
	}
	if o.Country != "" {
		v.country("country", o.Country)
	}
	if o.Website != "" {
		v.url("website", o.Website)
	}
}

func (v *validator) facility(i int) {
	f := &v.d.Facilities[i]
	v.record("facility", f.Code, fmt.Sprintf("facilities[%d]", i))
	switch {
	case f.Code == "":
		v.add("code", "missing")
	case !IsFacilityCode(f.Code):
		v.add("code", "%q is not a valid facility code: want 3 to 6 upper-case letters A-Z and digits, e.g. JFK8", f.Code)
	}
	if j, dup := v.facilities[f.Code]; dup && f.Code != "" {
		v.add("code", "duplicate code %q, also used by facilities[%d]", f.Code, j)
	} else if f.Code != "" {
		v.facilities[f.Code] = i
	}
	v.text("name", f.Name, false)
	if f.Country == "" {
		v.add("country", "missing")
	} else {
		v.country("country", f.Country)
	}
	if f.Type != "" && !f.Type.Known() {
		v.add("type", "unknown facility type %q%s; want one of %s",
			f.Type, didYouMean(string(f.Type), facilityTypeNames()), strings.Join(facilityTypeNames(), ", "))
	}
	v.coordinates(f)
}

// coordinates checks a facility's place on the map: a latitude and a
// longitude in range, given together, with their precision.
func (v *validator) coordinates(f *Facility) {
	if f.Lat < -90 || f.Lat > 90 {
		v.add("lat", "%v is not a latitude: want -90 to 90", f.Lat)
	}
	if f.Lon < -180 || f.Lon > 180 {
		v.add("lon", "%v is not a longitude: want -180 to 180", f.Lon)
	}
	switch {
	case (f.Lat == 0) != (f.Lon == 0):
		v.add("lat", "give lat and lon together, or neither")
	case f.Placed() && f.CoordPrecision == "":
		v.add("coord_precision", "missing: say what lat and lon locate, %q or %q", PreciseFacility, PreciseCity)
	case !f.Placed() && f.CoordPrecision != "":
		v.add("coord_precision", "given without lat and lon")
	}
	switch f.CoordPrecision {
	case "", PreciseFacility, PreciseCity:
	default:
		v.add("coord_precision", "unknown precision %q; want %q or %q", f.CoordPrecision, PreciseFacility, PreciseCity)
	}
}

func (v *validator) campaign(i int) {
	c := &v.d.Campaigns[i]
	v.record("campaign", c.ID, fmt.Sprintf("campaigns[%d]", i))
	v.id("id", c.ID, i, v.campaigns, "campaigns")
	v.text("name", c.Name, true)
}

// ref checks a reference to an organization, facility or campaign.
func (v *validator) ref(field, what, id string, known map[string]int, section string) {
	if id == "" {
		v.add(field, "empty %s reference", what)
		return
	}
	if _, ok := known[id]; ok {
		return
	}
	ids := make([]string, 0, len(known))
	for k := range known {
		ids = append(ids, k)
	}
	slices.Sort(ids) // so that suggestions are stable
	v.add(field, "unknown %s %q%s; add it to %s", what, id, didYouMean(id, ids), section)
}
