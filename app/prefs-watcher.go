package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// prefsWatcher keeps a view's display preferences in step with the
// system's colour scheme and motion settings while it is mounted. Views
// embed it and call watch in OnMount and stop in OnDismount.
type prefsWatcher struct {
	prefs     preferences
	stopPrefs func()
}

func (w *prefsWatcher) watch(ctx app.Context) {
	w.stopPrefs = watchPreferences(func(prefs preferences) {
		ctx.Dispatch(func(app.Context) { w.prefs = prefs })
	})
}

func (w *prefsWatcher) stop() {
	if w.stopPrefs != nil {
		w.stopPrefs()
		w.stopPrefs = nil
	}
}
