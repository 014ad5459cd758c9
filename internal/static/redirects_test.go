package static

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/internal/server"
)

// The static site keeps a renamed event's former address working.
func TestExportRedirectsFormerIDs(t *testing.T) {
	d := must(embed.Dataset())
	d.Events[5].FormerIDs = []string{"2000-01-01-old-id"}
	d = must(dataset.Parse("renamed.json", must(json.Marshal(d))))
	s := must(server.New(d, fstest.MapFS{"build/app.wasm": {Data: []byte("\x00asm")}}, server.Config{}))
	dir := t.TempDir()
	if err := Export(dir, s, []string{"/"}); err != nil {
		t.Fatal(err)
	}
	id := d.Events[5].ID
	rules := string(must(os.ReadFile(filepath.Join(dir, "_redirects"))))
	for _, want := range []string{
		"/events/2000-01-01-old-id /events/" + id + " 301\n",
		"/events/2000-01-01-old-id/ /events/" + id + " 301\n",
		"/embed/events/2000-01-01-old-id /embed/events/" + id + " 301\n",
	} {
		if !strings.Contains(rules, want) {
			t.Errorf("_redirects lacks %q:\n%s", want, rules)
		}
	}
	page := string(must(os.ReadFile(filepath.Join(dir, "events/2000-01-01-old-id/index.html"))))
	for _, want := range []string{
		`<meta http-equiv="refresh" content="0; url=/events/` + id + `">`,
		`<link rel="canonical" href="/events/` + id + `">`,
		`<a href="/events/` + id + `">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page at the former address lacks %q:\n%s", want, page)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
