package server

import (
	"strings"
	"testing"
)

// go-app's app.js compiles the wasm once and warms it up in the worker
// (app-warm.js, web/warm.js), which the service worker precaches and the
// policy lets run WebAssembly; an app.js written otherwise is refused.
func TestAppJSWarmsUpInAWorker(t *testing.T) {
	s := newTestServer(t, Config{})
	js := do(s, "GET", "/app.js").Body.String()
	if !strings.Contains(js, "await laborlensInstantiate(\n      fetchWithProgress(") || strings.Contains(js, "await instantiateStreaming(") {
		t.Error("app.js does not instantiate the wasm through laborlensInstantiate")
	}
	if !strings.Contains(js, `new Worker(goappEnv.GOAPP_STATIC_RESOURCES_URL + "/warm.js")`) {
		t.Error("app.js does not start the warm-up worker from the versioned resources")
	}
	worker := do(s, "GET", "/app-worker.js").Body.String()
	if !strings.Contains(worker, `"/`+s.Version+`/web/warm.js"`) {
		t.Error("the service worker does not precache the versioned warm.js")
	}
	csp := do(s, "GET", "/"+s.Version+"/web/app.wasm").Header().Get("Content-Security-Policy")
	for _, want := range []string{"worker-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("assets' CSP (a worker's own) lacks %q: %s", want, csp)
		}
	}
	if _, err := warmStart([]byte(`const wasm = await WebAssembly.instantiateStreaming(fetch("/app.wasm"), go.importObject);`)); err == nil {
		t.Error("an app.js without go-app's instantiateStreaming call is accepted")
	}
}
