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
}

// HighlightLimit is the number of hits whose matches Search marks.
const HighlightLimit = 100

// Result is the answer to a search. It must not be changed.
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
	hist   []int32
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
// Every word of the query must match a word of the event, in any field
// (see matchWord for how a word matches). An event's score is the sum over
// the query's words of the best match score of the word times the weight
// of the field it is in: title and organizations 10, places, facilities
// and people 6, demands and tags 4, summary 2; plus a bonus when the
// words appear in a row in the title or the organizations and places.
// Filters combine with AND across facets and OR within one.
func (ix *Index) Search(s State) Result {
	res := Result{Total: len(ix.events), Words: Words(s.Q), Sort: s.EffectiveSort(), ix: ix}
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
	res.Facets = ix.facets(f, &s, sc)

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

	res.Hits = make([]Hit, len(hits))
	put := func(k int, i int) {
		h := &res.Hits[k]
		h.Event = ix.events[hits[i]]
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
	return res
}

// byScore returns the positions of the scores in descending order of
// score, ties in ascending position (newest first): a sort for few hits,
// a counting sort for many.
func (ix *Index) byScore(scores []uint32, sc *scratch) []uint32 {
	order := make([]uint32, len(scores))
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
	order := make([]uint32, 0, len(hits))
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
