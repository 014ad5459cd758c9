//go:build wasm
// +build wasm

// Derived from go-app v10.1.11 pkg/app/wasm.go (MIT, see LICENSE.go-app)
// without GenerateStaticWebsite, whose *Handler lives in http.go, which the
// browser build leaves out.

package app

func wasmExecJS() string {
	return ""
}
