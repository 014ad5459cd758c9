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
	fm   []uint8 // the fields of the event the word matched in
}

// fields returns the fields of event e that the word matched in.
func (wh *wordHits) fields(e uint32) uint8 {
	if k, ok := slices.BinarySearch(wh.ev, e); ok {
		return wh.fm[k]
	}
	return 0
}

// strict reports whether the word matched only by exact and prefix matches.
func (wh *wordHits) strict() bool { return len(wh.toks) == 0 || wh.toks[0].tier <= tierPrefix }

// textHits are the events that match every word of a query, ascending,
// with the sum of the words' scores and the phrase bonus.
type textHits struct {
	key   string
	words []*wordHits
	ev    []uint32
	raw   []uint32 // the sum of the words' scores
	flags []uint8  // phraseTitle, phraseOther: where every word matched
	sc    []uint32 // raw plus the phrase bonus
}

const (
	phraseTitle = 1 << iota // every word matched in the title
	phraseOther             // every word matched in the organizations or places
)

func phraseFlags(fm uint8) uint8 {
	var f uint8
	if fm&(1<<fieldTitle) != 0 {
		f |= phraseTitle
	}
	if fm&(1<<fieldOrg|1<<fieldPlace) != 0 {
		f |= phraseOther
	}
	return f
}

type cache struct {
	words   map[string]*wordHits
	order   []string // words, least recently used first
	texts   []*textHits
	dense   []uint16 // per event, zero between uses
	fields  []uint8  // per event, zero between uses
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
	ix.ensureText()
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

	// Start from the hits of all words but the last, when they are cached
	// (the visitor is typing the last word), or else from the word with
	// the fewest hits, and intersect with the other words.
	var base *textHits
	rest := slices.Clone(th.words)
	if len(words) > 1 {
		prefix := strings.Join(words[:len(words)-1], " ")
		for _, t := range c.texts {
			if t.key == prefix {
				base, rest = t, rest[len(rest)-1:]
			}
		}
	}
	if base != nil {
		th.ev, th.raw, th.flags = slices.Clone(base.ev), slices.Clone(base.raw), slices.Clone(base.flags)
	} else {
		slices.SortFunc(rest, func(a, b *wordHits) int { return len(a.ev) - len(b.ev) })
		first := rest[0]
		rest = rest[1:]
		th.ev = slices.Clone(first.ev)
		th.raw = make([]uint32, len(first.sc))
		th.flags = make([]uint8, len(first.sc))
		for i, s := range first.sc {
			th.raw[i], th.flags[i] = uint32(s), phraseFlags(first.fm[i])
		}
	}
	for _, wh := range rest {
		n, j := 0, 0
		for i, e := range th.ev {
			for j < len(wh.ev) && wh.ev[j] < e {
				j++
			}
			if j < len(wh.ev) && wh.ev[j] == e {
				th.ev[n], th.raw[n], th.flags[n] = e, th.raw[i]+uint32(wh.sc[j]), th.flags[i]&phraseFlags(wh.fm[j])
				n++
			}
		}
		th.ev, th.raw, th.flags = th.ev[:n], th.raw[:n], th.flags[:n]
	}
	th.sc = th.raw
	if len(words) > 1 {
		th.sc = slices.Clone(th.raw)
		phrase := " " + key
		for i, e := range th.ev {
			if th.flags[i] == 0 {
				continue
			}
			p := ix.phraseOf(int(e))
			end := strings.IndexByte(p, 0)
			switch {
			case th.flags[i]&phraseTitle != 0 && strings.Contains(p[:end], phrase):
				th.sc[i] += titlePhraseBonus
			case th.flags[i]&phraseOther != 0 && strings.Contains(p[end:], phrase):
				th.sc[i] += otherPhraseBonus
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
	if len(w) == 1 && ix.single[w[0]] != nil {
		return ix.single[w[0]]
	}
	c := &ix.cache
	if wh, ok := c.words[w]; ok {
		i := slices.Index(c.order, w)
		c.order = append(slices.Delete(c.order, i, i+1), w)
		return wh
	}
	n := len(ix.events)
	if len(c.dense) != n {
		c.dense, c.fields = make([]uint16, n), make([]uint8, n)
	}
	wh := &wordHits{toks: ix.matchWord(w)}
	dense, fields, touched := c.dense, c.fields[:n], c.touched[:0]
	for _, m := range wh.toks {
		ev, mask := ix.postings(m.id)
		s := uint16(m.score)
		mask = mask[:len(ev)]
		for k, e := range ev {
			fm := mask[k] & (1<<numFields - 1)
			v := s * maskWeight[fm]
			d := dense[e]
			if d == 0 {
				touched = append(touched, e)
			}
			dense[e] = max(d, v)
			fields[e] |= fm
		}
	}
	wh.ev = make([]uint32, len(touched))
	wh.sc = make([]uint16, len(touched))
	wh.fm = make([]uint8, len(touched))
	if len(touched) > n/16 {
		k := 0
		for e, v := range dense {
			if v > 0 {
				wh.ev[k], wh.sc[k], wh.fm[k] = uint32(e), v, fields[e]
				dense[e], fields[e] = 0, 0
				k++
			}
		}
	} else {
		slices.Sort(touched)
		for k, e := range touched {
			wh.ev[k], wh.sc[k], wh.fm[k] = e, dense[e], fields[e]
			dense[e], fields[e] = 0, 0
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

// buildSingle computes the hits of the one-letter words: every query
// starts with one, and they match the most words, so they cost the most.
func (ix *Index) buildSingle() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for c := byte('0'); c <= 'z'; c++ {
		if asciiFold[c] == c {
			if lo, hi := ix.prefixRange(string(c)); hi > lo {
				ix.single[c] = ix.wordHits(string(c))
			}
		}
	}
	ix.cache = cache{dense: ix.cache.dense, fields: ix.cache.fields}
}

// ResetCache forgets the hits of earlier searches, e.g. to measure
// searches from cold.
func (ix *Index) ResetCache() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.cache = cache{dense: ix.cache.dense, fields: ix.cache.fields}
}
