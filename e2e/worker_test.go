package e2e

import (
	"context"
	"io"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"
)

// visitAndInstall opens url, waits for the worker to precache, and reloads
// so that the worker controls the page.
func visitAndInstall(t *testing.T, tb *tab, url string) {
	t.Helper()
	tb.run(t, chromedp.Navigate(url), waitWasm(),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)),
		chromedp.Reload(), waitWasm(), waitJS(`navigator.serviceWorker.controller !== null`))
}

// cachedPaths lists what the worker's cache holds, path and query.
const cachedPaths = `(async () => {
  const out = [];
  for (const k of await caches.keys()) {
    for (const r of await (await caches.open(k)).keys()) {
      const u = new URL(r.url);
      out.push(k + " " + u.pathname + u.search);
    }
  }
  return out;
})()`

// The worker keeps one copy per page, not one per search, and answers a
// search offline from that copy, the app applying the query.
func TestWorkerCachesOneCopyPerRoute(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	visitAndInstall(t, tb, s.URL+"/")
	for _, q := range []string{"/?q=strike", "/?q=union", "/?q=heat&kind=strike", "/timeline?from=2020", "/timeline?from=2021"} {
		tb.run(t, chromedp.Navigate(s.URL+q), waitWasm())
	}
	// The worker stores copies in the background: wait for the timeline's.
	tb.run(t, chromedp.Poll(`(async () => (await `+cachedPaths+`).some(p => p.endsWith(" /timeline") || p.includes(" /timeline?")))()`, nil,
		chromedp.WithPollingTimeout(30*time.Second)))
	var paths []string
	tb.run(t, chromedp.Evaluate(cachedPaths, &paths, awaitPromise))
	pages := map[string]int{}
	for _, p := range paths {
		_, path, _ := strings.Cut(p, " ")
		if strings.Contains(path, "?") {
			t.Errorf("the worker cached a search: %s", p)
		}
		pages[path]++
	}
	if pages["/"] != 1 || pages["/timeline"] != 1 {
		t.Errorf("copies of / and /timeline: %d and %d, want 1 each; cache: %v", pages["/"], pages["/timeline"], paths)
	}

	s.Stop()
	tb.run(t, chromedp.Navigate(s.URL+"/?q=bessemer"), waitWasm(),
		waitJS(`document.querySelector("#q") && document.querySelector("#q").value === "bessemer"`),
		waitJS(`document.querySelector(".result-count") && !document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(0)+` ")`))
}

// breakWorker turns a release's service worker into one that fails every
// navigation, as a bad deployment could.
func breakWorker(path string, body []byte) []byte {
	if path != "/app-worker.js" {
		return body
	}
	return append([]byte(`// BROKEN RELEASE
self.addEventListener("fetch", (event) => {
  if (event.request.mode === "navigate") {
    event.stopImmediatePropagation();
    event.respondWith(Response.error());
  }
});
`), body...)
}

// workerVersions follows the service worker versions Chromium reports.
type workerVersions struct {
	mu        sync.Mutex
	activated map[string]bool // version id -> activated once
}

func watchWorkers(t *testing.T, tb *tab) *workerVersions {
	w := &workerVersions{activated: map[string]bool{}}
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		if e, ok := ev.(*serviceworker.EventWorkerVersionUpdated); ok {
			w.mu.Lock()
			for _, v := range e.Versions {
				if v.Status == serviceworker.VersionStatusActivated {
					w.activated[v.VersionID] = true
				}
			}
			w.mu.Unlock()
		}
	})
	tb.run(t, serviceworker.Enable())
	return w
}

// waitNewActivated waits until a version not in seen is activated, and
// returns every activated version.
func (w *workerVersions) waitNewActivated(t *testing.T, seen map[string]bool) map[string]bool {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		w.mu.Lock()
		now := map[string]bool{}
		fresh := false
		for id := range w.activated {
			now[id] = true
			fresh = fresh || !seen[id]
		}
		w.mu.Unlock()
		if fresh {
			return now
		}
		if time.Now().After(deadline) {
			t.Fatalf("no new service worker was activated within a minute (activated so far: %v)", now)
		}
		time.Sleep(100 * time.Millisecond) // poll interval, bounded by the deadline
	}
}

func versionOf(t *testing.T, s *server) string {
	t.Helper()
	res, err := httpClient.Get(s.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return strings.TrimSpace(strings.TrimPrefix(string(b), "ok "))
}

// A release whose worker fails every navigation is replaced by the next
// release: the visitor recovers on the load after the one that finds the
// fix, and only the newest release's cache is left.
func TestBrokenWorkerIsReplacedByTheNextRelease(t *testing.T) {
	site := newOrigin(t)
	first := startServer(t)
	site.use(first, nil)
	tb := newBrowser(t, timeout(t, 4*time.Minute))
	workers := watchWorkers(t, tb)
	visitAndInstall(t, tb, site.URL+"/")
	seen := workers.waitNewActivated(t, nil)

	broken := startServer(t, "-data", datasetWithVersion(t, "9999.2.0"))
	site.use(broken, breakWorker)
	first.Stop()
	var ok bool
	tb.run(t, chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, &ok, awaitPromise))
	seen = workers.waitNewActivated(t, seen)
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	err := chromedp.Run(ctx, chromedp.Navigate(site.URL+"/about"))
	cancel()
	if err == nil {
		t.Fatal("the broken worker did not break the navigation: this test would prove nothing")
	}

	fixed := startServer(t, "-data", datasetWithVersion(t, "9999.3.0"))
	site.use(fixed, nil)
	broken.Stop()
	// This load still meets the broken worker, and makes the browser check
	// for a new one.
	ctx, cancel = context.WithTimeout(tb.ctx, 30*time.Second)
	chromedp.Run(ctx, chromedp.Navigate(site.URL+"/about"))
	cancel()
	workers.waitNewActivated(t, seen)
	tb.run(t, chromedp.Navigate(site.URL+"/about"), waitWasm(),
		waitJS(`document.querySelector(".site-footer") && document.querySelector(".site-footer").textContent.includes("v9999.3.0")`))
	var keys []string
	tb.run(t, chromedp.Evaluate(`caches.keys()`, &keys, awaitPromise))
	if want := "laborlens-" + versionOf(t, fixed); len(keys) != 1 || keys[0] != want {
		t.Errorf("caches after the update: %v, want only %s", keys, want)
	}
}
