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
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		fn(currentPreferences())
		return nil
	})
	var lists []app.Value
	for _, q := range []string{"(prefers-color-scheme: dark)", "(prefers-reduced-motion: reduce)"} {
		l := app.Window().Call("matchMedia", q)
		l.Call("addEventListener", "change", cb)
		lists = append(lists, l)
	}
	return func() {
		for _, l := range lists {
			l.Call("removeEventListener", "change", cb)
		}
		cb.Release()
	}
}
