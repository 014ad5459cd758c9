package dataset

import (
	"strings"
	"testing"
)

// small returns a valid dataset to break, one rule at a time.
func small() *Dataset {
	return &Dataset{
		Meta: Meta{Title: "Test", Version: "1", Updated: "2026-11-01", License: "CC-BY-4.0"},
		Organizations: []Organization{
			{ID: "amazon-labor-union", Name: "Amazon Labor Union", Kind: Union, Country: "US"},
			{ID: "verdi", Name: "ver.di", Kind: Union, Country: "DE", Website: "https://example.org/verdi"},
		},
		Facilities: []Facility{
			{Code: "JFK8", City: "Staten Island", Country: "US", Type: FulfillmentCenter, Lat: 40.56, Lon: -74.14, CoordPrecision: PreciseCity},
			{Code: "LEJ1", City: "Leipzig", Country: "DE"},
		},
		Campaigns: []Campaign{{ID: "make-amazon-pay", Name: "Make Amazon Pay"}},
		Events: []Event{
			{
				ID: "2022-04-01-jfk8-union-election", Date: Date{2022, 4, 1},
				Title: "JFK8 votes for the ALU", Summary: "Workers at JFK8 voted for the union.",
				Kind: UnionElection, Countries: []string{"US"}, Facilities: []string{"JFK8"},
				Organizations: []string{"amazon-labor-union"},
				People:        []Person{{Name: "Christian Smalls", Role: "President", Org: "amazon-labor-union"}},
				Participants:  []Participant{{Count: 2654, What: "voted yes", CountedBy: "NLRB"}},
				Region:        "New York", Precision: AtFacility, FormerIDs: []string{"2022-03-31-jfk8-vote"},
				Election: &Election{Body: "verdi", Eligible: Int(8325), VotesFor: Int(2654), VotesAgainst: Int(2131),
					Challenged: Int(67), Void: Int(0), Result: "won"},
				Sources: []Source{{URL: "https://example.org/jfk8"}},
			},
			{
				ID: "2022-11-25-make-amazon-pay", Date: Date{2022, 11, 25}, EndDate: Date{2022, 11, 26},
				Title: "Make Amazon Pay day of action", Summary: "Strikes and protests in many countries.",
				Kind: CampaignKind, International: true, Campaign: "make-amazon-pay",
				Facilities: []string{"LEJ1"}, Organizations: []string{"verdi"},
				Sources: []Source{{URL: "https://example.org/map"}, {URL: "http://example.org/map-2", Date: Date{2022, 11, 26}}},
			},
		},
	}
}

func TestValidateSmall(t *testing.T) {
	if ps := small().Validate(); ps != nil {
		t.Fatalf("valid dataset rejected:\n%v", ps)
	}
}

// Each case breaks one rule and wants a problem naming the record and field.
var rules = []struct {
	name   string
	break_ func(d *Dataset)
	record string
	field  string
	msg    string
}{
	{"event id missing", func(d *Dataset) { d.Events[0].ID = "" }, "events[0]", "id", "missing"},
	{"event id not a slug", func(d *Dataset) { d.Events[0].ID = "JFK8 Vote" }, `event "JFK8 Vote" (events[0])`, "id", `not a valid id`},
	{"event id with double hyphen", func(d *Dataset) { d.Events[0].ID = "a--b" }, `event "a--b" (events[0])`, "id", `not a valid id`},
	{"event id duplicate", func(d *Dataset) { d.Events[1].ID = d.Events[0].ID }, `event "2022-04-01-jfk8-union-election" (events[1])`, "id", "duplicate id"},
	{"org id duplicate", func(d *Dataset) { d.Organizations[1].ID = "amazon-labor-union" }, `organization "amazon-labor-union" (organizations[1])`, "id", "also used by organizations[0]"},
	{"org id not a slug", func(d *Dataset) { d.Organizations[1].ID = "ver.di" }, `organization "ver.di" (organizations[1])`, "id", `e.g. "ver-di"`},
	{"campaign id missing", func(d *Dataset) { d.Campaigns[0].ID = "" }, "campaigns[0]", "id", "missing"},
	{"facility code lower case", func(d *Dataset) { d.Facilities[0].Code = "jfk8" }, `facility "jfk8" (facilities[0])`, "code", "not a valid facility code"},
	{"facility code too long", func(d *Dataset) { d.Facilities[0].Code = "JFK8ABC" }, `facility "JFK8ABC" (facilities[0])`, "code", "3 to 6"},
	{"facility code duplicate", func(d *Dataset) { d.Facilities[1].Code = "JFK8" }, `facility "JFK8" (facilities[1])`, "code", "duplicate code"},
	{"date missing", func(d *Dataset) { d.Events[0].Date = Date{} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "date", "missing"},
	{"end_date before date", func(d *Dataset) { d.Events[1].EndDate = Date{2022, 10, 0} }, `event "2022-11-25-make-amazon-pay" (events[1])`, "end_date", "2022-10 is before the date 2022-11-25"},
	{"date far future", func(d *Dataset) { d.Events[0].Date = Date{2028, 1, 1} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "date", "far future"},
	{"source date far future", func(d *Dataset) { d.Events[1].Sources[1].Date = Date{Year: 2031} }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].date", "far future"},
	{"title empty", func(d *Dataset) { d.Events[0].Title = "" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "title", "missing"},
	{"title untrimmed", func(d *Dataset) { d.Events[0].Title += " " }, `event "2022-04-01-jfk8-union-election" (events[0])`, "title", "leading or trailing spaces"},
	{"title two lines", func(d *Dataset) { d.Events[0].Title = "JFK8\nvotes" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "title", "single line"},
	{"summary empty", func(d *Dataset) { d.Events[0].Summary = "  " }, `event "2022-04-01-jfk8-union-election" (events[0])`, "summary", "blank"},
	{"kind unknown", func(d *Dataset) { d.Events[0].Kind = "strik" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "kind", `unknown kind "strik" (did you mean "strike"?); want one of strike, walkout, union-election`},
	{"kind missing", func(d *Dataset) { d.Events[0].Kind = "" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "kind", "missing"},
	{"org kind unknown", func(d *Dataset) { d.Organizations[0].Kind = "unions" }, `organization "amazon-labor-union" (organizations[0])`, "kind", `unknown organization kind "unions" (did you mean "union"?)`},
	{"org name missing", func(d *Dataset) { d.Organizations[0].Name = "" }, `organization "amazon-labor-union" (organizations[0])`, "name", "missing"},
	{"facility type unknown", func(d *Dataset) { d.Facilities[0].Type = "warehouse" }, `facility "JFK8" (facilities[0])`, "type", `unknown facility type "warehouse"`},
	{"country unknown", func(d *Dataset) { d.Events[0].Countries = []string{"UK"} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "countries[0]", `unknown country code "UK" (the code of the United Kingdom is "GB")`},
	{"country lower case", func(d *Dataset) { d.Events[0].Countries = []string{"US", "de"} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "countries[1]", `(did you mean "DE"?)`},
	{"country twice", func(d *Dataset) { d.Events[0].Countries = []string{"US", "US"} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "countries[1]", "listed twice"},
	{"countries missing", func(d *Dataset) { d.Events[0].Countries = nil }, `event "2022-04-01-jfk8-union-election" (events[0])`, "countries", "or set international"},
	{"facility latitude out of range", func(d *Dataset) { d.Facilities[0].Lat = 95 }, `facility "JFK8" (facilities[0])`, "lat", "not a latitude"},
	{"facility longitude out of range", func(d *Dataset) { d.Facilities[0].Lon = -200 }, `facility "JFK8" (facilities[0])`, "lon", "not a longitude"},
	{"facility latitude alone", func(d *Dataset) { d.Facilities[0].Lon = 0 }, `facility "JFK8" (facilities[0])`, "lat", "together"},
	{"facility coordinates without precision", func(d *Dataset) { d.Facilities[0].CoordPrecision = "" }, `facility "JFK8" (facilities[0])`, "coord_precision", "missing"},
	{"facility precision unknown", func(d *Dataset) { d.Facilities[0].CoordPrecision = "street" }, `facility "JFK8" (facilities[0])`, "coord_precision", `unknown precision "street"`},
	{"facility precision without coordinates", func(d *Dataset) { d.Facilities[1].CoordPrecision = PreciseCity }, `facility "LEJ1" (facilities[1])`, "coord_precision", "without lat and lon"},
	{"facility country unknown", func(d *Dataset) { d.Facilities[1].Country = "XX" }, `facility "LEJ1" (facilities[1])`, "country", `unknown country code "XX"`},
	{"facility country missing", func(d *Dataset) { d.Facilities[1].Country = "" }, `facility "LEJ1" (facilities[1])`, "country", "missing"},
	{"sources missing", func(d *Dataset) { d.Events[0].Sources = nil }, `event "2022-04-01-jfk8-union-election" (events[0])`, "sources", "at least one source"},
	{"source not http", func(d *Dataset) { d.Events[1].Sources[1].URL = "ftp://example.org/x" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "not an http or https URL"},
	{"source relative", func(d *Dataset) { d.Events[1].Sources[1].URL = "/news/x" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "not an http or https URL"},
	{"source without host", func(d *Dataset) { d.Events[1].Sources[1].URL = "https:///news" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "has no host"},
	{"source with spaces", func(d *Dataset) { d.Events[1].Sources[1].URL = "https://example.org/a b" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "contains spaces"},
	{"source bad URL", func(d *Dataset) { d.Events[1].Sources[1].URL = "https://exa%mple.org/" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "not a valid URL"},
	{"source URL twice", func(d *Dataset) { d.Events[1].Sources[1].URL = "https://www.example.org/map/" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[1].url", "same URL as sources[0]"},
	{"unknown organization", func(d *Dataset) { d.Events[0].Organizations = []string{"amazon-labour-union"} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "organizations[0]", `unknown organization "amazon-labour-union" (did you mean "amazon-labor-union"?); add it to organizations`},
	{"unknown person organization", func(d *Dataset) { d.Events[0].People[0].Org = "alu" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "people[0].organization", `unknown organization "alu"`},
	{"person name missing", func(d *Dataset) { d.Events[0].People[0].Name = "" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "people[0].name", "missing"},
	{"unknown facility", func(d *Dataset) { d.Events[0].Facilities = []string{"JFK9"} }, `event "2022-04-01-jfk8-union-election" (events[0])`, "facilities[0]", `unknown facility "JFK9"`},
	{"unknown campaign", func(d *Dataset) { d.Events[1].Campaign = "make-amazon-pay-2022" }, `event "2022-11-25-make-amazon-pay" (events[1])`, "campaign", `unknown campaign "make-amazon-pay-2022"`},
	{"duplicate title", func(d *Dataset) {
		d.Events[1].Date, d.Events[1].EndDate, d.Events[1].Title = d.Events[0].Date, Date{}, "JFK8 Votes For The ALU!"
	}, `event "2022-11-25-make-amazon-pay" (events[1])`, "title", `same date and title as event "2022-04-01-jfk8-union-election" (events[0])`},
	{"duplicate source", func(d *Dataset) {
		e := &d.Events[1]
		e.Date, e.EndDate, e.Kind, e.Sources[0].URL = Date{2022, 4, 1}, Date{}, UnionElection, "http://example.org/jfk8/"
	}, `event "2022-11-25-make-amazon-pay" (events[1])`, "sources[0].url", `same date, kind and first source as event "2022-04-01-jfk8-union-election" (events[0])`},
	{"participants zero", func(d *Dataset) { d.Events[0].Participants[0].Count = 0 }, `event "2022-04-01-jfk8-union-election" (events[0])`, "participants[0].count", "more than 0"},
	{"participants without what", func(d *Dataset) { d.Events[0].Participants[0].What = "" }, `event "2022-04-01-jfk8-union-election" (events[0])`, "participants[0].what", "say what the count counts"},
	{"meta title missing", func(d *Dataset) { d.Meta.Title = "" }, "meta", "title", "missing"},
	{"meta version missing", func(d *Dataset) { d.Meta.Version = "" }, "meta", "version", "missing"},
	{"meta license missing", func(d *Dataset) { d.Meta.License = "" }, "meta", "license", "missing"},
	{"meta updated missing", func(d *Dataset) { d.Meta.Updated = "" }, "meta", "updated", "missing"},
	{"meta updated not a day", func(d *Dataset) { d.Meta.Updated = "2026-11" }, "meta", "updated", "not a full date"},
	{"meta updated invalid", func(d *Dataset) { d.Meta.Updated = "2026-13-01" }, "meta", "updated", "month out of range"},
	{"precision unknown", func(d *Dataset) { d.Events[0].Precision = "citty" }, jfk8, "place_precision", `unknown place precision "citty" (did you mean "city"?); want one of facility, city, region, country, online, multiple`},
	{"region untrimmed", func(d *Dataset) { d.Events[0].Region = " New York" }, jfk8, "region", "leading or trailing spaces"},
	{"election on a strike", func(d *Dataset) { d.Events[0].Kind = Strike }, jfk8, "election", `only union elections have a result: the kind is "strike"`},
	{"election body unknown", func(d *Dataset) { d.Events[0].Election.Body = "nlrbb" }, jfk8, "election.body", `unknown organization "nlrbb"`},
	{"election result unknown", func(d *Dataset) { d.Events[0].Election.Result = "win" }, jfk8, "election.result", `unknown result "win" (did you mean "won"?)`},
	{"election negative", func(d *Dataset) { d.Events[0].Election.Challenged = Int(-1) }, jfk8, "election.challenged", "must not be negative, got -1"},
	{"election more votes than voters", func(d *Dataset) { d.Events[0].Election.Eligible = Int(4000) }, jfk8, "election", "2654 votes for and 2131 against are more than the 4000 eligible voters"},
	{"former id in use", func(d *Dataset) { d.Events[0].FormerIDs = []string{"2022-11-25-make-amazon-pay"} }, jfk8, "former_ids[0]", `"2022-11-25-make-amazon-pay" is the id of event "2022-11-25-make-amazon-pay" (events[1])`},
	{"former id not a slug", func(d *Dataset) { d.Events[0].FormerIDs = []string{"Old Id"} }, jfk8, "former_ids[0]", "not a valid id"},
	{"former id of two events", func(d *Dataset) { d.Events[1].FormerIDs = []string{"2022-03-31-jfk8-vote"} }, `event "2022-11-25-make-amazon-pay" (events[1])`, "former_ids[0]", `also a former id of event "2022-04-01-jfk8-union-election" (events[0])`},
	{"org website", func(d *Dataset) { d.Organizations[1].Website = "verdi.de" }, `organization "verdi" (organizations[1])`, "website", "not an http or https URL"},
}

const jfk8 = `event "2022-04-01-jfk8-union-election" (events[0])`

func TestValidateRules(t *testing.T) {
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			d := small()
			r.break_(d)
			ps := d.Validate()
			for _, p := range ps {
				if p.Record == r.record && p.Field == r.field && strings.Contains(p.Msg, r.msg) {
					return
				}
			}
			t.Errorf("want a problem %s: %s: …%s…; got:\n%v", r.record, r.field, r.msg, ps)
		})
	}
}

// A year-precision end date covering the start date is not "before" it.
func TestValidateEndDatePrecision(t *testing.T) {
	d := small()
	d.Events[1].EndDate = Date{Year: 2022}
	if ps := d.Validate(); ps != nil {
		t.Errorf("end_date 2022 rejected for date 2022-11-25:\n%v", ps)
	}
	d.Events[1].EndDate = Date{Year: 2021}
	if ps := d.Validate(); len(ps) != 1 || ps[0].Field != "end_date" {
		t.Errorf("end_date 2021 for date 2022-11-25: got %v", ps)
	}
}

func TestValidateProblemString(t *testing.T) {
	d := small()
	d.Events[0].Kind = "strik"
	ps := d.Validate()
	if len(ps) != 1 {
		t.Fatalf("got %d problems, want 1:\n%v", len(ps), ps)
	}
	want := `event "2022-04-01-jfk8-union-election" (events[0]): kind: unknown kind "strik" (did you mean "strike"?); want one of strike, walkout, `
	if got := ps[0].String(); !strings.HasPrefix(got, want) {
		t.Errorf("got  %s\nwant %s...", got, want)
	}
}
