package query

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/laborlens/laborlens/dataset"
)

// The searched fields of an event, in order of weight.
const (
	fieldTitle   = iota // title
	fieldOrg            // organization names and aliases
	fieldPlace          // place, facility codes, names and cities, country names
	fieldPeople         // people's names
	fieldTags           // demands, tags, campaign name, kind label, year
	fieldSummary        // summary and outcome
	numFields
)

// fieldWeight is what a match in each field is worth.
var fieldWeight = [numFields]int{10, 10, 6, 6, 4, 2}

// maskWeight[m] is the weight of the best field in the field set m.
var maskWeight = func() (w [1 << numFields]uint16) {
	for m := range w {
		for f := range numFields {
			if m&(1<<f) != 0 {
				w[m] = max(w[m], uint16(fieldWeight[f]))
			}
		}
	}
	return w
}()

// Index answers searches over one dataset. It is built once by NewIndex
// (its word index on the first search with words, or by Warm) and is
// safe for concurrent use. Its lists are flat arrays of integers so
// that a large index costs the garbage collector little.
type Index struct {
	ds     *dataset.Dataset
	events []*dataset.Event // the dataset's events, newest first

	// The vocabulary: every folded word of every event, sorted.
	vocab    string
	vOff     []uint32 // word i is vocab[vOff[i]:vOff[i+1]]
	vMask    []uint32 // maskOf each word
	col      string   // the collapsed words, sorted
	cOff     []uint32
	cWord    []uint32 // the vocabulary word of each collapsed word
	postOff  []uint32 // the postings of word i are post*[postOff[i]:postOff[i+1]]
	postEv   []uint32 // event indexes, ascending
	postMask []uint8  // the fields of the event that hold the word

	// Phrases: each event's folded title, then "\x00", then its folded
	// organizations and places.
	phrase string
	phOff  []uint32

	// Facet values of each event; multi-valued facets are flat lists.
	kind, outcome []uint8
	year          []uint16            // years since yearMin
	month         []uint8             // 1–12; 0 for a date known only to the year
	intl          []uint64            // bitset: the event is international
	region        map[string][]uint64 // bitset of the events in each region, by name
	fresh         []uint64            // bitset: the event is new since the last visit (SetNew)
	cty, org, fac multi
	yearMin       int
	bySize        []uint32 // events by headline participants, largest first
	sizeRank      []uint32 // the place of each event in bySize
	values        [numFacets]facetValues

	single     [128]*wordHits // the hits of each one-letter or one-digit word
	textOnce   sync.Once      // builds the fields above from vocab on: see Warm
	waiting    atomic.Bool    // a search waits for the text index: build it without pauses
	scratch    sync.Pool      // *scratch, the buffers of one search
	tokenizers sync.Pool      // *tokenizer
	mu         sync.Mutex
	cache      cache // guarded by mu
}

// multi is a multi-valued facet: the values of event i are ids[off[i]:off[i+1]].
type multi struct {
	off []uint32
	ids []uint32
}

func (m *multi) of(i int) []uint32 { return m.ids[m.off[i]:m.off[i+1]] }

// add records the next event's list: the ids of the known values of v
// among keys.
func (m *multi) add(v *facetValues, keys []string) {
	if m.off == nil {
		m.off = []uint32{0}
	}
	m.ids = v.appendIDs(m.ids, keys)
	m.off = append(m.off, uint32(len(m.ids)))
}

func (ix *Index) word(i uint32) string   { return ix.vocab[ix.vOff[i]:ix.vOff[i+1]] }
func (ix *Index) collapsed(i int) string { return ix.col[ix.cOff[i]:ix.cOff[i+1]] }
func (ix *Index) numWords() int          { return len(ix.vOff) - 1 }
func (ix *Index) phraseOf(i int) string  { return ix.phrase[ix.phOff[i]:ix.phOff[i+1]] }
func (ix *Index) postings(w uint32) (ev []uint32, mask []uint8) {
	a, b := ix.postOff[w], ix.postOff[w+1]
	return ix.postEv[a:b], ix.postMask[a:b]
}

// Dataset returns the indexed dataset.
func (ix *Index) Dataset() *dataset.Dataset { return ix.ds }

// NewIndex indexes a dataset for Search. The dataset must not change
// afterwards.
func NewIndex(ds *dataset.Dataset) *Index {
	ix := &Index{ds: ds, events: make([]*dataset.Event, len(ds.Events))}
	for i := range ds.Events {
		ix.events[i] = &ds.Events[i]
	}
	ix.buildFacets()
	return ix
}

// Warm builds the word index that searches with words need, which
// NewIndex leaves for later: filters alone never need it, and a page
// shows sooner without it (in the browser, ~200 ms at 1× CPU for the
// shipped dataset, seconds at 100,000 events). pause, when not nil, is
// called about every pauseEvery of work, so that a browser can paint and
// answer input in between; once a search needs the index and waits for
// it, the rest is built without pauses. Without Warm, the first search
// with words builds it. Safe for concurrent use.
func (ix *Index) Warm(pause func()) {
	ix.textOnce.Do(func() { ix.buildText(ix.pauser(pause)) })
}

// pauseEvery is how much work Warm does between two pauses: under the 50
// ms a browser counts as a long task, on a phone four times slower.
const pauseEvery = 10 * time.Millisecond

// pauser returns the function the build calls between chunks of work: it
// calls pause when pauseEvery has passed since the last pause, unless a
// search is waiting.
func (ix *Index) pauser(pause func()) func() {
	if pause == nil {
		return func() {}
	}
	last := time.Now()
	return func() {
		if !ix.waiting.Load() && time.Since(last) >= pauseEvery {
			pause()
			last = time.Now()
		}
	}
}

// ensureText builds the word index if Warm has not, or waits for Warm to
// finish it, without its pauses.
func (ix *Index) ensureText() {
	ix.waiting.Store(true)
	ix.textOnce.Do(func() { ix.buildText(func() {}) })
}

// buildText tokenizes every field of every event into the vocabulary and
// its postings, calling pause between chunks of work.
func (ix *Index) buildText(pause func()) {
	words, ev := ix.tokenize(pause)
	pause()
	rank := ix.buildVocabulary(words)
	pause()
	ix.buildPostings(rank, ev)
	pause()
	ix.buildCollapsed()
	pause()
	ix.buildSingle()
}

// eventWords are the words of each event, in the order tokenize met
// them: the words of event e are words[off[e]:off[e+1]], each with the
// mask of the fields that hold it.
type eventWords struct {
	words []uint32 // ids in tokenize's unsorted vocabulary
	masks []uint8
	off   []uint32
}

// tokenize reads every event's fields into a vocabulary, unsorted, and
// each event's words; it also writes the folded phrases (title, then
// organizations and place) that phrase matching reads.
func (ix *Index) tokenize(pause func()) (words []string, ev eventWords) {
	ds := ix.ds
	ids := map[string]uint32{}
	var stamp, slot []int32 // per word: last event that had it, its place in ev.words
	ev.off = []uint32{0}
	var tok tokenizer
	var ph strings.Builder
	ix.phOff = []uint32{0}
	field := 0
	cur := int32(0)
	addWord := func(w []byte, _ []int) {
		id, ok := ids[string(w)]
		if !ok {
			id = uint32(len(words))
			s := string(w)
			ids[s] = id
			words = append(words, s)
			stamp, slot = append(stamp, 0), append(slot, 0)
		}
		if stamp[id] != cur+1 {
			stamp[id], slot[id] = cur+1, int32(len(ev.words))
			ev.words, ev.masks = append(ev.words, id), append(ev.masks, 0)
		}
		ev.masks[slot[id]] |= 1 << field
	}
	add := func(f int, texts ...string) {
		field = f
		for _, t := range texts {
			tok.each(t, addWord)
		}
	}
	for i, e := range ix.events {
		if i%32 == 31 {
			pause()
		}
		cur = int32(i)
		add(fieldTitle, e.Title)
		for _, id := range e.Organizations {
			if o, ok := ds.Org(id); ok {
				add(fieldOrg, o.Name)
				add(fieldOrg, o.Aliases...)
			}
		}
		add(fieldPlace, e.Place)
		add(fieldPlace, e.Facilities...)
		for _, code := range e.Facilities {
			if f, ok := ds.Facility(code); ok {
				add(fieldPlace, f.Name, f.City, f.Region)
			}
		}
		for _, c := range e.Countries {
			add(fieldPlace, dataset.CountryName(c))
		}
		if e.International {
			add(fieldPlace, "international")
		}
		for _, p := range e.People {
			add(fieldPeople, p.Name)
		}
		add(fieldTags, e.Demands...)
		add(fieldTags, e.Tags...)
		if c, ok := ds.Campaign(e.Campaign); ok {
			add(fieldTags, c.Name)
		}
		add(fieldTags, e.Kind.Label(), strconv.Itoa(e.Date.Year))
		add(fieldTags, kindTerms[e.Kind]...)
		add(fieldSummary, e.Summary, e.Outcome)
		ev.off = append(ev.off, uint32(len(ev.words)))

		foldPhrase(&ph, e.Title)
		ph.WriteByte(0)
		for _, id := range e.Organizations {
			if o, ok := ds.Org(id); ok {
				foldPhrase(&ph, o.Name)
			}
		}
		foldPhrase(&ph, e.Place)
		ix.phOff = append(ix.phOff, uint32(ph.Len()))
	}
	ix.phrase = ph.String()
	return words, ev
}

// buildVocabulary sorts the vocabulary into ix and returns each word's
// rank in it, by its id in words.
func (ix *Index) buildVocabulary(words []string) (rank []uint32) {
	order := make([]uint32, len(words))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return strings.Compare(words[a], words[b]) })
	rank = make([]uint32, len(words))
	var vb strings.Builder
	ix.vOff = make([]uint32, 1, len(words)+1)
	ix.vMask = make([]uint32, len(words))
	for r, id := range order {
		rank[id] = uint32(r)
		vb.WriteString(words[id])
		ix.vOff = append(ix.vOff, uint32(vb.Len()))
		ix.vMask[r] = maskOf(words[id])
	}
	ix.vocab = vb.String()
	return rank
}

// buildPostings lists, for each word of the sorted vocabulary, the events
// that hold it and in which fields, by counting sort.
func (ix *Index) buildPostings(rank []uint32, ev eventWords) {
	n := len(rank)
	ix.postOff = make([]uint32, n+1)
	for _, id := range ev.words {
		ix.postOff[rank[id]+1]++
	}
	for i := 1; i < len(ix.postOff); i++ {
		ix.postOff[i] += ix.postOff[i-1]
	}
	ix.postEv = make([]uint32, len(ev.words))
	ix.postMask = make([]uint8, len(ev.words))
	next := slices.Clone(ix.postOff[:n])
	for e := range len(ix.events) {
		for k := ev.off[e]; k < ev.off[e+1]; k++ {
			w := rank[ev.words[k]]
			ix.postEv[next[w]] = uint32(e)
			ix.postMask[next[w]] = ev.masks[k]
			next[w]++
		}
	}
}

// buildCollapsed lists the vocabulary's words with doubled letters
// collapsed, sorted, for typos of doubled letters ("besemer").
func (ix *Index) buildCollapsed() {
	n := len(ix.vMask)
	type cw struct {
		s  string
		id uint32
	}
	cws := make([]cw, n)
	for r := range cws {
		cws[r] = cw{collapse(ix.word(uint32(r))), uint32(r)}
	}
	sortPtrs(cws, func(a, b *cw) int { return cmp.Or(strings.Compare(a.s, b.s), cmp.Compare(a.id, b.id)) })
	var cb strings.Builder
	ix.cOff = make([]uint32, 1, len(cws)+1)
	ix.cWord = make([]uint32, len(cws))
	for i, c := range cws {
		cb.WriteString(c.s)
		ix.cOff = append(ix.cOff, uint32(cb.Len()))
		ix.cWord[i] = c.id
	}
	ix.col = cb.String()
}
