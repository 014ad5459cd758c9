package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// preferences are the visitor's display settings that charts follow.
type preferences struct {
	Dark          bool
	ReducedMotion bool
}

func (p preferences) theme() string {
	if p.Dark {
		return "dark"
	}
	return "light"
}

// background is the page colour of the theme, for PNG downloads.
func (p preferences) background() string {
	if p.Dark {
		return "#161312"
	}
	return "#fbf8f3"
}

// currentPreferences reads prefers-color-scheme and prefers-reduced-motion.
func currentPreferences() preferences {
	if app.IsServer {
		return preferences{}
	}
	m := func(q string) bool { return app.Window().Call("matchMedia", q).Get("matches").Bool() }
	return preferences{Dark: m("(prefers-color-scheme: dark)"), ReducedMotion: m("(prefers-reduced-motion: reduce)")}
}

// watchPreferences calls fn when the colour scheme or motion preference
// changes, and returns a function that stops watching.
func watchPreferences(fn func(preferences)) (stop func()) {
	if app.IsServer {
		return func() {}
	}
	var stops []func()
	for _, q := range []string{"(prefers-color-scheme: dark)", "(prefers-reduced-motion: reduce)"} {
		stops = append(stops, listen(app.Window().Call("matchMedia", q), "change", func(app.Value) { fn(currentPreferences()) }))
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}
}
