package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// boolAttr sets a boolean attribute (checked, selected, open, hidden,
// disabled…) through set, e.g. boolAttr(el, app.HTMLInput.Checked, on).
//
// go-app v10.1.11 prerenders a false boolean attribute as name="false",
// which HTML reads as true: every box would be ticked and every details
// open before the wasm runs. On the server the attribute is therefore only
// written when it is on. In the browser it is always set: go-app then sets
// the DOM property, which is what unticks a box the visitor ticked.
// Every boolean attribute in app/ goes through here (attrs_test.go checks).
func boolAttr[T any](el T, set func(T, bool) T, on bool) T {
	if on || !app.IsServer {
		return set(el, on)
	}
	return el
}
