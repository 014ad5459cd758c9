package dataset

import (
	"encoding/json"
	"strings"
	"testing"
)

// A count of zero is a count: it must survive JSON and the binary encoding
// the app loads, and a count not given must stay not given.
func TestElectionZeroSurvives(t *testing.T) {
	d := small()
	d.Events[0].Election.Eligible = nil
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"void":0`) || strings.Contains(string(b), `"eligible"`) {
		t.Fatalf("JSON election: %s", b)
	}
	parsed, err := Parse("d.json", b)
	if err != nil {
		t.Fatal(err)
	}
	got := must(Decode(must(Encode(parsed))))
	el := got.Events[len(got.Events)-1].Election
	if el == nil || el.Void == nil || *el.Void != 0 || el.Eligible != nil || *el.VotesFor != 2654 || el.Result != "won" || el.Body != "verdi" {
		t.Fatalf("after the binary encoding: %+v", el)
	}
	e := got.Events[len(got.Events)-1]
	if e.Region != "New York" || e.Precision != AtFacility || len(e.FormerIDs) != 1 {
		t.Errorf("after the binary encoding: region %q, precision %q, former %v", e.Region, e.Precision, e.FormerIDs)
	}
	if got.Events[0].Election != nil {
		t.Error("an event without an election got one")
	}
}

// Unknown and mistyped fields inside an election are reported with their line.
func TestParseElectionProblems(t *testing.T) {
	b, _ := json.MarshalIndent(small(), "", "  ")
	s := strings.Replace(string(b), `"votes_for": 2654`, `"votes_fro": 2654`, 1)
	s = strings.Replace(s, `"eligible": 8325`, `"eligible": "8,325"`, 1)
	_, err := Parse("d.json", []byte(s))
	got := ""
	if err != nil {
		got = err.Error()
	}
	for _, want := range []string{
		`election.votes_fro: unknown field "votes_fro" (did you mean "votes_for"?)`,
		`election.eligible: want a whole number, got the string "8,325"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want …%s…; got:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "d.json:") {
		t.Errorf("problems have no file and line:\n%s", got)
	}
}

func TestParseCSVNewColumns(t *testing.T) {
	csv := "date,title,summary,kind,countries,place,region,place_precision,source_urls,former_ids,election_body,election_eligible,election_votes_for,election_votes_against,election_challenged,election_result\n" +
		`2022-04-01,JFK8 vote,Workers voted.,union-election,US,Staten Island,New York,Facility,https://example.org/a,2022-03-31-old,NLRB,"8,325",2654,2131,0,Won` + "\n"
	d, err := Parse("d.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	e := d.Events[0]
	el := e.Election
	if e.Region != "New York" || e.Precision != AtFacility || len(e.FormerIDs) != 1 || e.FormerIDs[0] != "2022-03-31-old" {
		t.Errorf("region %q, precision %q, former %v", e.Region, e.Precision, e.FormerIDs)
	}
	if el == nil || el.Body != "nlrb" || *el.Eligible != 8325 || *el.VotesFor != 2654 || *el.Challenged != 0 || el.Void != nil || el.Result != "won" {
		t.Fatalf("election %+v", el)
	}
	if _, ok := d.Org("nlrb"); !ok {
		t.Error("the election body did not become an organization")
	}
	_, err = Parse("d.csv", []byte(strings.Replace(csv, ",2131,", ",lots,", 1)))
	if err == nil || !strings.Contains(err.Error(), `d.csv:2: event "2022-04-01-jfk8-vote" (events[0]): election.votes_against: "lots" is not a whole number`) {
		t.Errorf("bad count: %v", err)
	}
}
