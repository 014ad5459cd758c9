package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Await blocks the calling goroutine until promise settles; the browser's
// event loop keeps running meanwhile. Never call it from a JavaScript
// callback (an event handler): only from a goroutine of its own, such as
// ctx.Async's, or main before the app runs.
func Await(promise app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	onOK := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var v app.Value
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	onErr := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "unknown error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	promise.Call("then", onOK, onErr)
	r := <-done
	return r.v, r.err
}

// Bytes copies a JavaScript ArrayBuffer or typed array into Go.
func Bytes(buf app.Value) []byte {
	arr := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(b, arr)
	return b
}
