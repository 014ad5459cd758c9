package charts

import (
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/outcome"
)

// in is the theme with the language its text is written in; nil is English.
func (th *theme) in(p *i18n.Printer) *theme {
	t := *th
	t.p = p
	return &t
}

// t writes the message of key in the chart's language.
func (th *theme) t(key string, args ...string) string { return th.p.T(key, args...) }

// n writes the counted message key for n in the chart's language.
func (th *theme) n(key string, n int, args ...string) string { return th.p.N(key, n, args...) }

// nEvents writes "1 event", "12 events" in the chart's language.
func (th *theme) nEvents(n int) string { return th.n("chart.events", n) }

// or is the message of key in the chart's language, or fallback (the
// English label) for a value the catalogue does not know.
func (th *theme) or(key, fallback string) string {
	if th.p.Has(key) {
		return th.t(key)
	}
	return fallback
}

// title is the title of chart id in the chart's language.
func (th *theme) title(id string) string { return th.or("chart."+id+".title", titleOf(id)) }

// description is the description of chart id in the chart's language.
func (th *theme) description(id string) string {
	c, _ := Lookup(id)
	return th.or("chart."+id+".description", c.Description)
}

func (th *theme) kind(k dataset.Kind) string { return th.or("kind."+string(k), k.Label()) }

func (th *theme) outcome(o outcome.Category) string {
	return th.or("outcome."+string(o), o.Label())
}

// Title is the title of chart id in the language of p (nil: English).
func Title(id string, p *i18n.Printer) string { return themes["light"].in(p).title(id) }

// Description is the description of chart id in the language of p.
func Description(id string, p *i18n.Printer) string {
	return themes["light"].in(p).description(id)
}

// place says where an event happened, in the chart's language: its place
// as the dataset gives it, else the names of its countries (format.Place
// in English).
func (th *theme) place(e *dataset.Event) string {
	if e.Place != "" {
		return e.Place
	}
	return th.p.Countries(e)
}

// en escapes the dataset's own text s for a tooltip and, in a chart of
// another language, marks it English.
func (th *theme) en(s string) string {
	if th.p == nil || th.p.Lang == i18n.Default {
		return esc(s)
	}
	return `<span lang="en">` + esc(s) + `</span>`
}

// placeHTML is place for a tooltip: the dataset's place marked English,
// or the countries in the chart's language.
func (th *theme) placeHTML(e *dataset.Event) string {
	if e.Place != "" {
		return th.en(e.Place)
	}
	return esc(th.place(e))
}
