package charts

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// labelLen is how many characters of a title an axis label keeps.
const labelLen = 40

// headline is an event's headline participant figure: the first one.
func headline(e *dataset.Event) (dataset.Participant, bool) {
	if len(e.Participants) == 0 || e.Participants[0].Count <= 0 {
		return dataset.Participant{}, false
	}
	return e.Participants[0], true
}

// largest: the TopN events with the highest headline participant figure,
// largest first; ties newest first.
func largest(events []*dataset.Event, th *theme, _ Config) built {
	var withFigure []*dataset.Event
	for _, e := range events {
		if _, ok := headline(e); ok {
			withFigure = append(withFigure, e)
		}
	}
	slices.SortFunc(withFigure, func(a, b *dataset.Event) int {
		return cmp.Or(cmp.Compare(b.Participants[0].Count, a.Participants[0].Count),
			b.Date.Compare(a.Date), cmp.Compare(a.ID, b.ID))
	})
	top := withFigure[:min(TopN, len(withFigure))]
	bars := make([]bar, len(top))
	table := Table{Columns: []string{"Event", "Date", "Participants", "What was counted"}}
	for i, e := range top {
		p, _ := headline(e)
		what := p.What
		if p.CountedBy != "" {
			what += " (counted by " + p.CountedBy + ")"
		}
		html := "<b>" + esc(e.Title) + "</b><br>" + esc(format.ShortDate(e.Date))
		if pl := format.Place(e); pl != "" {
			html += " · " + esc(pl)
		}
		html += "<br>" + format.Thousands(p.Count) + " " + esc(what)
		bars[i] = bar{
			label: format.ShortDate(e.Date) + " · " + truncate(e.Title, labelLen),
			item:  item{Name: e.ID, ID: e.ID, Value: p.Count, Tooltip: tip(html)},
		}
		table.Rows = append(table.Rows, []string{e.Title, e.Date.String(), strconv.Itoa(p.Count), what})
	}
	sub := fmt.Sprintf("The top %d of %s with a participant figure", len(top), nEvents(len(withFigure)))
	if len(withFigure) == 0 {
		sub = "None of the " + nEvents(len(events)) + " has a participant figure"
	}
	return built{chart: hbar(Largest, sub, "item", "Participants", "Participants (headline figure)", bars, th), subtitle: sub, table: table}
}
