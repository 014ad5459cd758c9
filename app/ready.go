package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// readyMarker sets data-app="ready" on <html> once the wasm has mounted the
// page and its event handlers, the adopted components' too (see
// prerendered): go-app removes its loader earlier, when the Go program
// starts, before the dataset is loaded and the page mounted.
// Scripts and tests that drive the page wait for it.
type readyMarker struct {
	app.Compo
	*Locale
}

func (m *readyMarker) OnMount(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		// Ready once the components that adopted the prerender have
		// mounted their own children: their handlers are all bound.
		hydration.whenDone(func() {
			app.Window().Get("document").Get("documentElement").Get("dataset").Set("app", "ready")
			warmSearch()
		})
	})
}

func (m *readyMarker) Render() app.UI { return app.Span().Hidden(true) }
