package e2e

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/laborlens/laborlens/view"

	"github.com/chromedp/chromedp"
)

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b), res.Header
}

var eventLink = regexp.MustCompile(`<a href="/events/([a-z0-9-]+)">`)

// The server sends real content: event links are in the HTML before any
// script runs.
func TestPrerenderedHomeHasEventLinks(t *testing.T) {
	s := startServer(t)
	code, body, h := get(t, s.URL+"/")
	if code != http.StatusOK {
		t.Fatalf("GET / = %d", code)
	}
	links := eventLink.FindAllStringSubmatch(body, -1)
	if len(links) < view.PageSize {
		t.Fatalf("prerendered / has %d event links, want the first %d", len(links), view.PageSize)
	}
	// The timeline lists the latest events, for visitors without
	// JavaScript too, and links to all of them in the explorer.
	_, timeline, _ := get(t, s.URL+"/timeline")
	if n := len(eventLink.FindAllStringSubmatch(timeline, -1)); n < view.ChronologyLimit {
		t.Errorf("prerendered /timeline has %d event links, want the latest %d", n, view.ChronologyLimit)
	}
	if !strings.Contains(timeline, `href="/?sort=oldest"`) {
		t.Error("prerendered /timeline does not link to every event in the explorer, oldest first")
	}
	for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if h.Get(name) == "" {
			t.Errorf("GET / has no %s header", name)
		}
	}
	// The first linked event page is prerendered with its own title.
	code, page, _ := get(t, s.URL+"/events/"+links[0][1])
	if code != http.StatusOK || !strings.Contains(page, `<h1>`) || !strings.Contains(page, "Sources") {
		t.Fatalf("GET /events/%s = %d, without its content", links[0][1], code)
	}
}

// Every route answers with its own title and description, prerendered.
func TestRoutesArePrerendered(t *testing.T) {
	s := startServer(t)
	for path, want := range map[string]string{
		"/":                "Worker organizing at Amazon",
		"/timeline":        "Timeline",
		"/charts":          "Charts",
		"/about":           "About",
		"/embed/list":      "Open in LaborLens",
		"/orgs/gmb":        "GMB",
		"/facilities/JFK8": "JFK8",
	} {
		code, body, _ := get(t, s.URL+path)
		if code != http.StatusOK {
			t.Errorf("GET %s = %d", path, code)
			continue
		}
		if !strings.Contains(body, want) || !strings.Contains(body, `name="description"`) {
			t.Errorf("GET %s: prerendered page lacks %q or its description:\n%.1500s", path, want, body)
		}
	}
}

func TestUnknownPagesAre404(t *testing.T) {
	s := startServer(t)
	for _, path := range []string{"/events/no-such-event", "/nowhere", "/orgs/nobody", "/facilities/ZZZ9", "/embed/events/nope"} {
		code, body, _ := get(t, s.URL+path)
		if code != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, code)
		}
		if !strings.Contains(body, "Page not found") && !strings.Contains(body, "does not exist") {
			t.Errorf("GET %s: not the friendly 404 page", path)
		}
	}
}

// The wasm boots with no console error and no CSP violation, and the
// navigation then changes route without reloading the page.
func TestWasmBootsAndNavigatesWithoutReload(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	start := time.Now()
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	t.Logf("navigation to interactive wasm, cold: %v", time.Since(start).Round(time.Millisecond))
	tb.screenshot(t, "screenshot.png")

	var marker bool
	tb.eval(t, `window.__notReloaded = true`, &marker)
	tb.run(t, chromedp.Click(`nav a[href="/timeline"]`, chromedp.ByQuery),
		waitJS(`location.pathname === "/timeline" && document.querySelector("h1")?.textContent === "Timeline"`))
	tb.eval(t, `window.__notReloaded === true`, &marker)
	if !marker {
		t.Fatal("clicking the navigation reloaded the page")
	}
	var title string
	tb.eval(t, `document.title`, &title)
	if !strings.HasPrefix(title, "Timeline") {
		t.Errorf("document.title = %q after navigating to /timeline", title)
	}
	var violations []string
	tb.eval(t, `window.__csp`, &violations)
	if len(violations) > 0 {
		t.Errorf("CSP violations: %v", violations)
	}
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}
