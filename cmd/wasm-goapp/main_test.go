package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The browser build, as make wasm runs it, imports neither net/http nor
// crypto/tls; the server's build still has go-app's Handler.
func TestBrowserBuildLeavesNetHTTPOut(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	out := t.TempDir()
	if err := run(out, "wasm/_goapp"); err != nil {
		t.Fatal(err)
	}
	deps := goList(t, []string{"GOOS=js", "GOARCH=wasm"}, "-modfile="+filepath.Join(out, "wasm.mod"), "-deps", "./wasm")
	for _, pkg := range []string{"net/http", "crypto/tls", "crypto/x509"} {
		if slices.Contains(deps, pkg) {
			t.Errorf("the browser build imports %s", pkg)
		}
	}
	if !slices.Contains(deps, goAppModule+"/pkg/app") {
		t.Errorf("the browser build does not import go-app: %v", deps)
	}
	server := goList(t, nil, "-deps", "./cmd/laborlens")
	if !slices.Contains(server, "net/http") {
		t.Error("the server's build lost net/http")
	}
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

func TestApplyPatchReplacesAndRemoves(t *testing.T) {
	pkg, patch := t.TempDir(), t.TempDir()
	write(t, pkg, "keep.go", "package app // upstream\n")
	write(t, pkg, "drop.go", "package app // server\n")
	write(t, patch, "keep.go", "package app // mine\n")
	write(t, patch, "UPSTREAM", sum("package app // upstream\n")+"  keep.go\n"+sum("package app // server\n")+"  drop.go\n")
	if err := applyPatch(pkg, patch); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(pkg, "keep.go")); string(b) != "package app // mine\n" {
		t.Errorf("keep.go = %q, want the patch's copy", b)
	}
	if _, err := os.Stat(filepath.Join(pkg, "drop.go")); !os.IsNotExist(err) {
		t.Errorf("drop.go is still there (%v)", err)
	}
}

func TestApplyPatchRefusesAnotherUpstream(t *testing.T) {
	pkg, patch := t.TempDir(), t.TempDir()
	write(t, pkg, "http.go", "package app // a newer go-app\n")
	write(t, patch, "UPSTREAM", sum("package app // v10.1.11\n")+"  http.go\n")
	err := applyPatch(pkg, patch)
	if err == nil || !strings.Contains(err.Error(), "pkg/app/http.go") {
		t.Fatalf("applyPatch = %v, want an error naming pkg/app/http.go", err)
	}
	if _, err := os.Stat(filepath.Join(pkg, "http.go")); err != nil {
		t.Errorf("the upstream file was touched: %v", err)
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
