// Command wasm-goapp prepares the browser build (make wasm): a copy of
// go-app, as the go command resolved it, without its server half, and the
// go.mod that builds the wasm against that copy.
//
// go-app compiles its server (Handler, in pkg/app/http.go) into the wasm
// too, and that file alone brings net/http, crypto/tls and their package
// initialisers into every first visit: ~320 kB of brotli. The copy leaves
// http.go out and takes resource.go and wasm.go from wasm/_goapp, which drop
// the two functions that need it. The server is built from the untouched
// module.
//
// Each upstream file the copy changes is checked against the sum of the file
// it was derived from (wasm/_goapp/UPSTREAM): after a go-app upgrade the
// build stops here, naming the file, instead of mixing two versions. (go
// build -overlay would be lighter, but it refuses files in the module cache.)
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const goAppModule = "github.com/maxence-charriere/go-app/v10"

func main() {
	out := flag.String("out", "web/build", "where to write go-app/, wasm.mod and wasm.sum")
	patch := flag.String("patch", "wasm/_goapp", "the replacement files and their UPSTREAM sums")
	flag.Parse()
	if err := run(*out, *patch); err != nil {
		fmt.Fprintln(os.Stderr, "wasm-goapp:", err)
		os.Exit(1)
	}
}

func run(out, patch string) error {
	src, err := moduleDir(goAppModule)
	if err != nil {
		return err
	}
	dst, err := filepath.Abs(filepath.Join(out, "go-app"))
	if err != nil {
		return err
	}
	if err := copyModule(src, dst); err != nil {
		return err
	}
	if err := applyPatch(filepath.Join(dst, "pkg", "app"), patch); err != nil {
		return err
	}
	return writeModFile(out, dst)
}

// moduleDir is where the go command has module path (module cache, vendor
// or a replace).
func moduleDir(path string) (string, error) {
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("locating %s: %w", path, err)
	}
	d := strings.TrimSpace(string(b))
	if d == "" {
		return "", fmt.Errorf("locating %s: not downloaded (run go mod download)", path)
	}
	return d, nil
}

// writeModFile writes out/wasm.mod, this module's go.mod with go-app
// replaced by dir, and out/wasm.sum, the go.sum that -modfile reads with it.
func writeModFile(out, dir string) error {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	mod = fmt.Appendf(mod, "\n// Written by cmd/wasm-goapp: the browser build's go-app.\nreplace %s => %s\n", goAppModule, dir)
	if err := os.WriteFile(filepath.Join(out, "wasm.mod"), mod, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "wasm.sum"), sum, 0o644)
}
