package query

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// allText is every searched field of an event, folded, for brute-force checks.
func allText(ds *dataset.Dataset, e *dataset.Event) string {
	parts := []string{e.Title, e.Place, e.Summary, e.Outcome, e.Kind.Label(), strconv.Itoa(e.Date.Year)}
	for _, id := range e.Organizations {
		if o, ok := ds.Org(id); ok {
			parts = append(parts, o.Name)
			parts = append(parts, o.Aliases...)
		}
	}
	for _, code := range e.Facilities {
		parts = append(parts, code)
		if f, ok := ds.Facility(code); ok {
			parts = append(parts, f.Name, f.City, f.Region)
		}
	}
	for _, c := range e.Countries {
		parts = append(parts, dataset.CountryName(c))
	}
	for _, p := range e.People {
		parts = append(parts, p.Name)
	}
	parts = append(parts, e.Demands...)
	parts = append(parts, e.Tags...)
	if c, ok := ds.Campaign(e.Campaign); ok {
		parts = append(parts, c.Name)
	}
	var b strings.Builder
	for _, p := range parts {
		foldPhrase(&b, p)
	}
	return b.String()
}

func ids(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Event.ID
	}
	return out
}

// containing returns the ids of the events whose folded text contains s.
func containing(ds *dataset.Dataset, s string) []string {
	var out []string
	for i := range ds.Events {
		if strings.Contains(allText(ds, &ds.Events[i]), s) {
			out = append(out, ds.Events[i].ID)
		}
	}
	return out
}

func TestMultiWord(t *testing.T) {
	ds, ix := realData(t)
	for _, c := range []struct {
		q    string
		must []string // in every hit
	}{
		{"climate walkout", []string{"climate", "walk"}},
		{"jfk8 vote", []string{"jfk8", "vot"}},
		{`"Staten Island" union`, []string{"staten", "island", "union"}},
	} {
		r := ix.Search(State{Q: c.q})
		if len(r.Hits) == 0 {
			t.Errorf("%q finds nothing", c.q)
		}
		for _, h := range r.Hits {
			text := allText(ds, h.Event)
			for _, m := range c.must {
				if !strings.Contains(text, m) {
					t.Errorf("%q finds %s, which lacks %q", c.q, h.Event.ID, m)
				}
			}
		}
	}
	// The walkouts for the climate, whose titles say "walk out", are found
	// by their kind.
	r := ix.Search(State{Q: "climate walkout"})
	for i := range ds.Events {
		e := &ds.Events[i]
		if e.Kind == dataset.Walkout && strings.Contains(allText(ds, e), "climate") && !slices.Contains(ids(r.Hits), e.ID) {
			t.Errorf("climate walkout misses %s", e.ID)
		}
	}
	// Every word must match: a word found nowhere empties the result.
	if r := ix.Search(State{Q: "bessemer qqxqq"}); len(r.Hits) != 0 {
		t.Errorf("bessemer qqxqq: %v", ids(r.Hits))
	}
}

func TestRanking(t *testing.T) {
	ds, ix := realData(t)
	pos := map[*dataset.Event]int{}
	for i := range ds.Events {
		pos[&ds.Events[i]] = i
	}
	for _, q := range []string{"bessemer", "strike", "amazon labor union", "jfk8 vote", "heat", "teamstrs", "a"} {
		r := ix.Search(State{Q: q})
		for i := 1; i < len(r.Hits); i++ {
			a, b := r.Hits[i-1], r.Hits[i]
			if a.Score < b.Score || a.Score == b.Score && pos[a.Event] > pos[b.Event] {
				t.Fatalf("%q: hit %d (%s, %d) before hit %d (%s, %d)", q, i-1, a.Event.ID, a.Score, i, b.Event.ID, b.Score)
			}
		}
	}
	// A match in the title outranks one in the summary only.
	r := ix.Search(State{Q: "bessemer"})
	seenSummaryOnly := false
	for _, h := range r.Hits {
		inTitle := strings.Contains(strings.ToLower(h.Event.Title), "bessemer")
		if inTitle && seenSummaryOnly {
			t.Errorf("title match %s ranks below a summary-only match", h.Event.ID)
		}
		seenSummaryOnly = seenSummaryOnly || !inTitle
	}
	// The phrase bonus: the words in a row in the title come first.
	r = ix.Search(State{Q: "labor union"})
	if len(r.Hits) == 0 || !strings.Contains(strings.ToLower(r.Hits[0].Event.Title+" "+strings.Join(r.Hits[0].Event.Organizations, " ")), "labor") {
		t.Errorf("labor union: first hit %v", ids(r.Hits[:min(3, len(r.Hits))]))
	}
}

func TestSorts(t *testing.T) {
	ds, ix := realData(t)
	all := ix.Search(State{})
	if all.Total != len(ds.Events) || len(all.Hits) != len(ds.Events) || all.Sort != SortNewest {
		t.Fatalf("empty search: %d hits of %d, sort %q", len(all.Hits), all.Total, all.Sort)
	}
	for i, h := range all.Hits {
		if h.Event != &ds.Events[i] || h.Score != 0 || h.Title != nil {
			t.Fatalf("empty search, hit %d is %s, score %d", i, h.Event.ID, h.Score)
		}
	}
	q := State{Q: "strike"}
	rel := ix.Search(q)
	newest := ix.Search(q.WithSort(SortNewest))
	oldest := ix.Search(q.WithSort(SortOldest))
	size := ix.Search(q.WithSort(SortSize))
	if rel.Sort != SortRelevance || len(newest.Hits) != len(rel.Hits) || len(oldest.Hits) != len(rel.Hits) || len(size.Hits) != len(rel.Hits) {
		t.Fatal("sorts change the hits")
	}
	for i := 1; i < len(newest.Hits); i++ {
		if newest.Hits[i-1].Event.Date.Compare(newest.Hits[i].Event.Date) < 0 {
			t.Errorf("newest: %s before %s", newest.Hits[i-1].Event.ID, newest.Hits[i].Event.ID)
		}
		if oldest.Hits[i-1].Event.Date.Compare(oldest.Hits[i].Event.Date) > 0 {
			t.Errorf("oldest: %s before %s", oldest.Hits[i-1].Event.ID, oldest.Hits[i].Event.ID)
		}
		if headline(size.Hits[i-1].Event) < headline(size.Hits[i].Event) {
			t.Errorf("size: %s before %s", size.Hits[i-1].Event.ID, size.Hits[i].Event.ID)
		}
	}
	if newest.Hits[0].Score == 0 {
		t.Error("scores are lost when sorting by date")
	}
}

func headline(e *dataset.Event) int {
	if len(e.Participants) == 0 {
		return -1
	}
	return e.Participants[0].Count
}

// Searches reuse the hits of earlier ones: typing a query letter by letter
// must give what a search from cold gives.
func TestCacheConsistency(t *testing.T) {
	ds, warm := realData(t)
	cold := NewIndex(ds)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, q := range []string{"bessemer union vote", "climate walkout", "teamstrs strike", "jfk8  vote ", "a b c d e", "amazon amazon labor"} {
		s := State{}
		if rng.IntN(2) == 0 {
			s = s.With(FacetCountry, "US")
		}
		for i := range len(q) + 1 {
			s = s.WithQuery(q[:i])
			w := warm.Search(s)
			cold.ResetCache()
			c := cold.Search(s)
			if !sameResult(w, c) {
				t.Fatalf("%q: warm and cold searches differ", s.Q)
			}
		}
	}
}

func sameResult(a, b Result) bool {
	if len(a.Hits) != len(b.Hits) {
		return false
	}
	for i := range a.Hits {
		x, y := a.Hits[i], b.Hits[i]
		if x.Event != y.Event || x.Score != y.Score || !slices.Equal(x.Title, y.Title) || !slices.Equal(x.Summary, y.Summary) {
			return false
		}
	}
	for f := range numFacets {
		if !slices.Equal(*a.Facets.list(f), *b.Facets.list(f)) {
			return false
		}
	}
	return true
}

func TestHostileSearch(t *testing.T) {
	ds, ix := realData(t)
	for _, q := range []string{"<script>alert(1)</script>", "\x00", strings.Repeat("a", 5000), strings.Repeat("a b ", 400),
		"🙂🙂", "عمال أمازون", "\u202Eevil", "%00", "'\"", "ǅ ǈ ß İ", "\xff\xfe"} {
		s := State{}.WithQuery(q)
		r := ix.Search(s)
		if len(Words(s.Q)) == 0 && len(r.Hits) != len(ds.Events) {
			t.Errorf("%q has no words but finds %d", q, len(r.Hits))
		}
		for _, h := range r.Hits[:min(5, len(r.Hits))] {
			Highlight(h.Event.Title, h.Title)
		}
	}
}

// A kind's name in another of the interface's languages finds the events
// of that kind, accents optional.
func TestKindInOtherLanguages(t *testing.T) {
	_, ix := realData(t)
	strikes := ix.Search(State{Kinds: []dataset.Kind{dataset.Strike}})
	for _, q := range []string{"Streik", "grève", "greve", "GREVE", "huelga", "sciopero", "strajk"} {
		r := ix.Search(State{Q: q})
		n := 0
		for _, h := range r.Hits {
			if h.Event.Kind == dataset.Strike {
				n++
			}
		}
		if n != len(strikes.Hits) {
			t.Errorf("%q finds %d of the %d strikes (%d hits in all)", q, n, len(strikes.Hits), len(r.Hits))
		}
	}
	for k := range kindTerms {
		if !k.Known() {
			t.Errorf("kindTerms names an unknown kind %q", k)
		}
	}
}
