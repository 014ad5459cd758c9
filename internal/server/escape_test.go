package server

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/laborlens/laborlens/dataset"
)

const hostileDataset = `{
  "meta": {"title": "Hostile", "version": "1", "updated": "2026-01-01", "license": "CC0-1.0", "code_license": "MIT"},
  "organizations": [{"id": "evil-org", "name": "Evil \" onmouseover=\"alert(1)", "kind": "other"}],
  "facilities": [],
  "events": [{
    "id": "2024-01-01-hostile-event",
    "date": "2024-01-01",
    "title": "Title \" autofocus onfocus=\"alert(1)",
    "summary": "Summary <script>alert(2)</script> \" x=\"y",
    "kind": "strike",
    "countries": ["US"],
    "organizations": ["evil-org"],
    "sources": [{"url": "https://example.org/?q=\"onclick=alert(3)", "title": "<b>src</b>"}]
  }]
}`

// Data is never able to add markup or attributes to a prerendered page,
// though go-app writes attribute values with Go's \" quoting.
func TestPrerenderedPagesEscapeData(t *testing.T) {
	d, err := dataset.Parse("hostile.json", []byte(hostileDataset))
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(d, fstest.MapFS{"build/app.wasm": {Data: []byte("\x00asm")}}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		"/", "/events/2024-01-01-hostile-event", "/orgs/evil-org", "/embed/events/2024-01-01-hostile-event",
		`/?q=%22+autofocus+onfocus%3D%22alert(1)&org=evil-org`,
	} {
		body := do(s, "GET", path).Body.String()
		if strings.Contains(body, `\"`) {
			i := strings.Index(body, `\"`)
			t.Errorf("%s: an attribute holds \\\" and can be broken out of: …%s…", path, body[max(0, i-80):min(len(body), i+40)])
		}
		// In the head, data sits inside quoted meta attributes, where "<" is
		// plain text; in the body it must never be markup.
		_, page, _ := strings.Cut(body, "<body")
		for _, bad := range []string{"<script>alert", "<b>src", ` onfocus="`, ` onmouseover="`, ` onclick=`} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: the page contains %q from the data", path, bad)
			}
		}
	}
}
