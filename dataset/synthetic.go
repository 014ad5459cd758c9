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
	rng := rand.New(rand.NewPCG(uint64(seed), 0x1abe11e5))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	some := func(list []string, lo, hi int) []string {
		k := lo + rng.IntN(hi-lo+1)
		var out []string
		for range k {
			out = appendNew(out, pick(list))
		}
		return out
	}
	d := &Dataset{Meta: Meta{
		Title:       "Synthetic LaborLens dataset",
		Description: fmt.Sprintf("%d made-up events for benchmarks (seed %d).", n, seed),
		Version:     "synthetic",
		Updated:     "2026-11-01",
		License:     "CC0-1.0",
		CodeLicense: "unspecified",
	}}

	for i := range max(5, n/25) {
		name := fmt.Sprintf("%s %s %s", pick(synPlaces), pick(synOrgWords), pick(synOrgTails))
		kind := orgKinds[rng.IntN(len(orgKinds))].Kind
		d.Organizations = append(d.Organizations, Organization{
			ID: fmt.Sprintf("%s-%d", Slug(name), i), Name: name, Kind: kind,
			Country: pick(synCountries), Website: fmt.Sprintf("https://org%d.example.org/", i),
			Description: fmt.Sprintf("A %s of workers in %s.", strings.ToLower(kind.Label()), pick(synPlaces)),
		})
	}
	for i := range max(5, n/15) {
		code := string([]byte{byte('A' + i%26), byte('A' + i/26%26), byte('A' + i/676%26), byte('1' + i/17576%9)})
		d.Facilities = append(d.Facilities, Facility{
			Code: code, Name: "Amazon " + code, City: pick(synPlaces),
			Country: pick(synCountries), Type: facilityTypes[rng.IntN(len(facilityTypes))].Type,
		})
	}
	for i := range max(2, n/100) {
		name := fmt.Sprintf("%s %s %d", pick(synPlaces), pick(synCampaigns), 2012+i%15)
		d.Campaigns = append(d.Campaigns, Campaign{ID: fmt.Sprintf("%s-%d", Slug(name), i), Name: name})
	}

	for i := range n {
		k := kinds[rng.IntN(len(kinds))]
		date := Date{Year: 2012 + rng.IntN(15), Month: 1 + rng.IntN(12)}
		switch p := rng.IntN(20); {
		case p == 0:
			date.Month = 0
		case p > 2:
			date.Day = 1 + rng.IntN(daysIn(date.Year, date.Month))
		}
		f := d.Facilities[rng.IntN(len(d.Facilities))]
		issues := some(synIssues, 2, 2)
		title := fmt.Sprintf("%s at %s over %s, no. %d", k.Label, f.Code, strings.Join(issues, " and "), i+1)
		e := Event{
			ID:      fmt.Sprintf("%s-%s-%d", date, Slug(string(k.Kind)+" "+f.Code), i+1),
			Date:    date,
			Title:   title,
			Summary: synSummary(rng, pick, k, f, issues),
			Kind:    k.Kind,
			Place:   f.City,
			Demands: some(synDemands, 0, 3),
			Tags:    some(synTags, 1, 4),
		}
		if rng.IntN(20) == 0 {
			e.International = true
		} else {
			e.Countries = []string{f.Country}
			if rng.IntN(5) == 0 {
				e.Countries = appendNew(e.Countries, pick(synCountries))
			}
			e.Facilities = []string{f.Code}
		}
		if rng.IntN(4) == 0 {
			e.EndDate = date.last()
		}
		for range 1 + rng.IntN(3) {
			e.Organizations = appendNew(e.Organizations, d.Organizations[rng.IntN(len(d.Organizations))].ID)
		}
		for j := range rng.IntN(3) {
			e.People = append(e.People, Person{
				Name: pick(synFirst) + " " + pick(synLast), Role: pick(synRoles),
				Org: e.Organizations[j%len(e.Organizations)],
			})
		}
		if rng.IntN(3) > 0 {
			e.Participants = []Participant{{Count: 10 + rng.IntN(5000), What: pick(synWhat), CountedBy: pick(synCounters)}}
		}
		if rng.IntN(3) == 0 {
			e.Outcome = "Amazon " + pick(synOutcomes) + "."
		}
		if rng.IntN(5) == 0 {
			e.Campaign = d.Campaigns[rng.IntN(len(d.Campaigns))].ID
		}
		for j := range 1 + rng.IntN(3) {
			e.Sources = append(e.Sources, Source{
				URL:       fmt.Sprintf("https://news%d.example.org/%d/%s-%d", rng.IntN(40), date.Year, e.ID, j),
				Title:     fmt.Sprintf("%s: %s", pick(synPlaces), strings.ToLower(title)),
				Publisher: fmt.Sprintf("Example News %d", rng.IntN(40)),
				Date:      date,
			})
		}
		d.Events = append(d.Events, e)
	}
	d.sort()
	d.index()
	return d
}

func synSummary(rng *rand.Rand, pick func([]string) string, k KindInfo, f Facility, issues []string) string {
	s := fmt.Sprintf("Workers at the %s %s in %s took part in a %s about %s. ",
		strings.ToLower(f.Type.Label()), f.Code, f.City, strings.ToLower(k.Label), strings.Join(issues, " and "))
	s += fmt.Sprintf("Organizers said %s %s, while Amazon said %s. ", pick(synWhoSaid), pick(synClaims), pick(synReplies))
	if rng.IntN(2) == 0 {
		s += fmt.Sprintf("The action followed earlier %s in %s.", pick(synIssues), pick(synPlaces))
	}
	return strings.TrimSpace(s)
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
