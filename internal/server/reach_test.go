package server

import (
	"encoding/json"
	"encoding/xml"
	"net/url"
	"strings"
	"testing"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/feed"
)

// Feeds, the API, citations and oEmbed are readable from other origins;
// pages, including the not-found page of a document path, are not.
func TestDocumentsAllowOtherOriginsPagesDoNot(t *testing.T) {
	s := newTestServer(t, Config{})
	e := ui.Dataset().Events[0]
	for _, p := range []string{"/feed.xml", "/feed.xml?kind=strike", "/feeds/kind/strike.xml", "/api/v1/events.json",
		"/api/v1/events.json?country=DE", "/api/v1/events/" + e.ID + ".json", "/api/v1/schema/event.json",
		"/cite/release.bib", "/cite/events/" + e.ID + ".ris", "/oembed?url=" + url.QueryEscape("http://example.com/events/"+e.ID) + "&format=json"} {
		rec := do(s, "GET", p, "Origin", "https://partner.example")
		if rec.Code != 200 || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s: %d, Access-Control-Allow-Origin %q; want 200 and *", p, rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
	}
	for _, p := range []string{"/", "/?kind=strike", "/events/" + e.ID, "/about", "/embed/list", "/nope", "/api/v1/events/nope.json", "/feeds/kind/nope.xml", "/cite/events/nope.bib"} {
		rec := do(s, "GET", p, "Origin", "https://partner.example")
		if v := rec.Header().Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("GET %s (%d) allows origin %q; pages must not", p, rec.Code, v)
		}
	}
	if rec := do(s, "GET", "/api/v1/events/nope.json"); rec.Code != 404 {
		t.Errorf("an unknown event's document: %d, want 404", rec.Code)
	}
	if rec := do(s, "OPTIONS", "/api/v1/events.json"); rec.Code != 204 || !strings.Contains(rec.Header().Get("Access-Control-Allow-Methods"), "GET") {
		t.Errorf("preflight: %d %q", rec.Code, rec.Header().Get("Access-Control-Allow-Methods"))
	}
	if rec := do(s, "POST", "/api/v1/events.json"); rec.Code != 405 {
		t.Errorf("POST to the API: %d, want 405", rec.Code)
	}
	if rec := do(s, "GET", "/feeds/country/de.xml"); rec.Code != 404 {
		t.Errorf("a feed file in a non-canonical spelling: %d, want 404", rec.Code)
	}
}

// The filtered API list is the explorer's list for the same parameters, in
// its order; the feed holds the same events, newest first.
func TestFilteredListsMatchTheExplorer(t *testing.T) {
	s := newTestServer(t, Config{})
	ix := ui.SearchIndex()
	for _, q := range []string{"kind=strike", "country=DE&kind=strike", "q=bessemer", "org=amazon-labor-union&sort=oldest", ""} {
		v, _ := url.ParseQuery(q)
		res := ix.Search(ix.Parse(v))
		var want []string
		for _, h := range res.Hits {
			want = append(want, h.Event.ID)
		}
		var doc struct {
			Meta   struct{ Count int }
			Events []struct{ ID string }
		}
		rec := do(s, "GET", "/api/v1/events.json?"+q)
		if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") || doc.Meta.Count != len(want) || len(want) == 0 {
			t.Errorf("api?%s lists %d events, meta.count %d; the explorer finds %d", q, len(got), doc.Meta.Count, len(want))
		}
		var f struct {
			Entries []struct {
				Link []struct {
					Rel  string `xml:"rel,attr"`
					Href string `xml:"href,attr"`
				} `xml:"link"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(do(s, "GET", "/feed.xml?"+q).Body.Bytes(), &f); err != nil {
			t.Fatalf("feed?%s: %v", q, err)
		}
		newest := map[string]bool{}
		for _, e := range feed.Select(ix, ix.Parse(v)) {
			newest[e.ID] = true
		}
		if len(f.Entries) != len(want) || len(newest) != len(want) {
			t.Errorf("feed?%s has %d entries; the explorer finds %d", q, len(f.Entries), len(want))
		}
		for _, e := range f.Entries {
			id := e.Link[0].Href[strings.LastIndex(e.Link[0].Href, "/")+1:]
			if e.Link[0].Rel != "alternate" || !newest[id] {
				t.Errorf("feed?%s has an entry %q the explorer does not list", q, e.Link[0].Href)
			}
		}
	}
}

// Every page links its feed and its oEmbed answer in the head, escaped.
func TestPagesLinkTheirFeedAndOEmbed(t *testing.T) {
	s := newTestServer(t, Config{})
	body := do(s, "GET", "/?kind=strike&country=DE").Body.String()
	head := body[:strings.Index(body, "</head>")]
	for _, want := range []string{
		`<link rel="alternate" type="application/atom+xml" href="http://example.com/feed.xml?country=DE&amp;kind=strike" title="LaborLens: Strike · Germany">`,
		`<link rel="alternate" type="application/json+oembed" href="http://example.com/oembed?url=http%3A%2F%2Fexample.com%2F%3Fcountry%3DDE%26kind%3Dstrike&amp;format=json"`,
	} {
		if !strings.Contains(head, want) {
			t.Errorf("the head lacks %s", want)
		}
	}
	org := ui.Dataset().Organizations[0]
	if h := do(s, "GET", "/orgs/"+org.ID).Body.String(); !strings.Contains(h, `href="http://example.com/feeds/org/`+org.ID+`.xml"`) {
		t.Errorf("an organization's page does not link its feed")
	}
	hostile := do(s, "GET", `/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`).Body.String()
	hostileHead := hostile[:strings.Index(hostile, "</head>")]
	if strings.Contains(hostileHead, "<script>alert") || strings.Contains(hostileHead, `"><script`) {
		t.Errorf("a hostile query reached the head unescaped:\n%s", hostileHead)
	}
	if nf := do(s, "GET", "/nope").Body.String(); strings.Contains(nf, "application/json+oembed") {
		t.Errorf("the not-found page offers an oEmbed link")
	}
}

// oEmbed answers LaborLens pages with an iframe of their embed view, and
// 404 for other sites' pages and for ids that do not exist.
func TestOEmbed(t *testing.T) {
	s := newTestServer(t, Config{})
	e := ui.Dataset().Events[0]
	for page, want := range map[string]string{
		"http://example.com/events/" + e.ID:                                           "http://example.com/embed/events/" + e.ID,
		"http://example.com/charts#by-country":                                        "http://example.com/embed/charts/by-country",
		"http://example.com/embed/charts/per-year?theme=dark":                         "http://example.com/embed/charts/per-year?theme=dark",
		"http://example.com/?kind=strike&country=DE":                                  "http://example.com/embed/list?country=DE&amp;kind=strike",
		"http://example.com/timeline?org=amazon-labor-union":                          "http://example.com/embed/timeline?org=amazon-labor-union",
		"http://example.com/orgs/amazon-labor-union":                                  "http://example.com/embed/list?org=amazon-labor-union",
		"http://example.com/facilities/JFK8":                                          "http://example.com/embed/list?facility=JFK8",
		"http://example.com/map?area=us&region=New+York&zoom=2&center=-74,40.7&x=%22": "http://example.com/embed/map?area=us&amp;center=-74.000%2C40.700&amp;region=New+York&amp;zoom=2",
		// The map's view as the map writes it (charts.MapView): zoom to 1/100,
		// and nothing of an invalid one.
		"http://example.com/map?zoom=2.5678&center=10.4,51.1":  "http://example.com/embed/map?center=10.400%2C51.100&amp;zoom=2.57",
		"http://example.com/map?area=mars&zoom=NaN&center=1,2": "http://example.com/embed/map",
		// Other spellings of the same views.
		"http://example.com/about?kind=strike":           "http://example.com/embed/list?kind=strike",
		"http://example.com/embed/list/?kind=strike":     "http://example.com/embed/list?kind=strike",
		"http://example.com/charts?chart=elections":      "http://example.com/embed/charts/elections",
		"http://example.com/charts?chart=nope":           "http://example.com/embed/charts/per-year",
		"http://example.com/embed/timeline?lane=country": "http://example.com/embed/timeline?lane=country",
		"http://example.com/facilities/jfk8/":            "http://example.com/embed/list?facility=JFK8",
	} {
		rec := do(s, "GET", "/oembed?format=json&maxwidth=500&url="+url.QueryEscape(page))
		var r struct {
			Version, Type, Title, HTML string
			Width, Height              int
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || rec.Code != 200 {
			t.Errorf("oembed %s: %d %v", page, rec.Code, err)
			continue
		}
		if strings.Contains(page, "/map?area=us") && r.Title != "LaborLens map: New York" {
			t.Errorf("oembed %s: title %q, want the map and its region", page, r.Title)
		}
		if !strings.Contains(rec.Body.String(), `"version":"1.0"`) || !strings.Contains(r.HTML, `<iframe src="`+want+`"`) ||
			!strings.Contains(r.HTML, `title="`) || r.Width != 500 || r.Height <= 0 || r.Title == "" {
			t.Errorf("oembed %s: %s", page, rec.Body.String())
		}
	}
	for _, page := range []string{"https://evil.example/events/" + e.ID, "http://example.com/events/nope", "javascript:alert(1)", "http://example.com/nope", "",
		"http://example.com/charts/nope", "http://example.com/orgs/", "http://example.com/events/" + e.ID + "/more", "http://example.com/embed"} {
		if rec := do(s, "GET", "/oembed?url="+url.QueryEscape(page)); rec.Code != 404 {
			t.Errorf("oembed %q: %d, want 404", page, rec.Code)
		}
	}
	if rec := do(s, "GET", "/oembed?format=xml&url="+url.QueryEscape("http://example.com/")); rec.Code != 501 {
		t.Errorf("oembed format=xml: %d, want 501", rec.Code)
	}
}
