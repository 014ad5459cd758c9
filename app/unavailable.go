package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// DatasetUnavailable is what the browser program calls instead of running
// the app when the dataset could not be loaded. The app would replace the
// readable prerendered page with an empty one ("0 of 0 events"); instead
// the page stays as the server sent it, its links and forms working as
// plain web pages, and a short notice above it says that live search and
// filtering are unavailable and why. Nothing is stored: the next load
// tries again. It runs in the browser, in the language SetLanguage set.
func DatasetUnavailable(err error) {
	var loc *Locale
	app.Log(err)
	if app.IsServer {
		return
	}
	doc := app.Window().Get("document")
	where := doc.Call("getElementById", "content")
	if !where.Truthy() {
		where = doc.Get("body")
	}
	notice := doc.Call("createElement", "p")
	notice.Set("className", "data-notice")
	notice.Call("setAttribute", "role", "alert")
	// textContent: the error's text is shown as text, never parsed.
	notice.Set("textContent", loc.T("unavailable.notice", "error", err.Error()))
	where.Call("prepend", notice)
	doc.Get("documentElement").Get("dataset").Set("app", "unavailable")
}
