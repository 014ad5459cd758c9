package dataset

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Synthetic makes a valid, sorted and indexed dataset of n events, with
// organizations, facilities and campaigns in proportion, for benchmarks
// and tests. The same n and seed always give the same dataset. The text is
// made-up and the URLs point to example.org.
func Synthetic(n int, seed int64) *Dataset {
	s := synth{rand.New(rand.NewPCG(uint64(seed), 0x1abe11e5))}
	d := &Dataset{Meta: Meta{
		Title:       "Synthetic LaborLens dataset",
		Description: fmt.Sprintf("%d made-up events for benchmarks (seed %d).", n, seed),
		Version:     "synthetic",
		Updated:     "2026-11-01",
		License:     "CC0-1.0",
		CodeLicense: "unspecified",
	}}
	d.Organizations = s.organizations(max(5, n/25))
	d.Facilities = s.facilities(max(5, n/15))
	d.Campaigns = s.campaigns(max(2, n/100))
	for i := range n {
		d.Events = append(d.Events, s.event(d, i))
	}
	d.sort()
	d.index()
	return d
}

// synth draws the made-up records from one random stream: the order of the
// draws is what makes the same seed give the same dataset.
type synth struct{ rng *rand.Rand }

func (s synth) pick(list []string) string { return list[s.rng.IntN(len(list))] }

// some picks lo to hi different items of list.
func (s synth) some(list []string, lo, hi int) []string {
	k := lo + s.rng.IntN(hi-lo+1)
	var out []string
	for range k {
		out = appendNew(out, s.pick(list))
	}
	return out
}

func (s synth) organizations(n int) []Organization {
	var out []Organization
	for i := range n {
		name := fmt.Sprintf("%s %s %s", s.pick(synPlaces), s.pick(synOrgWords), s.pick(synOrgTails))
		kind := orgKinds[s.rng.IntN(len(orgKinds))].Kind
		out = append(out, Organization{
			ID: fmt.Sprintf("%s-%d", Slug(name), i), Name: name, Kind: kind,
			Country: s.pick(synCountries), Website: fmt.Sprintf("https://org%d.example.org/", i),
			Description: fmt.Sprintf("A %s of workers in %s.", strings.ToLower(kind.Label()), s.pick(synPlaces)),
		})
	}
	return out
}

// facilities are coded AAA1, BAA1, … as their number spells it in base 26.
func (s synth) facilities(n int) []Facility {
	var out []Facility
	for i := range n {
		code := string([]byte{byte('A' + i%26), byte('A' + i/26%26), byte('A' + i/676%26), byte('1' + i/17576%9)})
		out = append(out, Facility{
			Code: code, Name: "Amazon " + code, City: s.pick(synPlaces),
			Country: s.pick(synCountries), Type: facilityTypes[s.rng.IntN(len(facilityTypes))].Type,
		})
	}
	return out
}

func (s synth) campaigns(n int) []Campaign {
	var out []Campaign
	for i := range n {
		name := fmt.Sprintf("%s %s %d", s.pick(synPlaces), s.pick(synCampaigns), 2012+i%15)
		out = append(out, Campaign{ID: fmt.Sprintf("%s-%d", Slug(name), i), Name: name})
	}
	return out
}

// event makes the i-th event, at one of d's facilities, by some of its
// organizations.
func (s synth) event(d *Dataset, i int) Event {
	k := kinds[s.rng.IntN(len(kinds))]
	date := s.date()
	f := d.Facilities[s.rng.IntN(len(d.Facilities))]
	issues := s.some(synIssues, 2, 2)
	title := fmt.Sprintf("%s at %s over %s, no. %d", k.Label, f.Code, strings.Join(issues, " and "), i+1)
	e := Event{
		ID:      fmt.Sprintf("%s-%s-%d", date, Slug(string(k.Kind)+" "+f.Code), i+1),
		Date:    date,
		Title:   title,
		Summary: s.summary(k, f, issues),
		Kind:    k.Kind,
		Place:   f.City,
		Demands: s.some(synDemands, 0, 3),
		Tags:    s.some(synTags, 1, 4),
	}
	if s.rng.IntN(20) == 0 {
		e.International = true
	} else {
		e.Countries = []string{f.Country}
		if s.rng.IntN(5) == 0 {
			e.Countries = appendNew(e.Countries, s.pick(synCountries))
		}
		e.Facilities = []string{f.Code}
	}
	if s.rng.IntN(4) == 0 {
		e.EndDate = date.last()
	}
	s.people(&e, d.Organizations)
	if s.rng.IntN(3) > 0 {
		e.Participants = []Participant{{Count: 10 + s.rng.IntN(5000), What: s.pick(synWhat), CountedBy: s.pick(synCounters)}}
	}
	if s.rng.IntN(3) == 0 {
		e.Outcome = "Amazon " + s.pick(synOutcomes) + "."
	}
	if s.rng.IntN(5) == 0 {
		e.Campaign = d.Campaigns[s.rng.IntN(len(d.Campaigns))].ID
	}
	e.Sources = s.sources(e.ID, title, date)
	return e
}

// date is a date from 2012 to 2026: one in twenty is a year only, one in
// ten a month, the rest a day.
func (s synth) date() Date {
	date := Date{Year: 2012 + s.rng.IntN(15), Month: 1 + s.rng.IntN(12)}
	switch p := s.rng.IntN(20); {
	case p == 0:
		date.Month = 0
	case p > 2:
		date.Day = 1 + s.rng.IntN(daysIn(date.Year, date.Month))
	}
	return date
}

// people adds one to three organizations to e and up to two people of them.
func (s synth) people(e *Event, orgs []Organization) {
	for range 1 + s.rng.IntN(3) {
		e.Organizations = appendNew(e.Organizations, orgs[s.rng.IntN(len(orgs))].ID)
	}
	for j := range s.rng.IntN(3) {
		e.People = append(e.People, Person{
			Name: s.pick(synFirst) + " " + s.pick(synLast), Role: s.pick(synRoles),
			Org: e.Organizations[j%len(e.Organizations)],
		})
	}
}

func (s synth) sources(id, title string, date Date) []Source {
	var out []Source
	for j := range 1 + s.rng.IntN(3) {
		out = append(out, Source{
			URL:       fmt.Sprintf("https://news%d.example.org/%d/%s-%d", s.rng.IntN(40), date.Year, id, j),
			Title:     fmt.Sprintf("%s: %s", s.pick(synPlaces), strings.ToLower(title)),
			Publisher: fmt.Sprintf("Example News %d", s.rng.IntN(40)),
			Date:      date,
		})
	}
	return out
}

func (s synth) summary(k KindInfo, f Facility, issues []string) string {
	text := fmt.Sprintf("Workers at the %s %s in %s took part in a %s about %s. ",
		strings.ToLower(f.Type.Label()), f.Code, f.City, strings.ToLower(k.Label), strings.Join(issues, " and "))
	text += fmt.Sprintf("Organizers said %s %s, while Amazon said %s. ", s.pick(synWhoSaid), s.pick(synClaims), s.pick(synReplies))
	if s.rng.IntN(2) == 0 {
		text += fmt.Sprintf("The action followed earlier %s in %s.", s.pick(synIssues), s.pick(synPlaces))
	}
	return strings.TrimSpace(text)
}

var (
	synPlaces    = []string{"Bessemer", "Staten Island", "Coventry", "Bad Hersfeld", "Leipzig", "Piacenza", "Saran", "Poznań", "Madrid", "Chennai", "Tokyo", "Montréal", "São Paulo", "Sydney", "Garner", "Moreno Valley", "Shakopee", "Dortmund", "Barcelona", "Turin", "Brieselang", "Rugeley", "Tilbury", "Bengaluru"}
	synCountries = []string{"US", "US", "US", "GB", "DE", "DE", "FR", "IT", "ES", "PL", "IN", "JP", "CA", "BR", "AU", "MX", "IE", "NL", "SE", "CZ"}
	synOrgWords  = []string{"Amazon", "Warehouse", "Logistics", "Delivery", "Tech", "Retail", "Transport", "Workers"}
	synOrgTails  = []string{"Union", "Workers United", "Solidarity Network", "Coalition", "Organizing Committee", "Council", "Alliance", "Collective"}
	synCampaigns = []string{"union vote", "Prime Day strikes", "heat campaign", "Make Amazon Pay", "pay campaign", "safety campaign"}
	synIssues    = []string{"pay", "heat", "safety", "productivity quotas", "breaks", "surveillance", "scheduling", "union recognition", "injuries", "staffing", "retaliation", "bathroom breaks", "peak season hours", "COVID-19 protections", "job cuts"}
	synDemands   = []string{"A raise of $3 an hour", "Longer breaks", "Air conditioning", "Recognition of the union", "An end to rate quotas", "Paid sick leave", "Reinstatement of fired organizers", "A collective agreement"}
	synTags      = []string{"heat", "pay", "safety", "covid-19", "peak", "prime-day", "quotas", "surveillance", "retaliation", "climate", "drivers", "black-friday"}
	synWhat      = []string{"walked out", "struck", "signed", "voted", "bargaining unit", "pledged", "marched", "rallied"}
	synCounters  = []string{"organizers", "union", "Amazon", "police", "reporter"}
	synOutcomes  = []string{"raised pay by $1 an hour", "declined to comment", "disputed the figures", "agreed to talks", "fired two organizers", "installed new fans"}
	synWhoSaid   = []string{"hundreds of workers", "most of the shift", "several dozen workers", "about a third of the staff"}
	synClaims    = []string{"joined the action", "signed the demands", "stayed out for the day", "supported the union"}
	synReplies   = []string{"operations were not affected", "few workers took part", "it respects the right to protest", "pay is already competitive"}
	synFirst     = []string{"Alex", "Maria", "Jennifer", "Chris", "Darryl", "Sabine", "Luca", "Aisha", "Kenji", "Priya", "Tomasz", "Emily"}
	synLast      = []string{"Smith", "Bates", "Nguyen", "Müller", "Rossi", "Kowalski", "García", "Okafor", "Sato", "Patel", "Brown", "Dupont"}
	synRoles     = []string{"warehouse worker", "organizer", "union president", "Amazon spokesperson", "driver", "shop steward"}
)
