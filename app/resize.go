package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// observeHeight calls report with the document's height now and whenever it
// changes, and returns a function that stops observing. It does nothing on
// the server.
func observeHeight(report func(height int)) (stop func()) {
	if app.IsServer {
		return func() {}
	}
	doc := app.Window().Get("document").Get("documentElement")
	last := -1
	send := func() {
		h := doc.Get("scrollHeight").Int()
		if h != last {
			last = h
			report(h)
		}
	}
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		send()
		return nil
	})
	observer := app.Window().Get("ResizeObserver").New(cb)
	observer.Call("observe", doc)
	send()
	return func() {
		observer.Call("disconnect")
		cb.Release()
	}
}
