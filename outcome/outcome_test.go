package outcome

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestOutcomeOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"", Unrecorded},
		{"   ", Unrecorded},
		{"Union won 130 to 100.", Won},
		{"Union lost 2,447 to 829.", Lost},
		{"49.5% for and 50.5% against; the union fell short by 28 votes.", Lost},
		{"The technicians voted 21 to 6 against unionizing.", Lost},
		{"All 18 proposals defeated.", Lost},
		{"The lawsuit was dismissed.", Lost},
		{"Amazon's constitutional challenge and revocation request were dismissed.", Won},
		{"Amazon lost the appeal, with a €100,000 penalty for each item shipped in breach.", Won},
		{"The court ruled for the union, and Amazon halted its French warehouses for five days with pay.", Won},
		{"Union certified; Amazon said it would appeal.", Won},
		{"The hearing officer recommended certifying the union.", Pending},
		{"Reinstatement and back pay were ordered; Amazon said it would appeal.", Won},
		{"New election ordered.", Pending},
		{"A complaint was issued.", Pending},
		{"Citations totalled $5,901,700 for 59,017 violations.", Won},
		{"€32 million fine, later reduced to €15 million by the Council of State.", Won},
		{"Settlement: Amazon to notify workers of their organizing rights.", Won},
		{"Amazon pays a $145,000 penalty and must run company-wide ergonomic assessments; citations at nine of the ten warehouses were withdrawn.", Mixed},
		{"Cease-and-desist order issued; reinstatement of Bryson denied.", Mixed},
		{"The two workers were reinstated; paid time off was not granted.", Mixed},
		{"Tentative agreement with the delivery contractor; Amazon refused to recognize it.", Mixed},
		{"Compensation for 50 days of lost earnings was granted.", Won},
		{"The fired worker was reinstated, according to the cited Vice report.", Won},
		{"Passed the Senate 34-33 after the House 70-61 and went to the governor.", Pending},
		{"Signed into law.", Won},
		{"993 against and 875 for, with 416 challenged ballots leaving the result unresolved.", Pending},
		{"No increase followed, and the union opened a formal dispute in July 2022.", Lost},
		{"The strike ended as planned with no agreement.", Lost},
		{"Organizer Christian Smalls was fired the same day.", Other},
		{"Amazon said operations were not affected.", Other},
		{"A labour ministry official said a federal inspection was possible.", Other},
		{"Report released.", Other},
		{"The applications were withdrawn, with a plan to reapply.", Other},
		{"Members gave GMB a strike mandate.", Other},
		{"Amazon declined to comment.", Other},
		{"Amazon raised pay by $1 an hour.", Won},
		{"Amazon’s appeal was rejected.", Won}, // curly apostrophe
	} {
		if got := Of(&dataset.Event{Outcome: c.text}); got != c.want {
			t.Errorf("Of(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// Every category occurs in the real data, and only empty outcomes are
// unrecorded.
func TestOutcomesReal(t *testing.T) {
	ds, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatalf("loading the real dataset: %v", err)
	}
	counts := map[Category]int{}
	for i := range ds.Events {
		e := &ds.Events[i]
		o := Of(e)
		counts[o]++
		if (o == Unrecorded) != (e.Outcome == "") {
			t.Errorf("%s: %q is %s", e.ID, e.Outcome, o)
		}
	}
	for _, o := range All() {
		if counts[o] == 0 {
			t.Errorf("no outcome is %s", o)
		}
		if !o.Known() || o.Label() == "" {
			t.Errorf("%s: Known %v, Label %q", o, o.Known(), o.Label())
		}
	}
	t.Logf("outcomes: %v", counts)
	if Category("maybe").Known() {
		t.Error("maybe is known")
	}
}

// The rules and the clause break match every clause of the real data as
// Go's regexp package would (rx stands in for it, to keep regexp out of
// the wasm).
func TestRulesMatchAsRegexpDoes(t *testing.T) {
	ds, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatalf("loading the real dataset: %v", err)
	}
	brk := regexp.MustCompile(clauseBreak().String())
	rules := outcomeRules()
	for i := range ds.Events {
		text := strings.ToLower(ds.Events[i].Outcome)
		if g, w := clauseBreak().Split(text, -1), brk.Split(text, -1); !slices.Equal(g, w) {
			t.Fatalf("%s: clauses %q, regexp says %q", ds.Events[i].ID, g, w)
		}
		for _, clause := range brk.Split(text, -1) {
			for _, r := range rules {
				if g, w := r.match(clause), regexp.MustCompile(r.re.String()).MatchString(clause); g != w {
					t.Errorf("%s: %q on %q: %v, regexp says %v", ds.Events[i].ID, r.re, clause, g, w)
				}
			}
		}
	}
}
