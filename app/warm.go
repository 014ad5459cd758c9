package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// warmSearch builds the word index of the search once the page is up (the
// first render needs only the filters), in slices of a few milliseconds
// with the browser free to paint and answer input in between, so that
// the first query typed finds it ready.
func warmSearch() {
	if !app.IsClient {
		return
	}
	go searchIndex().Warm(yieldToBrowser)
}

// Yield is yieldToBrowser, for main: it splits the start into tasks.
func Yield() { yieldToBrowser() }

// yieldToBrowser blocks the calling goroutine until the browser has had a
// turn of its event loop: scheduler.yield where the browser has it, else a
// zero timeout. Call it from a goroutine of its own, never from a
// JavaScript callback.
func yieldToBrowser() {
	if s := app.Window().Get("scheduler"); s.Truthy() && s.Get("yield").Truthy() {
		Await(s.Call("yield"))
		return
	}
	done := make(chan struct{})
	f := app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	defer f.Release()
	app.Window().Call("setTimeout", f, 0)
	<-done
}

// Prepare does, before the app mounts its first page, the work that page
// reads at once (the visit's new events, the filters' facets), each part
// a task of its own with a turn of the browser's event loop before and
// after it: the browser counts a task over 50 ms as blocking, and one
// task doing it all with the first mount blocked it for ~300 ms at 1×
// CPU. Call it from main, after SetDataset and RestoreKept.
func Prepare() {
	if !app.IsClient {
		return
	}
	yieldToBrowser()
	newSinceLastVisit()
	yieldToBrowser()
	searchIndex()
	yieldToBrowser()
	notePrerender()
}
