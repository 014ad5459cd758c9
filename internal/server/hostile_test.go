package server

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// hostilePaths are request targets that try to end an attribute or open
// markup: raw and percent-encoded quotes, angle brackets, backticks and
// backslashes, in paths, ids and query values.
var hostilePaths = []string{
	`/x"><meta%20http-equiv=refresh%20content="0;url=https://evil.example/">`,
	`/x%22%3E%3Cmeta%20http-equiv=refresh%20content=%220;url=https://evil.example/%22%3E`,
	`/embed/events/x"%20autofocus%20onfocus="alert(1)"`,
	`/embed/events/x%22%20autofocus%20onfocus%3D%22alert(1)`,
	"/`onmouseover=alert(1)`",
	`/events/%3Cscript%3Ealert(1)%3C/script%3E`,
	`/orgs/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E`,
	`/facilities/%22%3E%3Cmeta%20http-equiv=refresh%3E`,
	`/x%2522%253E%253Cmeta%2520http-equiv%253Drefresh%253E`,
	`/x\"%5C%22onfocus=alert(1)`,
	`/?q=%22%3E%3Cmeta%20http-equiv%3Drefresh%20content%3D%220%3Burl%3Dhttps://evil.example/%22%3E&kind=%22%3E`,
	`/?q=%5C%22%20autofocus%20onfocus%3D%5C%22alert(1)%60`,
	`/timeline?lane=%22%3E%3Cmeta%20http-equiv%3Drefresh%3E&q=%60%3Cb%3E`,
	`/charts?from=%22%3E&q=%22%20onfocus%3D%22alert(1)`,
	`/embed/list?id=%22%3E&theme=%22%3E&accent=%22%3E&q=%22%3E%3Cmeta%20http-equiv%3Drefresh%3E`,
	`/embed/timeline?lane=%22%20autofocus%20onfocus%3D%22alert(1)`,
	`/about?x=%22%3E%3Cmeta%20http-equiv%3Drefresh%3E`,
}

var (
	ogURL        = regexp.MustCompile(`<meta[^>]*property="og:url"[^>]*>`)
	canonicalRel = regexp.MustCompile(`<link[^>]*rel="canonical"[^>]*>`)
	quotedValue  = regexp.MustCompile(`(?:content|href)="([^"]*)"`)
	attrValue    = regexp.MustCompile(`="[^"]*"`)
	startTag     = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
)

// Request text never becomes markup: no attribute is broken out of, no
// element or event handler is added, og:url and the canonical link are the
// configured domain plus a canonical address, and pages are UTF-8 HTML.
func TestHostileRequestTextStaysText(t *testing.T) {
	s := newTestServer(t, Config{Domain: "laborlens.example"})
	for _, target := range hostilePaths {
		rec := followSameOrigin(t, s, target)
		body := rec.Body.String()
		if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", target, ct)
		}
		if i := strings.Index(body, `\"`); i >= 0 {
			t.Errorf("%s: an attribute holds \\\" and is broken out of: …%s…", target, body[max(0, i-80):min(len(body), i+40)])
		}
		// With no \" in the page, every "…" is one attribute value, where
		// "<" is plain text, and text nodes are escaped: what is left
		// between < and > is markup, and none of it may come from the request.
		lower := strings.ToLower(strings.Join(startTag.FindAllString(attrValue.ReplaceAllString(body, `=""`), -1), "\n"))
		for _, bad := range []string{"<meta http-equiv", " autofocus", " onfocus", " onerror", " onmouseover", "<img src=x", "<script>", "<b>"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s: the page contains %q from the request", target, bad)
			}
		}
		for _, re := range []*regexp.Regexp{ogURL, canonicalRel} {
			for _, tag := range re.FindAllString(body, -1) {
				m := quotedValue.FindStringSubmatch(tag)
				if m == nil || !(m[1] == "https://laborlens.example" || strings.HasPrefix(m[1], "https://laborlens.example/")) ||
					strings.ContainsAny(m[1], "\"'<>` \\") {
					t.Errorf("%s: %s is not the domain plus a canonical address", target, tag)
				}
			}
		}
		if rec.Code == http.StatusNotFound {
			if tag := ogURL.FindString(body); !strings.Contains(tag, `content="https://laborlens.example"`) {
				t.Errorf("%s: the 404 page's og:url is %s, want the home page", target, tag)
			}
			if canonicalRel.MatchString(body) {
				t.Errorf("%s: a 404 page has a canonical link", target)
			}
		}
	}
}

// One canonical address per view: the same filters in any spelling give
// one canonical link, and titles and descriptions say what is selected.
func TestCanonicalAndFilteredMeta(t *testing.T) {
	s := newTestServer(t, Config{Domain: "laborlens.example"})
	want := `<link rel="canonical" href="https://laborlens.example/?country=DE&kind=strike">`
	for _, target := range []string{"/?kind=strike&country=DE", "/?country=de&kind=STRIKE,strike&utm_source=x", "/?kind=strike&country=DE&page=2"} {
		body := do(s, "GET", target).Body.String()
		tag := canonicalRel.FindString(body)
		if !strings.Contains(tag, `https://laborlens.example/?country=DE`) || !strings.Contains(tag, `kind=strike`) || strings.Contains(tag, "utm") || strings.Contains(tag, "page") {
			t.Errorf("%s: canonical %s, want %s", target, tag, want)
		}
		og := ogURL.FindString(body)
		if !strings.Contains(og, `https://laborlens.example/?country=DE`) {
			t.Errorf("%s: og:url %s does not follow the filters", target, og)
		}
		if !strings.Contains(body, "<title>Kind: Strike · Country: Germany · Worker organizing at Amazon · LaborLens</title>") {
			t.Errorf("%s: the title does not name the filters: %s", target, regexp.MustCompile(`<title>.*</title>`).FindString(body))
		}
		if !regexp.MustCompile(`<meta[^>]*name="description"[^>]*content="\d+ of [\d,]+ events of worker organizing at Amazon: Kind: Strike · Country: Germany\."`).MatchString(body) &&
			!regexp.MustCompile(`<meta[^>]*content="\d+ of [\d,]+ events of worker organizing at Amazon: Kind: Strike · Country: Germany\."[^>]*name="description"`).MatchString(body) {
			t.Errorf("%s: the description does not follow the filters", target)
		}
	}
	for target, want := range map[string]string{
		"/about": "https://laborlens.example/about", "/timeline?lane=org&kind=strike": "https://laborlens.example/timeline?kind=strike&lane=org",
		"/embed/list?kind=strike&theme=dark": "https://laborlens.example/?kind=strike",
	} {
		body := do(s, "GET", target).Body.String()
		if tag := canonicalRel.FindString(body); !strings.Contains(tag, `"`+want+`"`) {
			t.Errorf("%s: canonical %s, want %s", target, tag, want)
		}
		if strings.Contains(body, "Page not found") {
			t.Errorf("%s: prerendered as not found", target)
		}
	}
}

// followSameOrigin requests target and follows the redirects that path
// canonicalisation answers with (a doubled slash, a trailing one), failing if
// one leaves the origin or carries markup characters in its Location.
func followSameOrigin(t *testing.T, s http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	for range 3 {
		rec := do(s, "GET", target)
		if rec.Code != http.StatusMovedPermanently && rec.Code != http.StatusFound {
			return rec
		}
		loc := rec.Header().Get("Location")
		if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.ContainsAny(loc, "\"'<>` \\") {
			t.Fatalf("%s: redirected to %q, want a same-origin path without markup characters", target, loc)
		}
		target = loc
	}
	t.Fatalf("%s: more than 3 redirects", target)
	return nil
}
