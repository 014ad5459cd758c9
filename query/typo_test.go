package query

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Typos: a misspelt word finds what the word finds, and little else.

func TestTypos(t *testing.T) {
	ds, ix := realData(t)
	for _, c := range []struct {
		q, all, each string // every event with all is found; every hit has each
	}{
		{"bessemer", "bessemer", "bessemer"},
		{"besemer", "bessemer", "bessemer"},
		{"bessemmer", "bessemer", "bessemer"},
		{"Bessemr", "bessemer", "bessemer"},
		{"teamsters", "teamsters", "teamster"},
		{"teamstrs", "teamsters", "teamster"},
		{"teamsxters", "teamsters", "teamster"},
		{"surveillance", "surveillance", "surveillance"},
		{"surveilance", "surveillance", "surveillance"},
		{"poznan", "poznan", "poznan"},
		{"ver.di", "verdi", "verdi"},
	} {
		r := ix.Search(State{Q: c.q})
		got := ids(r.Hits)
		for _, id := range containing(ds, c.all) {
			if !slices.Contains(got, id) {
				t.Errorf("%q misses %s", c.q, id)
			}
		}
		for _, h := range r.Hits {
			if !strings.Contains(allText(ds, h.Event), c.each) {
				t.Errorf("%q finds %s, which has no %q", c.q, h.Event.ID, c.each)
			}
		}
		if len(got) == 0 {
			t.Errorf("%q finds nothing", c.q)
		}
	}
}

// Typo tolerance must find the word meant and little else.
func TestTypoFalsePositives(t *testing.T) {
	_, ix := realData(t)
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyz"
	type stat struct{ n, found, other int }
	stats := map[string]*stat{}
	for id := range ix.numWords() {
		w := ix.word(uint32(id))
		if len(w) < 5 || !hasLetter(w) || len(w) != len([]rune(w)) {
			continue
		}
		i := 1 + rng.IntN(len(w)-1)
		for kind, q := range map[string]string{
			"dropped": w[:i] + w[i+1:],
			"doubled": w[:i] + w[i-1:],
			"added":   w[:i] + string(letters[rng.IntN(26)]) + w[i:],
		} {
			if lo, hi := ix.prefixRange(q); hi > lo {
				continue // still a real word or the beginning of one
			}
			s := stats[kind]
			if s == nil {
				s = &stat{}
				stats[kind] = s
			}
			s.n++
			other := false
			for _, m := range ix.matchWord(q) {
				if m.id == uint32(id) {
					s.found++
				} else if !strings.HasPrefix(ix.word(m.id), w) {
					other = true
				}
			}
			if other {
				s.other++
			}
		}
	}
	for kind, s := range stats {
		found, other := float64(s.found)/float64(s.n), float64(s.other)/float64(s.n)
		t.Logf("%s letter: %d typos, %.1f%% found, %.1f%% also match another word", kind, s.n, 100*found, 100*other)
		if found < 0.97 {
			t.Errorf("%s letter: only %.1f%% of typos find their word", kind, 100*found)
		}
		if limit := map[string]float64{"dropped": 0.20, "doubled": 0.05, "added": 0.05}[kind]; other > limit {
			t.Errorf("%s letter: %.1f%% of typos match other words too", kind, 100*other)
		}
	}
	// Random strings seldom match anything.
	matched := 0
	for range 2000 {
		b := make([]byte, 4+rng.IntN(5))
		for i := range b {
			b[i] = letters[rng.IntN(26)]
		}
		if len(ix.matchWord(string(b))) > 0 {
			matched++
		}
	}
	if rate := float64(matched) / 2000; rate > 0.03 {
		t.Errorf("%.1f%% of random strings match a word", 100*rate)
	}
}
