package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Event pages show their sources as links that open in a new tab without
// giving the source a handle on LaborLens.
func TestEventPagesLinkTheirSources(t *testing.T) {
	s := startServer(t)
	_, all, _ := get(t, s.URL+"/timeline")
	links := eventLink.FindAllStringSubmatch(all, -1)
	if len(links) < 100 {
		t.Fatalf("only %d event links on /", len(links))
	}
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	for _, i := range []int{0, len(links) / 3, len(links) / 2, len(links) - 1} {
		id := links[i][1]
		tb.run(t, chromedp.Navigate(s.URL+"/events/"+id), waitWasm(),
			waitJS(`document.querySelectorAll(".sources a").length > 0`))
		var sources []map[string]string
		tb.eval(t, `[...document.querySelectorAll(".sources a")].map(a => ({href: a.href, target: a.target, rel: a.rel, text: a.textContent}))`, &sources)
		for _, src := range sources {
			if !strings.HasPrefix(src["href"], "http://") && !strings.HasPrefix(src["href"], "https://") {
				t.Errorf("%s: source link %q is not http(s)", id, src["href"])
			}
			if strings.HasPrefix(src["href"], s.URL) {
				t.Errorf("%s: source link %q points at LaborLens itself", id, src["href"])
			}
			if src["target"] != "_blank" || !strings.Contains(src["rel"], "noopener") || strings.TrimSpace(src["text"]) == "" {
				t.Errorf("%s: source link %v must open in a new tab with rel=noopener and have text", id, src)
			}
		}
	}
}
