package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WarmOffThread runs, in the warm-up worker (web/warm.js), the code the
// page's start runs once the dataset is loaded, until the page is
// interactive: the search's facets and the first mount of the page at u,
// into the stand-in DOM the worker provides. The browser compiles a WebAssembly function on its first call
// and shares the compiled code with every thread that instantiates the
// same module, so what runs here is compiled, off the page's thread,
// when the page calls it. Nothing here is kept: the worker ends after it.
// Components' OnMount handlers are dispatched, not run (they talk to the
// real page).
func WarmOffThread(u *url.URL) error {
	searchIndex()
	return app.NewTestEngine().Load(routeFor(u.Path))
}
