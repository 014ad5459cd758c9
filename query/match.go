package query

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// How a query word matched a word of the vocabulary.
type tier uint8

const (
	tierExact     tier = iota // the same word
	tierPrefix                // the word begins with the query word: it is being typed
	tierInfix                 // the query word is inside the word: "mazon"
	tierCollapsed             // equal or a prefix once doubled letters are single: "besemer", "bessemmer"
	tierFuzzy                 // a subsequence with a letter or two left out: "teamstrs"
	tierDeletion              // equal or a prefix once one query letter is dropped: "teamsxters"
)

// A tokMatch is a vocabulary word matched by a query word, with its score
// out of 100.
type tokMatch struct {
	id    uint32
	score uint8
	tier  tier
}

// matchWord finds the vocabulary words that a folded query word matches.
//
// Exact and prefix matches are always taken. Only when the query word is
// neither a word nor the beginning of one anywhere in the data is it taken
// for a typo, and the looser rules tried:
//
//   - infix, for words of three bytes or more;
//   - the words with doubled letters made single on both sides ("besemer",
//     "bessemmer" and "bessemer" are all "besemer");
//   - from four letters, a subsequence that starts with the same letter and
//     leaves out at most one letter of the word in the stretch it covers
//     (two from eight letters): "teamstrs" in "teamsters". sahilm/fuzzy
//     scores these;
//   - from five letters, the query word with any one letter dropped, as a
//     word or the beginning of one: "teamsxters".
//
// Numbers are only matched exactly, by prefix or infix. The result is
// sorted by id, one entry per word, with the best score.
func (ix *Index) matchWord(w string) []tokMatch {
	var out []tokMatch
	lo, hi := ix.prefixRange(w)
	for id := lo; id < hi; id++ {
		t := ix.word(uint32(id))
		if len(t) == len(w) {
			out = append(out, tokMatch{uint32(id), 100, tierExact})
		} else {
			out = append(out, tokMatch{uint32(id), uint8(90 - min(20, 2*(len(t)-len(w)))), tierPrefix})
		}
	}
	if len(out) > 0 {
		return out
	}
	m := utf8.RuneCountInString(w)
	wm := maskOf(w)
	if len(w) >= 3 {
		for id := range ix.numWords() {
			if ix.vMask[id]&wm == wm && strings.Contains(ix.word(uint32(id)), w) {
				out = append(out, tokMatch{uint32(id), 50, tierInfix})
			}
		}
	}
	if !hasLetter(w) || m < 3 {
		return out
	}
	cw := collapse(w)
	clo, chi := ix.collapsedRange(cw)
	for i := clo; i < chi; i++ {
		score := 75
		if extra := len(ix.collapsed(i)) - len(cw); extra > 0 {
			score = 65 - min(15, extra)
		}
		out = append(out, tokMatch{ix.cWord[i], uint8(score), tierCollapsed})
	}
	if m >= 4 {
		out = ix.fuzzy(w, m, wm, out)
	}
	if m >= 5 {
		prev := ""
		for i := range w {
			_, size := utf8.DecodeRuneInString(w[i:])
			v := w[:i] + w[i+size:]
			if v == prev {
				continue
			}
			prev = v
			lo, hi := ix.prefixRange(v)
			for id := lo; id < hi; id++ {
				score := 30
				if len(ix.word(uint32(id))) == len(v) {
					score = 40
				}
				out = append(out, tokMatch{uint32(id), uint8(score), tierDeletion})
			}
		}
	}
	// One entry per word, with its best score.
	slices.SortFunc(out, func(a, b tokMatch) int { return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(b.score, a.score)) })
	return slices.CompactFunc(out, func(a, b tokMatch) bool { return a.id == b.id })
}

// fuzzy adds the words of which w is a subsequence, starting with the same
// letter, with at most gaps(m) letters left out inside the stretch that w
// covers; what follows the stretch is free, as w may still be typed.
func (ix *Index) fuzzy(w string, m int, wm uint32, out []tokMatch) []tokMatch {
	_, size := utf8.DecodeRuneInString(w)
	lo, hi := ix.prefixRange(w[:size])
	allowed := 1
	if m >= 8 {
		allowed = 2
	}
	var cands []string
	var ids []uint32
	for id := lo; id < hi; id++ {
		t := ix.word(uint32(id))
		if ix.vMask[id]&wm != wm || len(t) < len(w) {
			continue
		}
		if skipped, ok := subsequence(w, t); ok && skipped <= allowed {
			cands, ids = append(cands, t), append(ids, uint32(id))
		}
	}
	if len(cands) == 0 {
		return out
	}
	for _, fm := range fuzzy.FindNoSort(w, cands) {
		// sahilm/fuzzy rewards letters matched in runs and penalizes the
		// letters of the word left over; its scores for these near misses
		// run from about 0 to 100 and more.
		score := 30 + min(15, max(0, fm.Score/8))
		out = append(out, tokMatch{ids[fm.Index], uint8(score), tierFuzzy})
	}
	return out
}

// subsequence matches w in t greedily from the start of both and reports
// how many letters of t were skipped before w was used up.
func subsequence(w, t string) (skipped int, ok bool) {
	j := 0
	for _, r := range t {
		if j == len(w) {
			return skipped, true
		}
		c, size := utf8.DecodeRuneInString(w[j:])
		if r == c {
			j += size
		} else {
			skipped++
		}
	}
	return skipped, j == len(w)
}

// prefixRange returns the ids of the vocabulary words that begin with p.
func (ix *Index) prefixRange(p string) (lo, hi int) {
	n := ix.numWords()
	lo = sort.Search(n, func(i int) bool { return ix.word(uint32(i)) >= p })
	hi = lo + sort.Search(n-lo, func(k int) bool { return !strings.HasPrefix(ix.word(uint32(lo+k)), p) })
	return lo, hi
}

// collapsedRange returns the positions in the collapsed list of the words
// that begin with p.
func (ix *Index) collapsedRange(p string) (lo, hi int) {
	n := len(ix.cWord)
	lo = sort.Search(n, func(i int) bool { return ix.collapsed(i) >= p })
	hi = lo + sort.Search(n-lo, func(k int) bool { return !strings.HasPrefix(ix.collapsed(lo+k), p) })
	return lo, hi
}
