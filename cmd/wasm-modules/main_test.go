package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The browser build, as make wasm runs it, imports no crypto package, nor
// net/http, html/template, math/big, regexp, html (its entity table), log,
// math/rand (its seeded source's tables) or go-echarts' datasets; the
// server's build still has net/http, html/template and crypto/sha256.
func TestBrowserBuildLeavesNetHTTPOut(t *testing.T) {
	out := browserModules(t)
	deps := goList(t, []string{"GOOS=js", "GOARCH=wasm"}, "-modfile="+filepath.Join(out, "wasm.mod"), "-deps", "./wasm")
	for _, pkg := range deps {
		if strings.HasPrefix(pkg, "crypto/") || strings.HasPrefix(pkg, "net/http") || slices.Contains([]string{"html/template", "text/template", "math/big", "database/sql/driver", "regexp", "html", "log", "math/rand", "github.com/go-echarts/go-echarts/v2/datasets"}, pkg) {
			t.Errorf("the browser build imports %s", pkg)
		}
	}
	for _, m := range modules {
		if !slices.ContainsFunc(deps, func(p string) bool { return p == m.path || strings.HasPrefix(p, m.path+"/") }) {
			t.Errorf("the browser build imports nothing of %s", m.path)
		}
	}
	server := goList(t, nil, "-deps", "./cmd/laborlens")
	for _, pkg := range []string{"net/http", "html/template", "crypto/sha256"} {
		if !slices.Contains(server, pkg) {
			t.Errorf("the server's build lost %s", pkg)
		}
	}
}

// browserModules runs from the repository's root and writes the browser
// build's modules and wasm.mod to a temporary folder, which it returns.
func browserModules(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	out := t.TempDir()
	if err := run(out, "wasm/_modules"); err != nil {
		t.Fatal(err)
	}
	return out
}

func goList(t *testing.T, env []string, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, b)
	}
	return strings.Fields(string(b))
}

func TestApplyPatchReplacesRemovesAndAdds(t *testing.T) {
	dst, patch := t.TempDir(), t.TempDir()
	write(t, dst, "pkg/keep.go", "package app // upstream\n")
	write(t, dst, "pkg/drop.go", "package app // server\n")
	write(t, dst, "pkg/other.go", "package app // untouched\n")
	write(t, patch, "pkg/keep.go", "package app // mine\n")
	write(t, patch, "pkg/new.go", "package app // added\n")
	write(t, patch, "LICENSE.upstream", "MIT\n")
	write(t, patch, "UPSTREAM", sum("package app // upstream\n")+"  pkg/keep.go\n"+sum("package app // server\n")+"  pkg/drop.go\n")
	if err := applyPatch(dst, patch, "example.com/m"); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"pkg/keep.go":  "package app // mine\n",
		"pkg/new.go":   "package app // added\n",
		"pkg/other.go": "package app // untouched\n",
	} {
		if b, _ := os.ReadFile(filepath.Join(dst, name)); string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
	for _, name := range []string{"pkg/drop.go", "UPSTREAM", "LICENSE.upstream"} {
		if _, err := os.Stat(filepath.Join(dst, name)); !os.IsNotExist(err) {
			t.Errorf("%s is in the copy (%v)", name, err)
		}
	}
}

func TestApplyPatchRefusesAnotherUpstream(t *testing.T) {
	dst, patch := t.TempDir(), t.TempDir()
	write(t, dst, "pkg/app/http.go", "package app // a newer go-app\n")
	write(t, patch, "UPSTREAM", sum("package app // v10.1.11\n")+"  pkg/app/http.go\n")
	err := applyPatch(dst, patch, "example.com/m")
	if err == nil || !strings.Contains(err.Error(), "example.com/m pkg/app/http.go") {
		t.Fatalf("applyPatch = %v, want an error naming example.com/m pkg/app/http.go", err)
	}
	if _, err := os.Stat(filepath.Join(dst, "pkg/app/http.go")); err != nil {
		t.Errorf("the upstream file was touched: %v", err)
	}
}

func TestCopyModuleLeavesTestsAndDocsOut(t *testing.T) {
	src, dst := t.TempDir(), filepath.Join(t.TempDir(), "copy")
	write(t, src, "go.mod", "module example.com/m\n")
	write(t, src, "pkg/a.go", "package pkg\n")
	write(t, src, "pkg/a_test.go", "package pkg\n")
	write(t, src, "pkg/tpl/page.tpl", "{{.}}\n")
	write(t, src, "docs/big.md", "x\n")
	write(t, src, "pkg/testdata/x.json", "{}\n")
	if err := copyModule(src, dst); err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]bool{"go.mod": true, "pkg/a.go": true, "pkg/tpl/page.tpl": true, "pkg/a_test.go": false, "docs/big.md": false, "pkg/testdata/x.json": false} {
		if _, err := os.Stat(filepath.Join(dst, name)); (err == nil) != in {
			t.Errorf("%s in the copy: %v, want %v", name, err == nil, in)
		}
	}
}

func TestReadSumsNamesTheBadLine(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "UPSTREAM", sum("x")+"  ok.go\nnot-a-sum  bad.go\n")
	_, err := readSums(filepath.Join(dir, "UPSTREAM"))
	if err == nil || !strings.Contains(err.Error(), "UPSTREAM:2") {
		t.Fatalf("readSums = %v, want an error at line 2", err)
	}
	write(t, dir, "UPSTREAM", sum("x")+"  ../escape.go\n")
	if _, err := readSums(filepath.Join(dir, "UPSTREAM")); err == nil {
		t.Fatal("a path outside the package was accepted")
	}
}

// TestBrowserBuildLinksNoJSONDecoder: encoding/json's decoder (its
// reflection and Decoder.Token) stays out of the wasm, ~30 kB of brotli:
// the app reads JSON with jsontok, and the patched go-app
// (state.go, storage.go, context.go, notification.go, engine.go) decodes
// none. The linker's -dumpdep lists every symbol it keeps.
func TestBrowserBuildLinksNoJSONDecoder(t *testing.T) {
	out := browserModules(t)
	cmd := exec.Command("go", "build", "-modfile="+filepath.Join(out, "wasm.mod"), "-trimpath", "-ldflags=-dumpdep", "-o", filepath.Join(out, "app.wasm"), "./wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%.2000s", err, b)
	}
	for _, sym := range []string{"encoding/json.(*decodeState).unmarshal", "encoding/json.(*Decoder).Token", "encoding/json.Unmarshal"} {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasSuffix(line, "-> "+sym) {
				t.Errorf("the browser build links %s: %s", sym, line)
			}
		}
	}
	if !strings.Contains(string(b), "-> encoding/json.Marshal") {
		t.Error("no encoding/json.Marshal in the linker's list: is -dumpdep's format still \"from -> to\"?")
	}
}
