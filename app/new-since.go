package app

import (
	"fmt"
	"sync"

	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/visit"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lastVisit is what this browser remembered of its last visit, worked out
// once per page load (package visit). Nothing of it leaves the browser.
var lastVisit struct {
	once     sync.Once
	new      []string // ids of the events new since the last visit
	returned bool     // the browser had been here before
}

// newSinceLastVisit returns the events new since the visitor's last visit,
// and whether they had visited before; on the server, nothing.
func newSinceLastVisit() ([]string, bool) {
	if app.IsServer || len(data.Events) == 0 {
		return nil, false
	}
	lastVisit.once.Do(func() {
		stored, ok := storageGet(visit.Key)
		if !ok {
			return // no storage (a sandboxed frame, storage disabled): no note
		}
		r := visit.Visit(data, stored)
		lastVisit.new, lastVisit.returned = r.New, r.Returned
		if r.Store != "" {
			storageSet(visit.Key, r.Store)
		}
	})
	return lastVisit.new, lastVisit.returned
}

// dismissNew forgets the events new since the last visit.
func dismissNew() {
	storageSet(visit.Key, visit.Dismiss(data))
	lastVisit.new = nil
	if ix := searchIndex(); ix != nil {
		ix.SetNew(nil)
	}
}

// jsTry runs fn and turns a JavaScript exception it raised into an error.
func jsTry(what string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", what, r)
		}
	}()
	fn()
	return nil
}

// localStorage returns window.localStorage, or a null value. Reading the
// property throws in a sandboxed frame, and an exception in a property read
// kills the Go program, so it is read through Reflect.get, inside a call:
// an exception in a call is a Go panic, which jsTry recovers.
func localStorage() app.Value {
	w := app.Window()
	return w.Get("Reflect").Call("get", w, "localStorage")
}

// storageGet reads a key of localStorage: "" if absent; ok is false when
// there is no storage to read.
func storageGet(key string) (v string, ok bool) {
	err := jsTry("localStorage", func() {
		ls := localStorage()
		if !ls.Truthy() {
			return
		}
		if item := ls.Call("getItem", key); item.Type() == app.TypeString {
			v = item.String()
		}
		ok = true
	})
	return v, ok && err == nil
}

// storageSet writes a key of localStorage, if it can (full, or no storage:
// the note is simply lost).
func storageSet(key, value string) {
	jsTry("localStorage", func() {
		if ls := localStorage(); ls.Truthy() {
			ls.Call("setItem", key, value)
		}
	})
}

// newSinceNote tells a returning visitor how many events are new since
// their last visit and links to them (new=1); with new=1 it says what the
// list shows. It renders nothing on the server and on a first visit.
type newSinceNote struct {
	app.Compo
	*Locale
	State    query.State // the explorer's state
	n        int
	returned bool
}

func (c *newSinceNote) OnMount(ctx app.Context) {
	ids, returned := newSinceLastVisit()
	c.n, c.returned = len(ids), returned
}

func (c *newSinceNote) Render() app.UI {
	switch {
	case c.State.New:
		text := c.T("new.none")
		if c.n > 0 {
			text = c.N("new.showing", c.n)
		}
		return app.P().Class("new-since").Role("status").Body(
			app.Text(text+" "),
			app.A().Href(c.link("/?"+c.State.WithNew(false).Encode())).Text(c.T("new.show-all")),
		)
	case c.n == 0 || !c.returned:
		return app.P().Class("new-since").Hidden(true)
	}
	return app.P().Class("new-since").Role("status").Body(
		app.Text(c.N("new.count", c.n)+" "),
		app.A().Href(c.link("/?"+query.State{New: true}.Encode())).Text(c.N("new.list", c.n)),
		app.Text(" · "),
		app.Button().Type("button").Class("link-button").Text(c.T("new.dismiss")).OnClick(func(ctx app.Context, e app.Event) {
			dismissNew()
			c.n = 0
		}),
	)
}
