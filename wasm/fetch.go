package main

import (
	"errors"
	"fmt"
	"syscall/js"
)

// fetchBytes GETs url with the browser's fetch. net/http's client would do
// the same job but costs ~0.8 MB of brotli-compressed wasm (TLS, the
// transport, HTTP/2); fetch is already in the browser.
func fetchBytes(url string) ([]byte, error) {
	res, err := await(js.Global().Call("fetch", url))
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
	arr := js.Global().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(b, arr)
	return b, nil
}

// await blocks the calling goroutine until promise settles; the browser's
// event loop keeps running meanwhile.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
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
