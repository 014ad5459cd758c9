package query

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Segment is a run of text that the query matched or not.
type Segment struct {
	Text  string
	Match bool
}

// Highlight cuts text into segments at the rune indexes idx (as in
// Hit.Title), so that the matched runs can be shown as marked text nodes.
// Indexes out of range are ignored; concatenating the segments gives text.
func Highlight(text string, idx []int) []Segment {
	if len(idx) == 0 {
		if text == "" {
			return nil
		}
		return []Segment{{Text: text}}
	}
	if !slices.IsSorted(idx) {
		idx = slices.Sorted(slices.Values(idx))
	}
	var out []Segment
	start, match := 0, false
	k, r := 0, 0
	for i := range text {
		for k < len(idx) && idx[k] < r {
			k++
		}
		m := k < len(idx) && idx[k] == r
		if i > 0 && m != match {
			out = append(out, Segment{text[start:i], match})
			start = i
		}
		match = m
		r++
	}
	if start < len(text) {
		out = append(out, Segment{text[start:], match})
	}
	return out
}

// Mark fills in the hit's Title and Summary indexes, which Search only does
// for the first HighlightLimit hits. It does nothing without a query.
func (r *Result) Mark(h *Hit) {
	if r.ix == nil || len(r.words) == 0 || h.Event == nil {
		return
	}
	h.Title = r.marks(h.Event.Title, fieldTitle, h.ev)
	h.Summary = r.marks(h.Event.Summary, fieldSummary, h.ev)
}

// marks returns the rune indexes in text of the letters the query matched.
// Only the words that matched in the field are looked for.
func (r *Result) marks(text string, field int, e uint32) []int {
	words := make([]bool, len(r.words))
	none := true
	for i, wh := range r.words {
		words[i] = wh.fields(e)&(1<<field) != 0
		none = none && !words[i]
	}
	if none {
		return nil
	}
	var out []int
	t, _ := r.ix.tokenizers.Get().(*tokenizer)
	if t == nil {
		t = new(tokenizer)
	}
	defer r.ix.tokenizers.Put(t)
	t.each(text, func(word []byte, pos []int) {
		id, looked, known := uint32(0), false, false
		for i, wh := range r.words {
			if !words[i] {
				continue
			}
			q := r.Words[i]
			if wh.strict() {
				// Exact and prefix matches need no look-up.
				if strings.HasPrefix(string(word), q) {
					out = append(out, pos[:min(utf8.RuneCountInString(q), len(pos))]...)
				}
				continue
			}
			if !looked {
				id, known = r.ix.lookup(word)
				looked = true
			}
			if !known {
				continue
			}
			k, found := slices.BinarySearchFunc(wh.toks, id, func(m tokMatch, id uint32) int { return cmp.Compare(m.id, id) })
			if found {
				out = append(out, matched(string(word), q, wh.toks[k].tier, pos)...)
			}
		}
	})
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// matched returns the positions of the runes of a text word that a query
// word matched.
func matched(word, q string, how tier, pos []int) []int {
	n := utf8.RuneCountInString(q)
	switch how {
	case tierPrefix:
		return pos[:min(n, len(pos))]
	case tierInfix:
		if i := strings.Index(word, q); i >= 0 {
			at := utf8.RuneCountInString(word[:i])
			return pos[at:min(at+n, len(pos))]
		}
	case tierFuzzy:
		var out []int
		j := 0
		for i, c := range []rune(word) {
			if j == len(q) {
				break
			}
			if qc, size := utf8.DecodeRuneInString(q[j:]); qc == c {
				out = append(out, pos[i])
				j += size
			}
		}
		return out
	}
	return pos
}

// lookup returns the id of a vocabulary word.
func (ix *Index) lookup(w []byte) (uint32, bool) {
	n := ix.numWords()
	i := sort.Search(n, func(i int) bool { return ix.word(uint32(i)) >= string(w) })
	return uint32(i), i < n && ix.word(uint32(i)) == string(w)
}
