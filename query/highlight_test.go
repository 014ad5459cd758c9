package query

import (
	"slices"
	"strings"
	"testing"
)

func TestHighlight(t *testing.T) {
	for _, c := range []struct {
		text string
		idx  []int
		want []Segment
	}{
		{"", nil, nil},
		{"", []int{0}, nil},
		{"strike", nil, []Segment{{"strike", false}}},
		{"strike", []int{0, 1, 2}, []Segment{{"str", true}, {"ike", false}}},
		{"a strike", []int{2, 3, 4, 5, 6, 7}, []Segment{{"a ", false}, {"strike", true}}},
		{"Poznań rally", []int{0, 1, 2, 3, 4, 5}, []Segment{{"Poznań", true}, {" rally", false}}},
		{"ver.di strike", []int{0, 1, 2, 4, 5}, []Segment{{"ver", true}, {".", false}, {"di", true}, {" strike", false}}},
		{"abc", []int{2, 0, 0, 99, -1}, []Segment{{"a", true}, {"b", false}, {"c", true}}},
		{"✊🏽 go", []int{3}, []Segment{{"✊🏽 ", false}, {"g", true}, {"o", false}}},
	} {
		got := Highlight(c.text, c.idx)
		if !slices.Equal(got, c.want) {
			t.Errorf("Highlight(%q, %v) = %v, want %v", c.text, c.idx, got, c.want)
		}
		var b strings.Builder
		for _, s := range got {
			b.WriteString(s.Text)
		}
		if b.String() != c.text {
			t.Errorf("Highlight(%q) loses text: %q", c.text, b.String())
		}
	}
}

func TestTokenizer(t *testing.T) {
	var tok tokenizer
	type w struct {
		word string
		pos  []int
	}
	var got []w
	tok.each("Ver.di's e\u0301tude: COVID-19 (Poznań) a--b", func(word []byte, pos []int) {
		got = append(got, w{string(word), slices.Clone(pos)})
	})
	want := []w{
		{"ver", []int{0, 1, 2}}, {"di", []int{4, 5}}, {"s", []int{7}}, {"verdis", []int{0, 1, 2, 4, 5, 7}},
		{"etude", []int{9, 11, 12, 13, 14}},
		{"covid", []int{17, 18, 19, 20, 21}}, {"19", []int{23, 24}}, {"covid19", []int{17, 18, 19, 20, 21, 23, 24}},
		{"poznan", []int{27, 28, 29, 30, 31, 32}},
		{"a", []int{35}}, {"b", []int{38}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i].word != want[i].word || !slices.Equal(got[i].pos, want[i].pos) {
			t.Errorf("word %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestHighlights(t *testing.T) {
	_, ix := realData(t)
	r := ix.Search(State{Q: "bess"})
	for _, h := range r.Hits {
		i := strings.Index(h.Event.Title, "Bess")
		if i < 0 {
			continue
		}
		at := len([]rune(h.Event.Title[:i]))
		if !slices.Equal(h.Title, []int{at, at + 1, at + 2, at + 3}) {
			t.Errorf("%q: Title marks %v, want the 4 runes from %d", h.Event.Title, h.Title, at)
		}
	}
	r = ix.Search(State{Q: "poznan"})
	for _, h := range r.Hits {
		if strings.Contains(h.Event.Title, "Poznań") {
			segs := Highlight(h.Event.Title, h.Title)
			var marked []string
			for _, s := range segs {
				if s.Match {
					marked = append(marked, s.Text)
				}
			}
			if !slices.Equal(marked, []string{"Poznań"}) {
				t.Errorf("%q: marked %q", h.Event.Title, marked)
			}
		}
	}
	// Beyond HighlightLimit, Mark fills the marks in.
	r = ix.Search(State{Q: "amazon"})
	if len(r.Hits) <= HighlightLimit {
		t.Skip("too few hits")
	}
	for i := HighlightLimit; i < len(r.Hits); i++ {
		h := r.Hits[i]
		if h.Title != nil || h.Summary != nil {
			t.Fatalf("hit %d is marked", i)
		}
		r.Mark(&h)
		if strings.Contains(strings.ToLower(h.Event.Summary), "amazon") && len(h.Summary) == 0 {
			t.Errorf("hit %d: Mark left the summary unmarked", i)
		}
	}
}
