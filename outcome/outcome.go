// Package outcome sorts an event's free-text outcome into a coarse category
// seen from the workers' side, with the category's label for people. The
// explorer's facet and the outcomes chart both read it, so they agree.
package outcome

import (
	"slices"
	"strings"
	"sync"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/rx"
)

// Category is a coarse category of an event's free-text outcome, seen from
// the workers' side. It is derived by Of; the text stays the truth.
type Category string

// The outcome categories.
const (
	Won        Category = "won"        // union recognised or vote won, demands met, ruling, order, fine or settlement against Amazon
	Lost       Category = "lost"       // vote lost, case dismissed, proposals defeated, demands refused
	Mixed      Category = "mixed"      // both of the above in one outcome
	Pending    Category = "pending"    // a case, complaint, investigation, appeal, election or dispute still under way
	Other      Category = "other"      // an outcome is recorded but says neither ("Outcome noted")
	Unrecorded Category = "unrecorded" // no outcome recorded
)

var outcomeLabels = []struct {
	o     Category
	label string
}{
	{Won, "Won"},
	{Mixed, "Mixed"},
	{Lost, "Lost"},
	{Pending, "Pending or ongoing"},
	{Other, "Outcome noted"},
	{Unrecorded, "No outcome recorded"},
}

// All lists the categories in display order.
func All() []Category {
	out := make([]Category, len(outcomeLabels))
	for i, l := range outcomeLabels {
		out[i] = l.o
	}
	return out
}

// Parse reads a category from its id ("pending") or its label
// ("Pending or ongoing"), as a chart's series name carries it.
func Parse(s string) (Category, bool) {
	for _, l := range outcomeLabels {
		if string(l.o) == s || l.label == s {
			return l.o, true
		}
	}
	return "", false
}

// Known reports whether o is one of the categories.
func (o Category) Known() bool { return o.rank() >= 0 }

// Label is the category's name for people, e.g. "Pending or ongoing".
func (o Category) Label() string {
	if i := o.rank(); i >= 0 {
		return outcomeLabels[i].label
	}
	return string(o)
}

func (o Category) rank() int {
	for i, l := range outcomeLabels {
		if l.o == o {
			return i
		}
	}
	return -1
}

// An outcomeRule gives a clause the signal of the first rule that matches it.
type outcomeRule struct {
	signal Category // Won, Lost, Pending, or Other for "no signal"
	re     *rx.Regexp
}

func rule(signal Category, expr string) outcomeRule {
	return outcomeRule{signal, rx.MustCompile(expr)}
}

func (r *outcomeRule) match(clause string) bool { return r.re.MatchString(clause) }

// outcomeRules are tried in order on each clause; the first that matches
// decides the clause. Specific phrases come before the generic words they
// contain ("Amazon lost the appeal" before "appeal", "reinstatement ...
// denied" before "reinstatement"). They are compiled on first use, not
// when the program starts: ~15 ms of a browser's start-up otherwise, for
// rules a page may never need.
var outcomeRules = sync.OnceValue(func() []outcomeRule {
	return []outcomeRule{
		// Who lost matters: Amazon losing is a win for the workers.
		rule(Won, `\bamazon lost\b|\bamazon's .*\b(dismissed|rejected|denied|overruled)\b|ruled (for|in favou?r of) (the )?(union|workers?|employees?)`),
		rule(Lost, `ruled (for|in favou?r of) amazon|\bamazon won\b`),
		// Votes and ballots.
		rule(Won, `\bunion won\b|\b(workers|employees|drivers|they) won\b|\bwon (the|a|its) (vote|election|ballot|case|appeal|recognition)`),
		rule(Lost, `\bunion lost\b|\bfell short\b|\bvoted\b.*\b(against|down)\b|\bdefeated\b|\bno (increase|raise|agreement|deal)\b|lost (the|its) (vote|election|case|appeal)`),
		rule(Won, `\b(was|were) reinstated\b`),
		// Retaliation and closures say nothing about whether the action's own
		// demands were met: they stay "outcome noted".
		rule(Other, `\bfired\b|\bsacked\b|lost their jobs|\bjobs? (were )?cut\b|\bjob cuts\b|\b(engineer|worker|employee|organizer)s? (was|were) suspended|\bsuspended (about |some )?[0-9]+ workers|\bdetained\b`),
		// Refusals and dismissals of the workers' side.
		rule(Lost, `\b(denied|refused|rejected|dismissed)\b|\bnot (granted|met|recogni[sz]ed)\b`),
		rule(Lost, `\bcitations?\b.*\b(withdrawn|vacated|dropped)\b`),
		// Not final yet.
		rule(Pending, `\brecommend(ed|s)? (certifying|to be|that)\b|\bwent to the governor\b|\bunresolved\b|\bmerit determination\b|\bfound merit\b|^merit found$`),
		rule(Pending, `\b(election|ballot)s? (was |were )?(ordered|scheduled|approved|set)\b|\bapproved a [a-z -]*(election|ballot)\b|^election scheduled`),
		// Orders, rulings, fines, settlements and agreements in the workers' favour.
		rule(Won, `\b(certified|certification)\b|\breinstate(d|ment)\b|\bback pay\b|\bcompensat(e|ion)\b|\bgranted\b|\bannulled\b`),
		rule(Won, `\b(fined?|penalt(y|ies)|citations?)\b|\b(paid|pays?|to pay)\b.*[$€£]|\bsettle(d|ment)\b|\bcease-and-desist\b`),
		rule(Won, `\bordered\b|\bamazon must\b|\b(unlawful|illegal|incompatible with)\b`),
		rule(Won, `\braises?\b|\braising\b|\bbonus\b|\bpaid time off\b|\b(agreement|deal|protocol|contract) (was )?(signed|reached|approved)\b|\b(tentative |collective )?(agreement|deal)\b`),
		rule(Won, `\bsigned into law\b|\b(law|ban) took effect\b|\btook effect\b|\b(resolution|bill|motion)s? (was |were )?(passed|adopted)\b|^passed\b|^resolution passed`),
		rule(Won, `\bamazon (cancelled|canceled|ended|dropped|abandoned|withdrew)\b|\bamazon announced a [a-z -]*moratorium\b|\bamazon was removed from\b`),
		// Hedged statements and Amazon's own claims are no outcome.
		rule(Other, `\b(possible|might|may|could)\b|^amazon said\b|\breport (was )?(released|published)\b|\binspection report\b|^report released|\bwithdr(ew|awn)\b`),
		// Things still under way.
		rule(Pending, `\bappeal(ed|s)?\b|\bcontest\b|\bpending\b|\b(re)?filed\b|\bcomplaints?\b|\bhearing\b|\binvestigation\b|\binspection\b|\bcase\b|\bcourt\b|\bpostponed\b|\bnotice issued\b|\bclaims? (were |was )?raised\b|\bdispute\b|\bstate of agitation\b|\bthreatened\b|\bscheduled\b|\bset to\b`),
	}
})

// clauseBreak splits an outcome into clauses: sentences, and the parts of
// a sentence joined by ";", ":" or ", and" / ", but" / ", so".
var clauseBreak = sync.OnceValue(func() *rx.Regexp { return rx.MustCompile(`[;:]\s*|\.\s+|,\s+(and|but|so)\s+`) })

// Of sorts the event's outcome text into a category. It is honest
// rather than clever: when the text does not clearly say who prevailed, the
// category is Other ("outcome noted"), never a guess.
//
// The rules, over the lower-cased text:
//
//   - An empty outcome is Unrecorded.
//   - The text is cut into clauses at sentence ends, ";", ":" and
//     ", and" / ", but" / ", so". Each clause takes the signal of the first
//     rule (in the order below) whose words it contains, or none.
//   - Won: "Amazon lost", Amazon's challenge dismissed, a court ruling for
//     the union; "union won", workers won; a worker reinstated (even one
//     who had been fired); certification, reinstatement,
//     back pay, compensation, "granted", "annulled"; a fine, penalty or
//     citation, Amazon paying a sum, a settlement, a cease-and-desist order;
//     anything "ordered" (except an election or ballot, which is Pending),
//     "Amazon must", a practice found unlawful; raises, bonuses, an
//     agreement or deal; a bill signed into law, a law that took effect, a
//     resolution passed; Amazon cancelling or ending what was opposed, a
//     moratorium, Amazon removed from a supplier list.
//   - Lost: "union lost", "fell short", voted against or down, defeated,
//     "no increase" / "no agreement"; denied, refused, rejected, dismissed,
//     "not granted"; citations withdrawn; a ruling for Amazon.
//   - Pending: a recommendation (not yet a decision), an unresolved count, a
//     merit finding, an election or ballot ordered or scheduled, a bill sent
//     to the governor; an appeal, a filing, a complaint, a hearing, an
//     investigation or inspection, a case or court, a dispute, a threat.
//   - No signal: firings, suspensions, job cuts and arrests (retaliation
//     says nothing about whether the action's demands were met), hedged
//     statements ("possible", "may"), Amazon's own statements, reports
//     published (an inspection report is a finding, not a decision),
//     applications withdrawn.
//   - The clauses combine: Won and Lost together are Mixed; otherwise Won,
//     then Lost, then Pending, wins; with no signal at all the outcome is
//     Other.
//
// An event that carries its category (Carry) is not classified again.
func Of(e *dataset.Event) Category {
	if c := Category(e.OutcomeCategory); c != "" && c.Known() {
		return c
	}
	return classifyOutcome(e.Outcome)
}

func classifyOutcome(text string) Category {
	text = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(text)), "’", "'")
	if text == "" {
		return Unrecorded
	}
	var won, lost, pending bool
	rules := outcomeRules()
	for _, clause := range clauseBreak().Split(text, -1) {
		clause = strings.Trim(clause, " .,")
		i := slices.IndexFunc(rules, func(r outcomeRule) bool { return clause != "" && r.match(clause) })
		if i < 0 {
			continue
		}
		switch rules[i].signal {
		case Won:
			won = true
		case Lost:
			lost = true
		case Pending:
			pending = true
		}
	}
	switch {
	case won && lost:
		return Mixed
	case won:
		return Won
	case lost:
		return Lost
	case pending:
		return Pending
	}
	return Other
}
