package static

import (
	"os"
	"path/filepath"
	"strconv"
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
		// Every language's catalogue, for the app to switch to.
		s.Version + "/web/i18n/de.txt": "kind.strike = Streik",
		s.Version + "/web/i18n/pl.txt": "country.US = Stany Zjednoczone",
		"manifest.webmanifest":         "LaborLens",
		"_headers":                     "Content-Security-Policy",
		"robots.txt":                   "User-agent",
		"template.csv":                 "id,date,end_date,title,summary,kind,",
		// Feeds, the data API and citations, with root-relative links.
		"feed.xml":              `<link rel="self" type="application/atom+xml" href="/feed.xml">`,
		"feeds/kind/strike.xml": "/events/",
		"feeds/country/DE.xml":  "Germany",
		"feeds/org/" + d.Organizations[0].ID + ".xml":             "<feed",
		"api/v1/events.json":                                      `"count": ` + strconv.Itoa(len(d.Events)),
		"api/v1/events/" + ev.ID + ".json":                        `"id": "` + ev.ID + `"`,
		"api/v1/organizations/" + d.Organizations[0].ID + ".json": d.Organizations[0].ID,
		"api/v1/facilities/" + d.Facilities[0].Code + ".json":     d.Facilities[0].Code,
		"api/v1/schema/event.json":                                "2020-12/schema",
		"cite/release.bib":                                        d.Meta.Version,
		"cite/events/" + ev.ID + ".ris":                           "UR  - /events/" + ev.ID,
		"cite/events/" + ev.ID + ".json":                          "event-date",
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
	if !strings.Contains(string(headers), "/api/*\n  Access-Control-Allow-Origin: *") {
		t.Errorf("_headers does not open the API to other origins:\n%s", headers)
	}
	if home, _ := os.ReadFile(filepath.Join(dir, "index.html")); !strings.Contains(string(home), `<link rel="alternate" type="application/atom+xml" href="/feed.xml"`) {
		t.Errorf("the exported home page does not link its feed")
	}
	if !strings.Contains(string(headers), "/embed/*") || !strings.Contains(string(headers), "frame-ancestors *") {
		t.Errorf("_headers does not let partners frame /embed/:\n%s", headers)
	}
}
