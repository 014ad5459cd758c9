package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// onSlashFocus focuses the element with the given id when the visitor
// presses "/" outside a text field, and returns a function that stops
// listening.
func onSlashFocus(id string) (stop func()) {
	if app.IsServer {
		return func() {}
	}
	return listen(app.Window().Get("document"), "keydown", func(ev app.Value) {
		if ev.Get("key").String() != "/" || ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("altKey").Bool() {
			return
		}
		switch ev.Get("target").Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT":
			return
		}
		if ev.Get("target").Get("isContentEditable").Bool() {
			return
		}
		if el := app.Window().GetElementByID(id); el.Truthy() {
			ev.Call("preventDefault")
			el.Call("focus")
		}
	})
}
