package query

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestTry(t *testing.T) {
	d, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(d)
	fmt.Println("vocab", ix.numWords(), "postings", len(ix.postEv))
	for _, q := range strings.Split(os.Getenv("QS"), "|") {
		r := ix.Search(State{Q: q})
		fmt.Printf("== %q: %d hits\n", q, len(r.Hits))
		for _, w := range r.words {
			var ts []string
			for _, m := range w.toks {
				ts = append(ts, fmt.Sprintf("%s:%d", ix.word(m.id), m.score))
			}
			if len(ts) > 12 { ts = append(ts[:12], "...") }
			fmt.Println("   ", ts)
		}
		for i, h := range r.Hits {
			if i >= 5 { break }
			var b strings.Builder
			for _, s := range Highlight(h.Event.Title, h.Title) {
				if s.Match { b.WriteString("[" + s.Text + "]") } else { b.WriteString(s.Text) }
			}
			fmt.Printf("   %5d %s %s\n", h.Score, h.Event.Date, b.String())
		}
	}
}
