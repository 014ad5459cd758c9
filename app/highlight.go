package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/query"
)

// highlighted renders text with the runes at idx marked. Every piece is a
// text node: nothing from the data or the query is ever parsed as HTML.
func highlighted(text string, idx []int) []app.UI {
	if len(idx) == 0 {
		return []app.UI{app.Text(text)}
	}
	segs := query.Highlight(text, idx)
	out := make([]app.UI, len(segs))
	for i, s := range segs {
		if s.Match {
			out[i] = app.Mark().Text(s.Text)
		} else {
			out[i] = app.Text(s.Text)
		}
	}
	return out
}
