package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listen calls fn with each event of type typ on target, and returns a
// function that removes the listener and releases the Go function behind
// it (a component calls it when it is dismounted).
func listen(target app.Value, typ string, fn func(event app.Value)) (stop func()) {
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		fn(args[0])
		return nil
	})
	target.Call("addEventListener", typ, cb)
	return func() {
		target.Call("removeEventListener", typ, cb)
		cb.Release()
	}
}
