package query

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestFP(t *testing.T) {
	d, _ := dataset.ParseFile("../embed/dataset.json")
	ix := NewIndex(d)
	rng := rand.New(rand.NewPCG(1, 2))
	type stat struct{ n, recall, fpTok, anyFP int }
	stats := map[string]*stat{}
	examples := map[string][]string{}
	letters := "abcdefghijklmnopqrstuvwxyz"
	for id := range ix.numWords() {
		w := ix.word(uint32(id))
		if len(w) < 5 || !hasLetter(w) || len(w) != len([]rune(w)) {
			continue
		}
		typos := map[string]string{}
		i := 1 + rng.IntN(len(w)-1)
		typos["omit"] = w[:i] + w[i+1:]
		typos["insert"] = w[:i] + string(letters[rng.IntN(26)]) + w[i:]
		typos["double"] = w[:i] + w[i-1:]
		j := 1 + rng.IntN(len(w)-1)
		typos["subst"] = w[:j] + string(letters[rng.IntN(26)]) + w[j+1:]
		for kind, q := range typos {
			if lo, hi := ix.prefixRange(q); hi > lo {
				continue // still a real prefix: not a typo we can see
			}
			s := stats[kind]
			if s == nil {
				s = &stat{}
				stats[kind] = s
			}
			s.n++
			ms := ix.matchWord(q)
			fp := 0
			found := false
			for _, m := range ms {
				tw := ix.word(m.id)
				if m.id == uint32(id) || len(tw) > len(w) && tw[:len(w)] == w {
					found = true
				} else {
					fp++
					if len(examples[kind]) < 25 {
						examples[kind] = append(examples[kind], q+"→"+tw)
					}
				}
			}
			if found {
				s.recall++
			}
			s.fpTok += fp
			if fp > 0 {
				s.anyFP++
			}
		}
	}
	for k, s := range stats {
		fmt.Printf("%-7s n=%d recall=%.2f queries-with-other-words=%.2f other-words/query=%.2f\n", k, s.n, float64(s.recall)/float64(s.n), float64(s.anyFP)/float64(s.n), float64(s.fpTok)/float64(s.n))
		fmt.Println("   ", examples[k])
	}
	// random strings
	nonempty := 0
	for range 2000 {
		n := 4 + rng.IntN(5)
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.IntN(26)]
		}
		if len(ix.matchWord(string(b))) > 0 {
			nonempty++
		}
	}
	fmt.Println("random 4-8 letter strings matching something:", float64(nonempty)/2000)
}
