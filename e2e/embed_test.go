package e2e

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// partnerPage serves an HTML page from a second loopback origin
// (127.0.0.2) that embeds LaborLens views, the way a newsroom would.
func partnerPage(t *testing.T, body string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no second loopback address for a partner origin: %v", err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!doctype html><html><head><title>Partner</title></head><body><h1>A partner article</h1>"+body+"</body></html>")
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// A partner page on another origin embeds a view: the iframe loads, and
// embed.js sizes it to the height the view posts; the full app refuses to
// be framed there.
func TestPartnerEmbedResizesAndFullAppRefusesFraming(t *testing.T) {
	s := startServer(t)
	partner := partnerPage(t, `
<iframe name="list" id="list" src="`+s.URL+`/embed/list?id=story&theme=dark" height="150" style="width:100%;border:0"></iframe>
<iframe name="app" src="`+s.URL+`/" height="150"></iframe>
<script src="`+s.URL+`/embed.js" async></script>`)

	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(partner),
		waitJS(`document.getElementById("list").hasAttribute("data-laborlens-height")`))
	// The first report may come before the content is laid out; the list of
	// 25 events is thousands of pixels tall once it is.
	err := chromedp.Run(tb.ctx, waitJS(`parseInt(document.getElementById("list").style.height) > 1500`))
	var height string
	tb.eval(t, `document.getElementById("list").style.height`, &height)
	if err != nil {
		t.Errorf("the embedded list was sized to %q; a list of 25 events is far taller", height)
	}

	refused := false
	for _, e := range tb.Errors() {
		if strings.Contains(e, "Framing '"+s.URL+"/'") && strings.Contains(e, "frame-ancestors 'self'") {
			refused = true
		}
		if strings.Contains(e, "/embed/list") {
			t.Errorf("the embed view was refused: %s", e)
		}
	}
	if !refused {
		t.Errorf("the full app was not refused framing by another origin; console: %v", tb.Errors())
	}
}

// Theme, accent and title parameters apply; hostile values are inert.
func TestEmbedParameters(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/embed/list?theme=dark&accent=00aa55&title=0"), waitWasm(),
		waitJS(`getComputedStyle(document.getElementById("embed-root")).getPropertyValue("--accent").trim() === "#00aa55"`))
	var dark, heading bool
	tb.eval(t, `getComputedStyle(document.getElementById("embed-root")).backgroundColor === "rgb(22, 19, 18)"`, &dark)
	tb.eval(t, `document.querySelector("#embed-root h1") !== null`, &heading)
	if !dark || heading {
		t.Errorf("theme=dark title=0: dark background %v, heading shown %v", dark, heading)
	}

	hostile := `/embed/list?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&accent=red;background:url(//evil)&title=%3Cscript%3Ealert(1)%3C/script%3E&id=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`
	tb.run(t, chromedp.Navigate(s.URL+hostile), waitWasm())
	var theme, accent string
	tb.eval(t, `document.getElementById("embed-root").dataset.theme`, &theme)
	tb.eval(t, `getComputedStyle(document.getElementById("embed-root")).getPropertyValue("--accent").trim()`, &accent)
	var scripts int
	tb.eval(t, `document.querySelectorAll("img[src=x], script:not([src])").length`, &scripts)
	if theme != "auto" || accent == "red" || strings.Contains(accent, "evil") || scripts != 0 || tb.dialogs.Load() != 0 {
		t.Errorf("hostile parameters were not inert: theme %q, accent %q, injected elements %d, dialogs %d", theme, accent, scripts, tb.dialogs.Load())
	}
}

// The embed's first load, measured in a fresh browser: its content is
// prerendered, so it paints before the wasm arrives. The figures are logged
// for the release notes; the assertions check the order of events.
func TestEmbedFirstLoad(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/embed/list?kind=strike"), waitWasm())
	var m map[string]float64
	tb.eval(t, `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const res = performance.getEntriesByType("resource");
  const wasm = res.find(r => r.name.endsWith("/web/app.wasm"));
  const bytes = res.reduce((n, r) => n + (r.transferSize || 0), nav.transferSize || 0);
  return {fcp: fcp ? fcp.startTime : -1, dcl: nav.domContentLoadedEventEnd, html: nav.transferSize, wasmEnd: wasm ? wasm.responseEnd : -1, bytes: bytes, thirdParty: res.filter(r => !r.name.startsWith(location.origin)).length};
})()`, &m)
	t.Logf("embed first load: first contentful paint %.0f ms, DOMContentLoaded %.0f ms, HTML %.1f kB, wasm received at %.0f ms, %.0f kB transferred in all",
		m["fcp"], m["dcl"], m["html"]/1000, m["wasmEnd"], m["bytes"]/1000)
	if m["fcp"] <= 0 || m["wasmEnd"] > 0 && m["fcp"] > m["wasmEnd"] {
		t.Errorf("the embed painted at %.0f ms, after the wasm arrived at %.0f ms: it is not content-first", m["fcp"], m["wasmEnd"])
	}
	if m["thirdParty"] != 0 {
		t.Errorf("the embed loaded %.0f third-party resources", m["thirdParty"])
	}
}

// "Embed this view" builds the snippet for exactly the current view, with
// a live preview.
func TestEmbedDialogBuildsTheSnippet(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/?kind=strike&country=DE"), waitWasm(),
		click(".embed-open"), waitJS(`document.getElementById("embed-dialog").open`),
		waitJS(`document.getElementById("embed-snippet") !== null`))
	var snippet, preview string
	tb.eval(t, `document.getElementById("embed-snippet").value`, &snippet)
	tb.eval(t, `document.querySelector(".embed-preview").src`, &preview)
	want := s.URL + "/embed/list?country=DE&amp;kind=strike"
	if !strings.Contains(snippet, want) || !strings.Contains(snippet, s.URL+"/embed.js") {
		t.Errorf("the snippet does not embed this view (%s):\n%s", want, snippet)
	}
	if preview != s.URL+"/embed/list?country=DE&kind=strike" {
		t.Errorf("the preview shows %q", preview)
	}
	// Options change the snippet.
	tb.run(t, chromedp.SetValue("#embed-theme", "dark", chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("embed-theme").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		waitJS(`document.getElementById("embed-snippet").value.includes("theme=dark")`))
}
