package main

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fetchBytes GETs url with the browser's fetch. net/http's client would do
// the same job but costs ~0.8 MB of brotli-compressed wasm (TLS, the
// transport, HTTP/2); fetch is already in the browser. go-app's js wrappers
// (rather than syscall/js) keep the package building natively for its tests.
func fetchBytes(url string) ([]byte, error) {
	res, err := await(app.Window().Call("fetch", url))
	if err != nil {
		return nil, fmt.Errorf("loading the dataset from %s: %w", url, err)
	}
	if !res.Get("ok").Bool() {
		return nil, fmt.Errorf("loading the dataset from %s: HTTP %d %s", url, res.Get("status").Int(), res.Get("statusText").String())
	}
	buf, err := await(res.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("reading the dataset from %s: %w", url, err)
	}
	arr := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(b, arr)
	return b, nil
}

// await blocks the calling goroutine until promise settles; the browser's
// event loop keeps running meanwhile.
func await(promise app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	onOK := app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- result{v: args[0]}
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
