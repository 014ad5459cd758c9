package query

import (
	"slices"
	"strings"
)

// Searching for text is done word by word. The events that each word
// matches, with their scores, are kept in a small cache, as are the last
// few combinations of words: while a visitor types, only the word being
// typed is new at each keystroke, and a change of filter reuses the text
// matches whole.

const (
	cachedWords = 32 // words whose hits are kept
	cachedTexts = 4  // combinations of words whose hits are kept
)

// wordHits are the events that one query word matches, ascending, with the
// score of the word in each: its match score times the weight of the best
// field it matched in.
type wordHits struct {
	toks []tokMatch // the vocabulary words matched, by id
	ev   []uint32
	sc   []uint16
}

// textHits are the events that match every word of a query, ascending,
// with the sum of the words' scores and the phrase bonus.
type textHits struct {
	key   string
	words []*wordHits
	ev    []uint32
	sc    []uint32
}

type cache struct {
	words   map[string]*wordHits
	order   []string // words, least recently used first
	texts   []*textHits
	dense   []uint16 // per event, zero between uses
	touched []uint32
}

// The phrase bonus: the query's words in a row, in the title or in the
// organizations and places.
const (
	titlePhraseBonus = 400
	otherPhraseBonus = 200
)

// text returns the events that match every word, which must not be empty.
func (ix *Index) text(words []string) *textHits {
	key := strings.Join(words, " ")
	ix.mu.Lock()
	defer ix.mu.Unlock()
	c := &ix.cache
	for i, t := range c.texts {
		if t.key == key {
			c.texts = append(slices.Delete(c.texts, i, i+1), t)
			return t
		}
	}
	th := &textHits{key: key}
	for _, w := range words {
		th.words = append(th.words, ix.wordHits(w))
	}

	// Intersect, shortest list first.
	byLen := slices.Clone(th.words)
	slices.SortFunc(byLen, func(a, b *wordHits) int { return len(a.ev) - len(b.ev) })
	first := byLen[0]
	th.ev = slices.Clone(first.ev)
	th.sc = make([]uint32, len(first.sc))
	for i, s := range first.sc {
		th.sc[i] = uint32(s)
	}
	for _, wh := range byLen[1:] {
		n, j := 0, 0
		for i, e := range th.ev {
			for j < len(wh.ev) && wh.ev[j] < e {
				j++
			}
			if j < len(wh.ev) && wh.ev[j] == e {
				th.ev[n], th.sc[n] = e, th.sc[i]+uint32(wh.sc[j])
				n++
			}
		}
		th.ev, th.sc = th.ev[:n], th.sc[:n]
	}
	if len(words) > 1 {
		phrase := " " + key
		for i, e := range th.ev {
			p := ix.phraseOf(int(e))
			if k := strings.Index(p, phrase); k >= 0 {
				if k < strings.IndexByte(p, 0) {
					th.sc[i] += titlePhraseBonus
				} else {
					th.sc[i] += otherPhraseBonus
				}
			}
		}
	}
	if len(c.texts) == cachedTexts {
		c.texts = slices.Delete(c.texts, 0, 1)
	}
	c.texts = append(c.texts, th)
	return th
}

// wordHits returns the hits of one word, from the cache if it can. The
// caller holds ix.mu.
func (ix *Index) wordHits(w string) *wordHits {
	c := &ix.cache
	if wh, ok := c.words[w]; ok {
		i := slices.Index(c.order, w)
		c.order = append(slices.Delete(c.order, i, i+1), w)
		return wh
	}
	n := len(ix.events)
	if len(c.dense) != n {
		c.dense = make([]uint16, n)
	}
	wh := &wordHits{toks: ix.matchWord(w)}
	dense, touched := c.dense, c.touched[:0]
	for _, m := range wh.toks {
		ev, mask := ix.postings(m.id)
		s := uint16(m.score)
		mask = mask[:len(ev)]
		for k, e := range ev {
			v := s * maskWeight[mask[k]&(1<<numFields-1)]
			if d := dense[e]; v > d {
				if d == 0 {
					touched = append(touched, e)
				}
				dense[e] = v
			}
		}
	}
	wh.ev = make([]uint32, 0, len(touched))
	wh.sc = make([]uint16, 0, len(touched))
	if len(touched) > n/16 {
		for e, v := range dense {
			if v > 0 {
				wh.ev, wh.sc = append(wh.ev, uint32(e)), append(wh.sc, v)
				dense[e] = 0
			}
		}
	} else {
		slices.Sort(touched)
		for _, e := range touched {
			wh.ev, wh.sc = append(wh.ev, e), append(wh.sc, dense[e])
			dense[e] = 0
		}
	}
	c.touched = touched[:0]

	if c.words == nil {
		c.words = map[string]*wordHits{}
	}
	if len(c.order) == cachedWords {
		delete(c.words, c.order[0])
		c.order = slices.Delete(c.order, 0, 1)
	}
	c.words[w], c.order = wh, append(c.order, w)
	return wh
}

// ResetCache forgets the hits of earlier searches, e.g. to measure
// searches from cold.
func (ix *Index) ResetCache() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.cache = cache{dense: ix.cache.dense}
}
