package main

import (
	"fmt"

	ui "github.com/laborlens/laborlens/app"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fetchBytes GETs url with the browser's fetch. net/http's client would do
// the same job but costs ~0.8 MB of brotli-compressed wasm (TLS, the
// transport, HTTP/2); fetch is already in the browser. go-app's js wrappers
// (rather than syscall/js) keep the package building natively for its tests.
func fetchBytes(url string) ([]byte, error) { return fetched(url, app.Window().Call("fetch", url)) }

// fetched reads the answer to the fetch of url that promise stands for.
func fetched(url string, promise app.Value) ([]byte, error) {
	res, err := ui.Await(promise)
	if err != nil {
		return nil, fmt.Errorf("loading the dataset from %s: %w", url, err)
	}
	if !res.Get("ok").Bool() {
		return nil, fmt.Errorf("loading the dataset from %s: HTTP %d %s", url, res.Get("status").Int(), res.Get("statusText").String())
	}
	buf, err := ui.Await(res.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("reading the dataset from %s: %w", url, err)
	}
	return ui.Bytes(buf), nil
}
