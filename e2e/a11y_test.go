package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// a11yProblems checks what a screen reader and a keyboard user rely on:
// a page language, one h1, labelled form controls, images with text
// alternatives, named buttons and links, and no positive tabindex.
const a11yProblems = `(() => {
  const p = [];
  if (!document.documentElement.lang) p.push("no lang on <html>");
  const h1 = document.querySelectorAll("h1").length;
  if (h1 !== 1) p.push(h1 + " h1 elements");
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (el.type === "hidden" || el.closest("[hidden]") || el.closest("dialog:not([open])")) continue;
    const labelled = (el.id && document.querySelector("label[for='" + CSS.escape(el.id) + "']")) || el.closest("label") || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
    if (!labelled) p.push("unlabelled " + el.tagName.toLowerCase() + "#" + el.id);
  }
  for (const img of document.querySelectorAll("img")) if (!img.hasAttribute("alt")) p.push("img without alt: " + img.src);
  for (const el of document.querySelectorAll("button, a[href]")) {
    if (el.closest("[hidden]") || el.closest("dialog:not([open])")) continue;
    const name = (el.getAttribute("aria-label") || el.textContent || "").trim();
    if (!name) p.push("unnamed " + el.tagName.toLowerCase() + " " + (el.getAttribute("href") || ""));
  }
  for (const el of document.querySelectorAll("[tabindex]")) if (el.tabIndex > 0) p.push("positive tabindex on " + el.tagName);
  return p;
})()`

func TestPagesAreAccessible(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	for _, path := range []string{
		"/", "/?kind=strike&q=amazon", "/timeline", "/charts", "/about",
		"/events/2023-05-31-amazon-corporate-walkout-seattle-hq", "/orgs/amazon-labor-union", "/facilities/JFK8",
		"/embed/list", "/embed/charts/per-year", "/no-such-page",
	} {
		tb.run(t, chromedp.Navigate(s.URL+path), waitWasm())
		var problems []string
		tb.eval(t, a11yProblems, &problems)
		if len(problems) > 0 {
			t.Errorf("%s: %s", path, strings.Join(problems, "; "))
		}
	}
	// The keyboard reaches the results: Tab from the search box lands on
	// focusable controls and links, never on nothing.
	tb.run(t, chromedp.Navigate(s.URL+"/?q=bessemer"), waitWasm(), chromedp.Focus("#q", chromedp.ByQuery))
	reached := map[string]bool{}
	for i := 0; i < 60 && !reached["result"]; i++ {
		tb.run(t, chromedp.KeyEvent("\t"))
		var where string
		tb.eval(t, `(() => { const a = document.activeElement; if (!a || a === document.body) return "body"; return a.closest(".event-list") ? "result" : a.tagName; })()`, &where)
		reached[where] = true
	}
	if !reached["result"] {
		t.Errorf("tabbing from the search box never reached a result; reached %v", reached)
	}
}
