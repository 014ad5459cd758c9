package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The Makefile rebuilds app.wasm when any Go file the wasm is built from
// changes: every non-test file of every package of this module that
// `go list -deps` finds for js/wasm must be among its prerequisites.
func TestMakefileRebuildsWasmForEveryPackage(t *testing.T) {
	list := exec.Command("go", "list", "-deps", "-f", `{{if and .Module .Module.Main}}{{range .GoFiles}}{{$.Dir}}/{{.}} {{end}}{{end}}`, ".")
	list.Env = append(list.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	want := strings.Fields(string(out))
	if len(want) < 20 {
		t.Fatalf("go list found %d files; expected the app's sources", len(want))
	}
	mk := exec.Command("make", "-s", "-C", "..", "--eval", "print-wasm-src: ; @echo $(WASM_SRC)", "print-wasm-src")
	got, err := mk.Output()
	if err != nil {
		t.Fatalf("make: %v", err)
	}
	have := map[string]bool{}
	for _, f := range strings.Fields(string(got)) {
		abs, err := filepath.Abs(filepath.Join("..", f))
		if filepath.IsAbs(f) {
			abs, err = f, nil
		}
		if err == nil {
			have[abs] = true
		}
	}
	for _, f := range want {
		if !have[f] {
			t.Errorf("the Makefile does not rebuild app.wasm when %s changes", f)
		}
	}
}
