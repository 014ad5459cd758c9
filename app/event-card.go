package app

import (
	"hash/fnv"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// eventCard is one event in a list: its date, kind, title and place, linked
// to its page. A search result passes the runes of its title and summary
// that matched, to be highlighted; the summary shows only when it matched.
func (loc *Locale) eventCard(e *dataset.Event, title, summary []int) app.HTMLLi {
	return app.Li().Class("event-card").Body(
		app.Article().Body(
			app.P().Class("event-meta").Body(
				app.Time().DateTime(e.Date.String()).Text(loc.pr().DateRange(e)),
				app.Span().Class("kind kind-"+string(e.Kind)).Text(loc.kindLabel(e.Kind)),
			),
			english(loc, app.H3()).Body(app.A().Href(loc.link("/events/"+e.ID)).Body(highlighted(e.Title, title)...)),
			app.If(len(summary) > 0, func() app.UI {
				return english(loc, app.P()).Class("event-summary").Body(highlighted(e.Summary, summary)...)
			}),
			app.If(e.Place != "" || len(e.Countries) > 0 || e.International, func() app.UI {
				return app.P().Class("event-place").Body(loc.placeParts(e)...)
			}),
		),
	)
}

// eventList renders events as a list of cards.
func (loc *Locale) eventList(events []*dataset.Event) app.UI {
	return &cardList{Locale: loc, Events: events}
}

// cardList is a list of event cards. Its cards are static (links, which
// go-app follows without a reload from wherever they are), so in the
// browser it keeps the prerendered list it adopted at the first mount
// until its events change: /timeline lists 100 cards, ~1,000 elements
// that go-app would otherwise build again in the first mount's task.
type cardList struct {
	app.Compo
	*Locale
	Events []*dataset.Event
	pre    prerendered
}

func (l *cardList) Render() app.UI {
	h := fnv.New32a()
	for _, e := range l.Events {
		h.Write([]byte(e.ID))
		h.Write([]byte{0})
	}
	id := "list-" + strconv.FormatUint(uint64(h.Sum32()), 36)
	root := app.Ol().Class("event-list").ID(id)
	if l.pre.adopt(l, id) {
		return root
	}
	return root.Body(
		app.Range(l.Events).Slice(func(i int) app.UI { return l.eventCard(l.Events[i], nil, nil) }),
	)
}

func (l *cardList) OnMount(ctx app.Context) { l.pre.keep(ctx, l) }
func (l *cardList) OnUpdate(app.Context)    { l.pre.changed() }

// reversed returns events in the opposite order, leaving the input as is.
func reversed(events []*dataset.Event) []*dataset.Event {
	out := make([]*dataset.Event, len(events))
	for i, e := range events {
		out[len(events)-1-i] = e
	}
	return out
}
