package rx

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// patterns are those LaborLens compiles with rx, and a few more that use
// the rest of what rx reads.
var patterns = []string{
	`^/events/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`,
	`^/orgs/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`,
	`^/facilities/([A-Za-z0-9]+)/?$`,
	`^/embed(?:/.*)?$`,
	`^/.*`,
	`^/timeline/?$`,
	`^(\d{1,2})/(\d{1,2})/(\d{4})$`,
	`(?i)^#\s*date[_ ]format\s*[:=]?\s*([A-Za-z/\-]+)`,
	`^[0-9a-fA-F]{6}$`,
	`^[A-Za-z0-9_-]{1,64}$`,
	`secret=([A-Za-z0-9]{10})`,
	`[;:]\s*|\.\s+|,\s+(and|but|so)\s+`,
	`\bamazon lost\b|\bamazon's .*\b(dismissed|rejected|denied|overruled)\b|ruled (for|in favou?r of) (the )?(union|workers?|employees?)`,
	`\b(paid|pays?|to pay)\b.*[$€£]|\bsettle(d|ment)\b|\bcease-and-desist\b`,
	`\bapproved a [a-z -]*(election|ballot)\b|^election scheduled`,
	`\bsuspended (about |some )?[0-9]+ workers|\bdetained\b`,
	`a*?b|(a|b)+?c|x{2,}|y{0,3}z|[^a-c]\S\W\w\D\B`,
	`(a?){3}c|()d`,
	`\n|\t`,
	`^[0-9]{4}$`,
	`^[0-9]{4}-(0[1-9]|1[0-2])$`,
	`^[A-Z]{2}$`,
	`(//.*)\n`,
}

func check(t *testing.T, expr, s string) {
	t.Helper()
	want, got := regexp.MustCompile(expr), MustCompile(expr)
	if w, g := want.MatchString(s), got.MatchString(s); w != g {
		t.Fatalf("%q on %q: MatchString %v, regexp says %v", expr, s, g, w)
	}
	if w, g := want.FindStringSubmatch(s), got.FindStringSubmatch(s); !reflect.DeepEqual(w, g) {
		t.Fatalf("%q on %q: FindStringSubmatch %q, regexp says %q", expr, s, g, w)
	}
	if w, g := want.FindSubmatch([]byte(s)), got.FindSubmatch([]byte(s)); !reflect.DeepEqual(w, g) {
		t.Fatalf("%q on %q: FindSubmatch %q, regexp says %q", expr, s, g, w)
	}
	if w, g := want.Split(s, -1), got.Split(s, -1); !reflect.DeepEqual(w, g) {
		t.Fatalf("%q on %q: Split %q, regexp says %q", expr, s, g, w)
	}
}

var samples = []string{
	"", "/", "/events/2024-bessemer-vote", "/events/a-", "/events/A", "/events/x/", "/events/x//",
	"/orgs/amazon-labor-union/", "/facilities/BHM1", "/facilities/", "/embed", "/embed/list", "/embedx",
	"/timeline", "/timeline/", "/timelinex", "12/3/2024", "1/13/2024x", "# Date_Format: DD/MM/YYYY",
	"#date format=mm/dd/yyyy ;", "#  DATE FORMAT  iso", "00ff7A", "00ff7", "embed_ID-1", strings.Repeat("a", 65),
	"?secret=AbCdEf1234&x", "secret=abc",
	"amazon lost the appeal; union won. then, and so on, but not: this",
	"amazon's motion was dismissed", "ruled in favor of the workers", "ruled in favour of union",
	"amazon paid $5,000 in back pay", "paid €3", "settlement reached", "cease-and-desist",
	"board approved a mail-in ballot election", "election scheduled for may",
	"amazon suspended 12 workers", "suspended about 3 workers", "three were detained",
	"aaab", "abac", "xxx", "yyz", "zzz", "d", "aaaa", "\tfn()\n// c\nx", "é.\u00a0 ", "2024", "2024-09", "2024-13", "2024-00", "US", "USA",
}

func TestMatchesAsRegexpDoes(t *testing.T) {
	for _, p := range patterns {
		for _, s := range samples {
			check(t, p, s)
		}
	}
}

// Random texts over the patterns' alphabet.
func TestMatchesAsRegexpDoesOnRandomText(t *testing.T) {
	const alpha = "ab-/09xyzcde ;:.,\t\n_A#=$€"
	words := []string{"amazon", "lost", "union", "won", "and", "but", "so", "paid", "events", "embed", "secret=", "ruled for ", "dismissed", "election", "ballot", "approved a "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(3) == 0 {
				b.WriteString(words[rng.IntN(len(words))])
			} else {
				r := []rune(alpha)
				b.WriteRune(r[rng.IntN(len(r))])
			}
		}
		for _, p := range patterns {
			check(t, p, b.String())
		}
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range patterns {
			check(t, p, s)
		}
	})
}

func TestRefusesWhatItCannotRead(t *testing.T) {
	for _, expr := range []string{`(?P<x>a)`, `a**`, `*a`, `[a`, `(a`, `a)`, `\pL`, `a{2,1}`, `\b*`, `\`, `[\D]`, `(?s).`} {
		if _, err := Compile(expr); err == nil {
			t.Errorf("Compile(%q) = nil error, want one", expr)
		}
	}
}

func TestQuoteMeta(t *testing.T) {
	for _, s := range []string{"/timeline", "a.b*c+d?(e)|[f]{g}^$\\"} {
		if g, w := QuoteMeta(s), regexp.QuoteMeta(s); g != w {
			t.Errorf("QuoteMeta(%q) = %q, want %q", s, g, w)
		}
	}
}

// A pattern that backtracks exponentially stops at the budget and reports
// no match, instead of running for years (regexp finds "!b" at the end).
func TestBudgetStopsExponentialBacktracking(t *testing.T) {
	re := MustCompile(`(a|a)*!b`)
	if !re.MatchString("aa!b") {
		t.Fatal(`(a|a)*!b does not match "aa!b"`)
	}
	s := strings.Repeat("a", 64) + "!!b"
	if c, steps := re.findCounted(s, 0); c != nil || steps < budget {
		t.Fatalf("%q: match %v after %d steps, want none after the budget of %d", s, c, steps, budget)
	}
}

// The program's patterns (the outcome rules are outcome's own test's
// business; their worst here), on the texts that make them work hardest
// at the length of the longest field they read (an outcome: 1,000
// characters), stay within half the budget: it never changes one of their
// answers.
func TestProgramPatternsStayWithinBudget(t *testing.T) {
	words := []string{"amazon's ", "voted ", "paid ", "citation ", "approved a ", "suspended ", "a", "-", "/", " ", "1", "/events/a"}
	most := 0
	for _, p := range patterns[:16] {
		re := MustCompile(p)
		for _, w := range words {
			s := strings.Repeat(w, 1000/len(w))
			_, steps := re.findCounted(s, 0)
			if steps > budget/2 {
				t.Errorf("%q on %d × %q: %d steps, more than half the budget (%d)", p, 1000/len(w), w, steps, budget)
			}
			most = max(most, steps)
		}
	}
	t.Logf("most steps: %d (budget %d)", most, budget)
}
