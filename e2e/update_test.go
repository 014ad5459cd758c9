package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// datasetWithVersion writes the shipped dataset with another version: a new
// release of the same app.
func datasetWithVersion(t *testing.T, version string) string {
	t.Helper()
	b, err := os.ReadFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	var d map[string]any
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	d["meta"].(map[string]any)["version"] = version
	out, _ := json.Marshal(d)
	path := filepath.Join(t.TempDir(), "release.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// When a new version is deployed, the open app says so and reloads into it
// on request.
func TestNewReleaseIsOfferedAndReloads(t *testing.T) {
	site := newOrigin(t)
	first := startServer(t)
	site.use(first, nil)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(site.URL+"/"), waitWasm(),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Reload(), waitWasm(), waitJS(`navigator.serviceWorker.controller !== null`))
	first.Stop()

	site.use(startServer(t, "-data", datasetWithVersion(t, "9999.1.0")), nil)
	var ok bool
	tb.run(t, chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, &ok, awaitPromise),
		waitJS(`!document.querySelector(".update-notice").hidden`),
		chromedp.Click(`.update-notice button`, chromedp.ByQuery),
		waitJS(`document.querySelector(".site-footer") && document.querySelector(".site-footer").textContent.includes("v9999.1.0")`),
		waitWasm())
}
