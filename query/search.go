package query

import (
	"cmp"
	"slices"

	"github.com/laborlens/laborlens/dataset"
)

// Hit is an event that matches a search.
type Hit struct {
	Event *dataset.Event
	Score int // relevance; 0 without a query

	// The rune indexes in Event.Title and Event.Summary of the letters the
	// query matched, ascending, for Highlight. Search fills them for the
	// first HighlightLimit hits; Result.Mark fills them for the others.
	Title, Summary []int

	ev uint32 // the event's index
}

// HighlightLimit is the number of hits whose matches Search marks: the
// explorer's first page. Marking costs as much as searching, so Search
// marks no more than a visitor sees after a keystroke.
const HighlightLimit = 50

// Result is the answer to a search. Treat it as read-only, apart from
// filling in marks with Mark.
type Result struct {
	Hits   []Hit    // the events that match the query and every filter, in order
	Total  int      // the events in the dataset
	Facets Facets   // counts for the filters
	Words  []string // the folded words searched for
	Sort   Sort     // the order of Hits: the State's EffectiveSort

	words []*wordHits // per word, the vocabulary words it matched
	ix    *Index
}

// scratch holds the buffers of one search; they are pooled.
type scratch struct {
	hits   []uint32
	scores []uint32
	counts [numFacets][]int32
	marks  []uint32 // per event: its place among the hits plus one, for the size order
	order  []uint32 // the hits' places in the order of the results
	hist   []int32
	keys   []uint64
}

func (ix *Index) getScratch() *scratch {
	sc, _ := ix.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
		for f := range numFacets {
			sc.counts[f] = make([]int32, len(ix.values[f].value))
		}
	}
	return sc
}

// Search finds the events that match the State's query and filters, in the
// State's order, and counts the values of every facet.
//
// The query is cut into words (see Words). Every word must match a word of
// the event, in any field: the same word, or one it begins (the word being
// typed). Only a word that is neither a word of the data nor the beginning
// of one is taken for a typo and matched more loosely: inside a word
// ("mazon"), with doubled letters made single ("besemer", "bessemmer" →
// Bessemer), as a subsequence with one letter (two from eight letters)
// left out ("teamstrs" → Teamsters; scored by sahilm/fuzzy), or with one
// of its letters dropped ("teamsxters"). Numbers are not taken for typos.
//
// An event's score is the sum over the words of the word's match score (100
// for the same word, less for a longer word it begins, less again for each
// looser match) times the weight of the best field it matched in: title
// and organizations 10, places, facilities and people 6, demands, tags and
// kind 4, summary and outcome 2; plus a bonus when the words appear in a
// row in the title (400) or the organizations and places (200). Ties go to
// the newest event. Filters combine with AND across facets and OR within
// one; facet counts follow the disjunctive rule (see Facets). The month
// filter leaves out the events known only to the year; the international
// filter, having no facet of its own, restricts every count.
//
// Search keeps the hits of recent words and word combinations, so that
// each keystroke only matches the word being typed.
func (ix *Index) Search(s State) Result {
	var r Result
	ix.SearchInto(&r, s)
	return r
}

// SearchInto is Search into r, reusing the memory of r's lists: whatever r
// held before, and any Hits or Counts slice taken from it, is overwritten.
// On a large dataset it spares the garbage collector a list per keystroke
// when the previous result is dropped anyway.
func (ix *Index) SearchInto(r *Result, s State) {
	hitBuf, facetBuf := r.Hits[:0], r.Facets
	*r = Result{Total: len(ix.events), Words: Words(s.Q), Sort: s.EffectiveSort(), ix: ix}
	res := r
	var th *textHits
	if len(res.Words) > 0 {
		th = ix.text(res.Words)
		res.words = th.words
	}
	f := ix.compileFilter(&s)
	sc := ix.getScratch()
	defer ix.scratch.Put(sc)

	var ev []uint32 // nil: all events
	if th != nil {
		ev = th.ev
		if ev == nil {
			ev = []uint32{}
		}
	}
	hits := ix.count(f, ev, sc)
	res.Facets = ix.facets(f, &s, sc, &facetBuf)

	// The scores of the hits, a subsequence of th.ev.
	scores := sc.scores[:0]
	if th != nil {
		j := 0
		for _, e := range hits {
			for th.ev[j] != e {
				j++
			}
			scores = append(scores, th.sc[j])
		}
	}
	sc.scores = scores

	if cap(hitBuf) >= len(hits) {
		res.Hits = hitBuf[:len(hits)]
		clear(res.Hits)
	} else {
		res.Hits = make([]Hit, len(hits))
	}
	put := func(k int, i int) {
		h := &res.Hits[k]
		h.Event, h.ev = ix.events[hits[i]], hits[i]
		if th != nil {
			h.Score = int(scores[i])
		}
	}
	switch res.Sort {
	case SortOldest:
		for k := range hits {
			put(k, len(hits)-1-k)
		}
	case SortRelevance:
		if th == nil {
			for k := range hits {
				put(k, k)
			}
			break
		}
		for k, i := range ix.byScore(scores, sc) {
			put(k, int(i))
		}
	case SortSize:
		for k, i := range ix.bySizeOrder(hits, sc) {
			put(k, int(i))
		}
	default:
		for k := range hits {
			put(k, k)
		}
	}
	for i := range min(HighlightLimit, len(res.Hits)) {
		res.Mark(&res.Hits[i])
	}
}

// byScore returns the positions of the scores in descending order of
// score, ties in ascending position (newest first): a sort for few hits,
// a counting sort for many.
func (ix *Index) byScore(scores []uint32, sc *scratch) []uint32 {
	order := slices.Grow(sc.order[:0], len(scores))[:len(scores)]
	sc.order = order
	if len(scores) < 2048 {
		for i := range order {
			order[i] = uint32(i)
		}
		slices.SortFunc(order, func(a, b uint32) int {
			return cmp.Or(cmp.Compare(scores[b], scores[a]), cmp.Compare(a, b))
		})
		return order
	}
	top := slices.Max(scores)
	if cap(sc.hist) < int(top)+1 {
		sc.hist = make([]int32, top+1)
	}
	// Key top-s puts the best first; hist becomes each key's first place.
	hist := sc.hist[:top+1]
	clear(hist)
	for _, s := range scores {
		hist[top-s]++
	}
	sum := int32(0)
	for k, c := range hist {
		hist[k], sum = sum, sum+c
	}
	for i, s := range scores {
		order[hist[top-s]] = uint32(i)
		hist[top-s]++
	}
	return order
}

// bySizeOrder returns the positions of the hits in the order of bySize.
func (ix *Index) bySizeOrder(hits []uint32, sc *scratch) []uint32 {
	order := slices.Grow(sc.order[:0], len(hits))
	defer func() { sc.order = order }()
	if len(hits) < len(ix.events)/16 {
		for i := range hits {
			order = append(order, uint32(i))
		}
		slices.SortFunc(order, func(a, b uint32) int {
			return cmp.Compare(ix.sizeRank[hits[a]], ix.sizeRank[hits[b]])
		})
		return order
	}
	// Many hits: walk bySize, picking the marked ones.
	if len(sc.marks) != len(ix.events) {
		sc.marks = make([]uint32, len(ix.events))
	}
	for i, e := range hits {
		sc.marks[e] = uint32(i) + 1
	}
	for _, e := range ix.bySize {
		if p := sc.marks[e]; p != 0 {
			order = append(order, p-1)
		}
	}
	for _, e := range hits {
		sc.marks[e] = 0
	}
	return order
}
