// Command wasm-modules prepares the browser build (make wasm): copies of the
// modules that bring server-side code into the wasm, with that code left out,
// and the go.mod that builds the wasm against those copies.
//
//   - go-app compiles its server (Handler, in pkg/app/http.go) into the wasm
//     too, and that file alone brings net/http, crypto/tls and their package
//     initialisers into every first visit: ~320 kB of brotli.
//   - go-echarts renders whole HTML pages with html/template, which the
//     browser never does (ECharts draws the options); go-app's AES-GCM
//     (crypto.go) and google/uuid bring crypto/rand, math/big and more, for
//     encrypted storage LaborLens does not use and one random id: ~44 kB.
//
// wasm/_modules/NAME holds, for each module, the changed files at their paths
// in the module and UPSTREAM, the sha256 sums of the upstream files they
// replace or remove. The copy is the module as the go command resolved it,
// with every file UPSTREAM lists checked against its sum and removed, then
// NAME's files added: after an upgrade the build stops here, naming the file
// to re-derive, instead of mixing two versions. (go build -overlay would be
// lighter, but it refuses files in the module cache.) The server is built
// from the untouched modules.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// modules are the modules the browser build takes from a copy, by the name
// of their folder under wasm/_modules.
var modules = []struct{ name, path string }{
	{"go-app", "github.com/maxence-charriere/go-app/v10"},
	{"go-echarts", "github.com/go-echarts/go-echarts/v2"},
	{"uuid", "github.com/google/uuid"},
}

func main() {
	out := flag.String("out", "web/build", "where to write the copies, wasm.mod and wasm.sum")
	patches := flag.String("patches", "wasm/_modules", "the changed files, a folder per module")
	flag.Parse()
	if err := run(*out, *patches); err != nil {
		fmt.Fprintln(os.Stderr, "wasm-modules:", err)
		os.Exit(1)
	}
}

func run(out, patches string) error {
	dirs, err := moduleDirs()
	if err != nil {
		return err
	}
	var replaces []string
	for _, m := range modules {
		src := dirs[m.path]
		dst, err := filepath.Abs(filepath.Join(out, "modules", m.name))
		if err != nil {
			return err
		}
		if err := copyModule(src, dst); err != nil {
			return err
		}
		if err := applyPatch(dst, filepath.Join(patches, m.name), m.path); err != nil {
			return err
		}
		replaces = append(replaces, fmt.Sprintf("replace %s => %s\n", m.path, dst))
	}
	return writeModFile(out, replaces)
}

// moduleDirs is where the go command has each of modules (module cache,
// vendor or a replace), by module path, from one go list.
func moduleDirs() (map[string]string, error) {
	args := []string{"list", "-m", "-f", "{{.Path}} {{.Dir}}"}
	for _, m := range modules {
		args = append(args, m.path)
	}
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("locating the modules: %w", err)
	}
	dirs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if path, dir, ok := strings.Cut(line, " "); ok && dir != "" {
			dirs[path] = dir
		}
	}
	for _, m := range modules {
		if dirs[m.path] == "" {
			return nil, fmt.Errorf("locating %s: not downloaded (run go mod download)", m.path)
		}
	}
	return dirs, nil
}

// writeModFile writes out/wasm.mod, this module's go.mod with the replaces,
// and out/wasm.sum, the go.sum that -modfile reads with it.
func writeModFile(out string, replaces []string) error {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	mod = append(mod, "\n// Written by cmd/wasm-modules for the browser build.\n"...)
	mod = append(mod, strings.Join(replaces, "")...)
	if err := os.WriteFile(filepath.Join(out, "wasm.mod"), mod, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "wasm.sum"), sum, 0o644)
}
