package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// onSlashFocus focuses the element with the given id when the visitor
// presses "/" outside a text field, and returns a function that stops
// listening.
func onSlashFocus(id string) (stop func()) {
	if app.IsServer {
		return func() {}
	}
	doc := app.Window().Get("document")
	handler := app.FuncOf(func(this app.Value, args []app.Value) any {
		ev := args[0]
		if ev.Get("key").String() != "/" || ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("altKey").Bool() {
			return nil
		}
		switch ev.Get("target").Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT":
			return nil
		}
		if ev.Get("target").Get("isContentEditable").Bool() {
			return nil
		}
		if el := app.Window().GetElementByID(id); el.Truthy() {
			ev.Call("preventDefault")
			el.Call("focus")
		}
		return nil
	})
	doc.Call("addEventListener", "keydown", handler)
	return func() {
		doc.Call("removeEventListener", "keydown", handler)
		handler.Release()
	}
}
