package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// withoutScripts disables the page's JavaScript, as for a visitor or a
// crawler without it; the test can still inspect the DOM through CDP.
func withoutScripts() chromedp.Action { return emulation.SetScriptExecutionDisabled(true) }

// injectedMarkup is a script that lists what request text must never add
// to a page: refresh or other http-equiv metas, event handler or autofocus
// attributes, elements from the payloads, and og:url or canonical addresses
// that leave the site's address.
const injectedMarkup = `(() => {
  const bad = [];
  document.querySelectorAll("meta[http-equiv], img[src='x'], b, script:not([src])").forEach(e => bad.push(e.outerHTML.slice(0, 120)));
  document.querySelectorAll("*").forEach(e => {
    for (const a of e.attributes) if (a.name.startsWith("on") || a.name === "autofocus" || a.name.includes('"')) bad.push(e.tagName + " " + a.name);
  });
  const og = document.querySelector('meta[property="og:url"]'), canon = document.querySelector('link[rel="canonical"]');
  for (const u of [og && og.content, canon && canon.href]) if (u && (/["'<>\x60\s\\]/.test(u) || !u.startsWith("https://laborlens.example"))) bad.push("address " + u);
  document.querySelectorAll("a[href]").forEach(a => { if (new URL(a.href).host !== location.host && !a.closest(".sources, .facts")) bad.push("link " + a.href); });
  return bad;
})()`

// Hostile paths and queries show as text in the browser, with scripts and
// without: nothing is injected, no dialog opens, nothing redirects, the
// 404 page is the friendly one, and an embed's "Open in LaborLens" stays on
// LaborLens.
func TestHostilePathsInTheBrowser(t *testing.T) {
	s := startServer(t, "-domain", "laborlens.example")
	paths := []string{
		`/x"><meta%20http-equiv=refresh%20content="0;url=https://evil.example/">`,
		`/x%22%3E%3Cmeta%20http-equiv=refresh%20content=%220;url=https://evil.example/%22%3E`,
		`/embed/events/x"%20autofocus%20onfocus="alert(1)"`,
		`/embed/events/x%22%20autofocus%20onfocus%3D%22alert(1)`,
		"/`onmouseover=alert(1)`",
		`/orgs/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E`,
		`/?q=%22%3E%3Cmeta%20http-equiv%3Drefresh%20content%3D%220%3Burl%3Dhttps://evil.example/%22%3E`,
		`/?q=%5C%22%20autofocus%20onfocus%3D%5C%22alert(1)%60%3Cb%3Ex`,
		`/embed/list?q=%22%3E%3Cb%3Ex&id=%22%3E`,
	}
	for _, scripts := range []bool{false, true} {
		tb := newBrowser(t, timeout(t, 3*time.Minute))
		dialogs := 0
		chromedp.ListenTarget(tb.ctx, func(ev any) {
			if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
				dialogs++
			}
		})
		if !scripts {
			tb.run(t, withoutScripts())
		}
		for _, p := range paths {
			tb.run(t, chromedp.Navigate(s.URL+p))
			if scripts {
				tb.run(t, waitWasm())
			}
			var bad []string
			tb.eval(t, injectedMarkup, &bad)
			var where, text string
			tb.eval(t, `location.host + " " + document.title`, &where)
			tb.eval(t, `document.body.innerText`, &text)
			if len(bad) > 0 || dialogs > 0 || !strings.HasPrefix(where, strings.TrimPrefix(s.URL, "http://")) {
				t.Errorf("scripts %v, %s: injected %v, %d dialogs, now at %q", scripts, p, bad, dialogs, where)
			}
			if strings.HasPrefix(p, "/embed/events/") {
				var href string
				tb.eval(t, `document.querySelector(".embed-credit a").getAttribute("href")`, &href)
				if href != "/" || !strings.Contains(text, "does not exist") {
					t.Errorf("scripts %v, %s: the embed's link goes to %q", scripts, p, href)
				}
			} else if !strings.HasPrefix(p, "/?") && !strings.HasPrefix(p, "/embed/") && !strings.Contains(text, "Page not found") {
				t.Errorf("scripts %v, %s: not the friendly 404 page", scripts, p)
			}
		}
	}
}
