package charts

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/laborlens/laborlens/dataset"
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
	table := Table{Columns: []string{th.t("chart.event"), th.t("chart.date"), th.t("chart.participants"), th.t("chart.counted")}, English: []int{0}}
	for i, e := range top {
		p, _ := headline(e)
		what, whatHTML := p.What, th.en(p.What)
		if p.CountedBy != "" {
			by := " (" + th.t("chart.counted-by", "who", p.CountedBy) + ")"
			what, whatHTML = what+by, whatHTML+esc(by)
		}
		html := "<b>" + th.en(e.Title) + "</b><br>" + esc(th.p.ShortDate(e.Date))
		if pl := th.placeHTML(e); pl != "" {
			html += " · " + pl
		}
		html += "<br>" + th.p.Number(p.Count) + " " + whatHTML
		bars[i] = bar{
			label: th.p.ShortDate(e.Date) + " · " + truncate(e.Title, labelLen),
			item:  item{Name: e.ID, ID: e.ID, Value: p.Count, Tooltip: tip(html)},
		}
		table.Rows = append(table.Rows, []string{e.Title, e.Date.String(), strconv.Itoa(p.Count), what})
	}
	sub := th.t("chart.largest.sub", "top", strconv.Itoa(len(top)), "events", th.nEvents(len(withFigure)))
	if len(withFigure) == 0 {
		sub = th.t("chart.largest.none", "events", th.nEvents(len(events)))
	}
	return built{chart: hbar(Largest, sub, "item", th.t("chart.participants"), th.t("chart.participants-axis"), bars, th), subtitle: sub, table: table}
}
