package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/laborlens/laborlens/dataset"
)

// renamed is a shipped event whose id a correction changed, and its old id.
func renamed(t *testing.T) (*dataset.Event, string) {
	t.Helper()
	d, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Events {
		if e := &d.Events[i]; len(e.FormerIDs) > 0 {
			return e, e.FormerIDs[0]
		}
	}
	t.Skip("no event of the shipped dataset has a former id")
	return nil, ""
}

// An old address of a renamed event leads to it: a 301 from the server,
// which the browser follows to the event page; and inside the app, a
// link to it says where the event is now.
func TestFormerAddressesLeadToTheEvent(t *testing.T) {
	s := startServer(t)
	e, old := renamed(t)
	client := &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(s.URL + "/events/" + old + "?x=1")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/events/"+e.ID+"?x=1" {
		t.Errorf("GET /events/%s = %d to %q", old, res.StatusCode, res.Header.Get("Location"))
	}

	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/events/"+old), waitWasm(),
		waitJS(`location.pathname === "/events/"+`+jsString(e.ID)))
	var h1 string
	tb.eval(t, `document.querySelector("h1").textContent`, &h1)
	if h1 != e.Title {
		t.Errorf("the old address shows %q, want the event %q", h1, e.Title)
	}

	// A link followed inside the app does not reach the server.
	tb.run(t, chromedp.Evaluate(`(() => { const a = document.createElement("a"); a.href = "/events/" + `+jsString(old)+`; a.id = "old-link"; a.textContent = "old"; document.querySelector("main, body").prepend(a); })()`, nil),
		click(`#old-link`), waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === "This event has moved"`))
	var link string
	tb.eval(t, `document.querySelector(".not-found a[href^='/events/']").getAttribute("href")`, &link)
	if !strings.HasSuffix(link, "/events/"+e.ID) {
		t.Errorf("the moved notice links to %q", link)
	}
}
