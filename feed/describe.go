package feed

import (
	"strconv"
	"strings"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// Describe names the events a State finds, for a feed's title:
// "Strike · Germany", "Amazon Labor Union · 2022", or
// "worker organizing at Amazon" for everything.
func Describe(ds *dataset.Dataset, s query.State) string {
	var parts []string
	if s.Q != "" {
		parts = append(parts, "“"+strings.TrimSpace(s.Q)+"”")
	}
	var kinds []string
	for _, k := range s.Kinds {
		kinds = append(kinds, k.Label())
	}
	add := func(l []string) {
		if len(l) > 0 {
			parts = append(parts, strings.Join(l, " or "))
		}
	}
	add(kinds)
	var countries []string
	for _, c := range s.Countries {
		countries = append(countries, dataset.CountryName(c))
	}
	add(countries)
	var orgs []string
	for _, id := range s.Orgs {
		name := id
		if o, ok := ds.Org(id); ok {
			name = o.Name
		}
		orgs = append(orgs, name)
	}
	add(orgs)
	add(s.Facilities)
	var outcomes []string
	for _, o := range s.Outcomes {
		outcomes = append(outcomes, o.Label())
	}
	add(outcomes)
	if s.International {
		parts = append(parts, "international")
	}
	if s.Region != "" {
		parts = append(parts, s.Region)
	}
	switch {
	case s.From != 0 && s.From == s.To:
		parts = append(parts, strconv.Itoa(s.From))
	case s.From != 0 && s.To != 0:
		parts = append(parts, strconv.Itoa(s.From)+"–"+strconv.Itoa(s.To))
	case s.From != 0:
		parts = append(parts, "since "+strconv.Itoa(s.From))
	case s.To != 0:
		parts = append(parts, "until "+strconv.Itoa(s.To))
	}
	if s.Month >= 1 && s.Month <= 12 {
		parts = append(parts, time.Month(s.Month).String())
	}
	if len(parts) == 0 {
		return "worker organizing at Amazon"
	}
	return strings.Join(parts, " · ")
}
