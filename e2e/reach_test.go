package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// listedIDs is the JavaScript for the ids of the events a page lists.
const listedIDs = `[...document.querySelectorAll(".event-list .event-card h3 a")].map(a => a.getAttribute("href").replace("/events/", ""))`

// A filtered view links its feed (head and a visible Follow link); the
// feed holds exactly the events the explorer lists and the API list is
// the explorer's list, in its order; both are readable from another origin.
func TestFollowFeedAndAPIMatchTheExplorer(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	// A selection that fits on the explorer's first page (14 strikes in
	// Italy), so that the explorer lists all of it.
	view := "/?kind=strike&country=IT"
	tb.run(t, chromedp.Navigate(s.URL+view), waitWasm(), waitJS(`document.querySelector(".follow-link") !== null`))
	var follow, head string
	tb.eval(t, `document.querySelector(".follow-link").getAttribute("href")`, &follow)
	tb.eval(t, `document.querySelector('head link[type="application/atom+xml"]').href`, &head)
	if follow != "/feed.xml?country=IT&kind=strike" || head != s.URL+follow {
		t.Errorf("Follow links %q, the head %q; want the feed of this view", follow, head)
	}
	var listed []string
	tb.eval(t, listedIDs, &listed)
	if len(listed) == 0 || len(listed) >= 20 {
		t.Fatalf("the explorer lists %d events for %s; the test wants a selection shorter than a page", len(listed), view)
	}
	// The partner's page reads the feed and the API across origins.
	partner := partnerPage(t, "")
	tb.run(t, chromedp.Navigate(partner))
	var feedIDs, apiIDs []string
	fetchFeed := `fetch(` + jsString(s.URL+follow) + `).then(r => r.text()).then(x => {
  const doc = new DOMParser().parseFromString(x, "application/xml");
  if (doc.querySelector("parsererror") || doc.documentElement.namespaceURI !== "http://www.w3.org/2005/Atom") return ["not Atom"];
  return [...doc.querySelectorAll("entry > link[rel=alternate]")].map(l => l.getAttribute("href").replace(/.*\/events\//, ""));
})`
	tb.run(t, chromedp.Evaluate(fetchFeed, &feedIDs, awaitPromise))
	tb.run(t, chromedp.Evaluate(`fetch(`+jsString(s.URL+"/api/v1/events.json?kind=strike&country=IT")+`).then(r => r.json()).then(d => d.events.map(e => e.id))`, &apiIDs, awaitPromise))
	if strings.Join(apiIDs, " ") != strings.Join(listed, " ") {
		t.Errorf("the API lists %v; the explorer %v", apiIDs, listed)
	}
	if len(feedIDs) != len(listed) || !sameSet(feedIDs, listed) {
		t.Errorf("the feed holds %v; the explorer lists %v", feedIDs, listed)
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

// An embed sandboxed without allow-same-origin on another origin still
// runs (its fetches are cross-origin from an opaque origin), gets the same
// height as the same view unsandboxed, and tells the host the address of
// the view it shows, again when it changes. The two frames stand side by
// side: Chromium does not lay out a cross-origin frame below the fold, so
// one pushed down by the other's height would not report its own.
func TestSandboxedEmbedSizesAndTellsItsView(t *testing.T) {
	s := startServer(t)
	src := s.URL + "/embed/list?kind=strike"
	partner := partnerPage(t, `
<iframe id="boxed" sandbox="allow-scripts" src="`+src+`&id=boxed" height="150" style="width:380px;border:0;vertical-align:top"></iframe>
<iframe id="plain" src="`+src+`&id=plain" height="150" style="width:380px;border:0;vertical-align:top"></iframe>
<script>window.__views = []; document.getElementById("boxed").addEventListener("laborlens:view", e => window.__views.push(e.detail.url));</script>
<script src="`+s.URL+`/embed.js" async></script>`)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(partner),
		waitJS(`document.getElementById("boxed").getAttribute("data-laborlens-url") === `+jsString(s.URL+"/?kind=strike")))
	// The first reports may come before the list is laid out; both settle
	// on the list's height, which is far taller than 1000 px.
	err := chromedp.Run(tb.ctx, waitJS(`(() => {
  const b = parseInt(document.getElementById("boxed").style.height), p = parseInt(document.getElementById("plain").style.height);
  return b > 1000 && Math.abs(b - p) <= 2;
})()`))
	var heights []int
	tb.eval(t, `["boxed", "plain"].map(id => parseInt(document.getElementById(id).style.height) || 0)`, &heights)
	if err != nil {
		t.Fatalf("sandboxed embed %d px, unsandboxed twin %d px: want the same list height; console: %v", heights[0], heights[1], tb.Errors())
	}
	t.Logf("sandboxed embed sized to %d px, its unsandboxed twin to %d px", heights[0], heights[1])

	// Navigate inside the sandboxed embed, as a drill-down does: the host
	// hears of the new view.
	frame := frameTarget(t, tb, "id=boxed")
	if err := chromedp.Run(frame, chromedp.Evaluate(`goappNav("/embed/list?kind=walkout&id=boxed")`, nil)); err != nil {
		t.Fatalf("navigating inside the embed: %v", err)
	}
	tb.run(t, waitJS(`document.getElementById("boxed").getAttribute("data-laborlens-url") === `+jsString(s.URL+"/?kind=walkout")))
	var views []string
	tb.eval(t, `window.__views`, &views)
	if len(views) < 2 || views[len(views)-1] != s.URL+"/?kind=walkout" {
		t.Errorf("laborlens:view events on the iframe: %v", views)
	}
}

// frameTarget attaches to the out-of-process iframe whose URL contains
// marker: the partner's origin and LaborLens's are different sites.
func frameTarget(t *testing.T, tb *tab, marker string) context.Context {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.Contains(info.URL, marker) {
				ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return ctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no iframe target with %q", marker)
	return nil
}

// A page speaking WordPress's embed protocol, as WordPress renders an
// oEmbed iframe (sandboxed, with a secret in the URL's fragment and in
// data-secret, its host script checking both and the sender), sizes the
// embed to the height the view reports, within WordPress's 200–1000 px
// bounds; AMP's embed-size message is sent too.
func TestWordPressHostSizesTheEmbed(t *testing.T) {
	s := startServer(t)
	const secret = "Ab3dE6gH9k"
	// What WordPress's host script does, written from its protocol: find
	// the iframe by data-secret, check the sender, clamp, set the height.
	partner := partnerPage(t, `
<iframe class="wp-embedded-content" id="wp" sandbox="allow-scripts" security="restricted" width="600" height="338"
  title="LaborLens" src="`+s.URL+`/embed/list?kind=strike#?secret=`+secret+`" data-secret="`+secret+`"></iframe>
<script>
window.__msgs = [];
window.addEventListener("message", function (e) {
  var d = e.data || {};
  window.__msgs.push(d);
  if (!d.secret || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    if (e.source !== frames[i].contentWindow) continue;
    if (d.message === "height") {
      var h = parseInt(d.value, 10);
      frames[i].height = Math.min(1000, Math.max(200, h));
    }
  }
});
</script>`)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(partner))
	// The embed's own report of its height (laborlens:resize) is the
	// truth; WordPress's message must carry the same value, and the host
	// must have applied it.
	cond := `(() => {
  const own = window.__msgs.filter(m => m.type === "laborlens:resize").map(m => m.height);
  const wp = window.__msgs.filter(m => m.message === "height" && m.secret === ` + jsString(secret) + `).map(m => m.value);
  const amp = window.__msgs.filter(m => m.sentinel === "amp" && m.type === "embed-size").map(m => m.height);
  if (!own.length || !wp.length || !amp.length) return false;
  const last = own[own.length - 1];
  return last > 1000 && wp[wp.length - 1] === last && amp[amp.length - 1] === last &&
    document.getElementById("wp").height === String(Math.min(1000, Math.max(200, last)));
})()`
	if err := chromedp.Run(tb.ctx, waitJS(cond)); err != nil {
		var msgs []map[string]any
		tb.eval(t, `window.__msgs`, &msgs)
		var h string
		tb.eval(t, `document.getElementById("wp").height`, &h)
		t.Fatalf("WordPress's host did not size the embed: height %q; messages %v; console %v", h, msgs, tb.Errors())
	}
	var h string
	tb.eval(t, `document.getElementById("wp").height`, &h)
	t.Logf("the WordPress-style host sized the embed to %s px", h)

	// WordPress sandboxes embeds without allow-popups: a click on a link
	// inside is handed to the host instead, with the secret.
	frame := frameTarget(t, tb, "secret="+secret)
	var href string
	if err := chromedp.Run(frame, chromedp.Evaluate(`(a => (a.click(), a.href))(document.querySelector(".event-list a[href]"))`, &href)); err != nil {
		t.Fatalf("clicking a link inside the embed: %v", err)
	}
	if err := chromedp.Run(tb.ctx, waitJS(`window.__msgs.some(m => m.message === "link" && m.secret === `+jsString(secret)+` && m.value === `+jsString(href)+`)`)); err != nil {
		var msgs []map[string]any
		tb.eval(t, `window.__msgs.filter(m => m.message !== "height")`, &msgs)
		t.Fatalf("the click on %s did not reach WordPress's host: messages %v", href, msgs)
	}
}

// An event page offers its citation as BibTeX, RIS and CSL-JSON files, and
// each file names the event, the release and the page.
func TestEventCitationDownloads(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	res, err := httpClient.Get(s.URL + "/api/v1/events.json")
	if err != nil {
		t.Fatal(err)
	}
	var list struct{ Events []struct{ ID string } }
	err = json.NewDecoder(res.Body).Decode(&list)
	res.Body.Close()
	if err != nil || len(list.Events) == 0 {
		t.Fatalf("the event list: %v", err)
	}
	first := list.Events[0].ID
	tb.run(t, chromedp.Navigate(s.URL+"/events/"+first), waitWasm(), waitJS(`document.querySelectorAll(".cite-files a[download]").length === 3`))
	var files []string
	tb.eval(t, `[...document.querySelectorAll(".cite-files a")].map(a => a.textContent + " " + a.href)`, &files)
	var bodies []string
	tb.run(t, chromedp.Evaluate(`Promise.all([...document.querySelectorAll(".cite-files a")].map(a => fetch(a.href).then(r => r.text())))`, &bodies, awaitPromise))
	var title string
	tb.eval(t, `document.querySelector("h1").textContent`, &title)
	if len(bodies) != 3 {
		t.Fatalf("citation files %v", files)
	}
	if !strings.Contains(bodies[1], "TI  - "+strings.Join(strings.Fields(title), " ")) {
		t.Errorf("the RIS file does not carry the title %q:\n%s", title, bodies[1])
	}
	for i, b := range bodies {
		if !strings.Contains(b, "/events/"+first) || !strings.Contains(b, "2026") {
			t.Errorf("%s does not cite the event page and release:\n%s", files[i], b)
		}
	}
	if !strings.HasPrefix(bodies[0], "@misc{laborlens-"+first) || !strings.HasPrefix(bodies[1], "TY  - ELEC") || !strings.HasPrefix(bodies[2], "[") {
		t.Errorf("the files are not BibTeX, RIS and CSL-JSON: %v", files)
	}
}
