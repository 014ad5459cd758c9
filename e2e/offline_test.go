package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/laborlens/laborlens/view"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// swCacheReady is true once the service worker is active and its cache
// holds the wasm and the dataset.
const swCacheReady = `(async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg || !reg.active || reg.active.state !== "activated") return false;
  const keys = await caches.keys();
  const key = keys.find(k => k.startsWith("laborlens-"));
  if (!key) return false;
  const urls = (await (await caches.open(key)).keys()).map(r => new URL(r.url).pathname);
  return urls.some(u => u.endsWith("/web/app.wasm")) && urls.some(u => u.endsWith("/web/dataset.bin")) && urls.includes("/");
})()`

// After one visit, with the server gone, a reload of / and of an event page
// never visited still shows the app, and it still responds. The first visit
// transfers the wasm once, not once for the page and again for the worker.
func TestOfflineAfterOneVisit(t *testing.T) {
	s := startServer(t)
	_, home, _ := get(t, s.URL+"/")
	links := eventLink.FindAllStringSubmatch(home, -1)
	if len(links) < 5 {
		t.Fatal("no event links on /")
	}
	eventID := links[4][1]
	_, eventHTML, _ := get(t, s.URL+"/events/"+eventID)

	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm(),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))

	var updateShown bool
	tb.eval(t, `!document.querySelector(".update-notice").hidden`, &updateShown)
	if updateShown {
		t.Error("the first visit announces an update")
	}

	if wasmTransfers := s.transfers("/web/app.wasm"); wasmTransfers != 1 {
		t.Errorf("the first visit transferred app.wasm %d times, want 1:\n%s", wasmTransfers, strings.Join(s.Logs(), "\n"))
	}
	// The warm-up worker's request for it, the page's and the service
	// worker's are one transfer (the HTTP cache answers the others).
	if dataTransfers := s.transfers("/web/dataset.bin"); dataTransfers != 1 {
		t.Errorf("the first visit transferred dataset.bin %d times, want 1:\n%s", dataTransfers, strings.Join(s.Logs(), "\n"))
	}

	// Warm start: the service worker answers everything.
	start := time.Now()
	tb.run(t, chromedp.Reload(), waitWasm())
	t.Logf("navigation to interactive wasm, service worker cache warm: %v", time.Since(start).Round(time.Millisecond))

	s.Stop()
	if code, _, _ := tryGet(s.URL + "/"); code != 0 {
		t.Fatalf("server still answers after Stop (status %d)", code)
	}

	tb.run(t, chromedp.Reload(), waitWasm(), waitJS(`document.querySelectorAll("a[href^='/events/']").length >= `+strconv.Itoa(view.PageSize)))
	var warm []string
	tb.eval(t, warmState, &warm)
	t.Logf("offline: the warm-up worker %q %s", warm[0], warm[1])

	wantTitle := between(eventHTML, "<h1>", "</h1>")
	tb.run(t, chromedp.Navigate(s.URL+"/events/"+eventID), waitWasm(),
		waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === `+jsString(unescapeHTML(wantTitle))))

	// It still responds: the navigation works offline.
	tb.run(t, chromedp.Click(`nav a[href="/about"]`, chromedp.ByQuery),
		waitJS(`location.pathname === "/about" && document.querySelector("h1").textContent === "About LaborLens"`))
}

// transfers counts the server's answers of 200 for a path ending in suffix.
func (s *server) transfers(suffix string) int {
	n := 0
	for _, line := range s.Logs() {
		if strings.Contains(line, suffix) && strings.Contains(line, "status=200") {
			n++
		}
	}
	return n
}

func tryGet(url string) (int, string, error) {
	defer func() { recover() }()
	res, err := httpClient.Get(url)
	if err != nil {
		return 0, "", err
	}
	res.Body.Close()
	return res.StatusCode, "", nil
}

func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, to)
	return v
}

func unescapeHTML(s string) string { return htmlUnescape(s) }
