package static

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/internal/server"
)

func TestExportWritesACompleteSite(t *testing.T) {
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	web := fstest.MapFS{
		"laborlens.css":        {Data: []byte("body { color: black }")},
		"robots.txt":           {Data: []byte("User-agent: *\n")},
		"build/app.wasm":       {Data: []byte(strings.Repeat("\x00asm fake ", 100))},
		"build/echarts.min.js": {Data: []byte("var echarts = {};")},
	}
	s, err := server.New(d, web, server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pages := ui.Pages()
	if err := Export(dir, s, pages); err != nil {
		t.Fatal(err)
	}
	if len(pages) < len(d.Events)+5 {
		t.Fatalf("only %d pages for %d events", len(pages), len(d.Events))
	}
	ev := d.Events[len(d.Events)/2]
	for file, want := range map[string]string{
		"index.html":                         "/events/" + d.Events[0].ID,
		"events/" + ev.ID + "/index.html":    "Sources",
		"about/index.html":                   "About LaborLens",
		"404.html":                           "Page not found",
		s.Version + "/web/app.wasm":          "asm",
		s.Version + "/web/" + ui.DatasetFile: "",
		s.Version + "/web/app.wasm.gz":       "",
		"app-worker.js":                      s.Version,
		"manifest.webmanifest":               "LaborLens",
		"_headers":                           "Content-Security-Policy",
		"robots.txt":                         "User-agent",
	} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Errorf("missing %s: %v", file, err)
			continue
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s does not contain %q", file, want)
		}
	}
	headers, _ := os.ReadFile(filepath.Join(dir, "_headers"))
	if !strings.Contains(string(headers), "/embed/*") || !strings.Contains(string(headers), "frame-ancestors *") {
		t.Errorf("_headers does not let partners frame /embed/:\n%s", headers)
	}
}
