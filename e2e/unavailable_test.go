package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// When the dataset cannot be fetched, the prerendered page stays as it
// is (the server's filtered results, ticked boxes) with a short notice
// saying why search and filters are unavailable; the next load retries and
// the app runs.
func TestMissingDatasetKeepsThePage(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, network.Enable(), network.SetBlockedURLs([]string{"*dataset.bin*"}),
		chromedp.Navigate(s.URL+"/?kind=strike"),
		waitJS(`document.documentElement.dataset.app === "unavailable"`))
	var page struct {
		Notice, Count string
		Events        int
		Ticked        []string
	}
	tb.eval(t, `({
		notice: (document.querySelector("main .data-notice[role=alert]") || {}).textContent || "",
		count: document.querySelector(".result-count").textContent,
		events: document.querySelectorAll(".event-list .event-card").length,
		ticked: [...document.querySelectorAll(".facets input:checked")].map(i => i.id),
	})`, &page)
	if !strings.Contains(page.Notice, "search and filters are unavailable") || !strings.Contains(page.Notice, "could not be loaded (") {
		t.Errorf("the notice says %q, not that search and filters are unavailable and why", page.Notice)
	}
	if strings.HasPrefix(page.Count, "0 ") || page.Events == 0 || strings.Join(page.Ticked, ",") != "f-kind-strike" {
		t.Errorf("the prerendered page was replaced: count %q, %d events, ticked %v", page.Count, page.Events, page.Ticked)
	}

	tb.run(t, network.SetBlockedURLs([]string{}), chromedp.Reload(), waitWasm())
	var notices int
	var count string
	tb.eval(t, `document.querySelectorAll(".data-notice").length`, &notices)
	tb.eval(t, `document.querySelector(".result-count").textContent`, &count)
	if notices != 0 || count != page.Count {
		t.Errorf("after a reload with the data reachable: %d notices, count %q, want %q", notices, count, page.Count)
	}
}
