package e2e

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// controlState is a script that records the state a URL gives a page:
// every form control's value or tick and every details' openness (the
// embed dialog aside, which is closed and the app's alone), every ARIA
// state, the counts, result titles, chips and links that carry state, the
// title and the canonical link.
const controlState = `(() => {
  const out = {};
  const text = e => e.textContent.replace(/\s+/g, " ").trim(); // the prerender indents
  const inDialog = e => e.closest("dialog");
  const key = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "[" + (e.name || "") + "=" + e.value + "]");
  document.querySelectorAll("input, select, textarea").forEach(e => {
    if (inDialog(e)) return;
    out[key(e)] = e.type === "checkbox" || e.type === "radio" ? String(e.checked) : e.value;
  });
  document.querySelectorAll("details").forEach((d, i) => {
    if (!inDialog(d)) out["details " + i + " " + (d.querySelector("summary") || {}).textContent] = String(d.open);
  });
  document.querySelectorAll("[aria-current], [aria-expanded], [aria-pressed], [aria-selected], [aria-checked]").forEach((e, i) => {
    if (inDialog(e)) return;
    for (const a of ["aria-current", "aria-expanded", "aria-pressed", "aria-selected", "aria-checked"])
      if (e.hasAttribute(a)) out[a + " " + i + " " + text(e).slice(0, 40)] = e.getAttribute(a);
  });
  const texts = sel => [...document.querySelectorAll(sel)].map(text).join(" | ");
  out.counts = texts(".result-count, .facets .count, .matching h2, .chronology > h2");
  out.results = texts(".event-list h3");
  out.chips = [...document.querySelectorAll(".active-filters a, .show-more, .facets a, .facets button[name]")].map(a => text(a) + " " + (a.getAttribute("href") || a.name + "=" + a.value)).join(" | ");
  out.title = document.title;
  const canon = document.querySelector('link[rel="canonical"]');
  out.canonical = canon ? canon.href : "";
  return out;
})()`

// The prerendered page is the app's render: for URLs with filters, every
// control, count and result seen with scripts disabled is the same once the
// wasm has taken over.
func TestPrerenderEqualsTheApp(t *testing.T) {
	s := startServer(t)
	urls := []string{
		"/?kind=strike&country=DE",
		"/?q=besemer&sort=oldest&from=2020&to=2023",
		"/?kind=union-election,walkout&sort=size&all=org&page=2",
		`/?q=%5C%22quoted%22+%3Cb%3E`,
		"/timeline?kind=strike&lane=country",
		"/charts?country=GB&from=2018",
		"/embed/list?kind=petition",
		"/orgs/gmb",
	}
	before := newBrowser(t, timeout(t, 3*time.Minute))
	before.run(t, withoutScripts())
	after := newBrowser(t, timeout(t, 3*time.Minute))
	for _, u := range urls {
		var prerendered map[string]string
		before.run(t, chromedp.Navigate(s.URL+u))
		before.eval(t, controlState, &prerendered)
		if len(prerendered) < 3 {
			t.Fatalf("%s: too little recorded without scripts: %v", u, prerendered)
		}
		after.run(t, chromedp.Navigate(s.URL+u), waitWasm())
		// The app may still be applying its first navigation: compare until
		// the two agree, or report the differences that remain.
		var diff []string
		deadline := time.Now().Add(15 * time.Second)
		for {
			var app map[string]string
			after.eval(t, controlState, &app)
			diff = differences(prerendered, app)
			if len(diff) == 0 || time.Now().After(deadline) {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if len(diff) > 0 {
			t.Errorf("%s: the prerendered page and the app differ:\n%s", u, strings.Join(diff, "\n"))
		}
	}
	// A script-disabled tab must really run no page script.
	var ran bool
	before.eval(t, `typeof Go !== "undefined" || !!document.documentElement.dataset.app`, &ran)
	if ran {
		t.Fatal("scripts ran in the tab that was to have them disabled")
	}
}

// differences lists the keys whose values differ between a and b.
func differences(a, b map[string]string) []string {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	var out []string
	for k := range keys {
		va, oka := a[k]
		vb, okb := b[k]
		if va != vb || oka != okb {
			ja, _ := json.Marshal(va)
			jb, _ := json.Marshal(vb)
			out = append(out, fmt.Sprintf("  %s: prerendered %s (%v), app %s (%v)", k, ja, oka, jb, okb))
		}
	}
	sort.Strings(out)
	return out
}
