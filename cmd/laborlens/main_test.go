package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("id,date,title,summary,kind,countries,source_urls\n"+
		"a-1,2023-13-01,One,S,strike,US,https://example.org/1\n"+
		"a-2,2023-01-01,,S,strik,XX,ftp://example.org/2\n"), 0o644)
	var out bytes.Buffer
	err := run(context.Background(), []string{"validate", bad, "../../dataset/testdata/sample.csv"}, &out, &out)
	if err == nil {
		t.Fatal("validate passed a broken file")
	}
	text := out.String()
	for _, want := range []string{"bad.csv:2:", "bad.csv:3:", "date", "title", "kind", "countries", "sample.csv: ok"} {
		if !strings.Contains(text, want) {
			t.Errorf("validate output lacks %q:\n%s", want, text)
		}
	}
}

// A partner's CSV becomes a complete static site without recompiling.
func TestStaticFromPartnerCSV(t *testing.T) {
	if _, err := os.Stat("../../web/build/app.wasm"); err != nil {
		t.Skip("web/build/app.wasm is not built (make test builds it)")
	}
	out := filepath.Join(t.TempDir(), "site")
	var log bytes.Buffer
	if err := run(context.Background(), []string{"static", "-data", "../../dataset/testdata/sample.csv", "-out", out}, &log, &log); err != nil {
		t.Fatalf("static -data sample.csv: %v\n%s", err, log.String())
	}
	entries, _ := os.ReadDir(filepath.Join(out, "events"))
	if len(entries) == 0 {
		t.Fatalf("no event pages written:\n%s", log.String())
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Fatal(err)
	}
}

func TestEnvironmentVariablesSetFlags(t *testing.T) {
	t.Setenv("LABORLENS_FRAME_ANCESTORS", "https://a.example")
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	ancestors := fs.String("frame-ancestors", "", "")
	addr := fs.String("addr", "127.0.0.1:8080", "")
	if err := envFlags(fs); err != nil {
		t.Fatal(err)
	}
	if err := fs.Parse([]string{"-addr", ":9999"}); err != nil {
		t.Fatal(err)
	}
	if *ancestors != "https://a.example" || *addr != ":9999" {
		t.Fatalf("frame-ancestors %q (from the environment), addr %q (from the command line)", *ancestors, *addr)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"nope"}, &out, &out); err == nil || !strings.Contains(out.String(), "usage") {
		t.Fatalf("an unknown command must fail with the usage: %v %q", err, out.String())
	}
}

// validate accepts, with a warning naming file, line and field, a cell a
// spreadsheet would run as a formula.
func TestValidateWarnsOnFormulas(t *testing.T) {
	f := filepath.Join(t.TempDir(), "formula.csv")
	os.WriteFile(f, []byte("date,title,summary,kind,countries,source_urls\n"+
		"2023-01-01,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\",S,strike,US,https://example.org/1\n"), 0o644)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"validate", f}, &out, &out); err != nil {
		t.Fatalf("validate refused a formula-like title: %v\n%s", err, out.String())
	}
	if want := "formula.csv:2: "; !strings.Contains(out.String(), want) || !strings.Contains(out.String(), `title: warning: starts with "="`) ||
		!strings.Contains(out.String(), ", 1 warning") {
		t.Errorf("validate output lacks the warning:\n%s", out.String())
	}
}
