package server

import (
	"encoding/json"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/i18n/catalog"
)

// A page with ?lang=de is prerendered in German, with <html lang="de">,
// German links and hreflang alternates; the catalogue is served.
func TestPrerenderInLanguage(t *testing.T) {
	s := newTestServer(t, Config{})
	body := do(s, "GET", "/?lang=de&kind=strike").Body.String()
	for _, want := range []string{`<html lang="de"`, ">Erkunden<", ">Zeitleiste<", ">Art<", "Streik", `href="/timeline?lang=de"`,
		`hreflang="fr" href="http://example.com/?kind=strike&amp;lang=fr"`, `hreflang="x-default" href="http://example.com/?kind=strike"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/?lang=de: no %q", want)
		}
	}
	// go-app writes attributes in any order, "selected" among them.
	deOption := regexp.MustCompile(`<option[^>]*\bvalue="de"[^>]*>`).FindString(body)
	if !regexp.MustCompile(`\sselected[\s>]`).MatchString(deOption) {
		t.Error("/?lang=de: Deutsch is not the selected language")
	}
	for _, english := range []string{">Explore<", ">Timeline<", "Search events", "Apply filters"} {
		if strings.Contains(body, english) {
			t.Errorf("/?lang=de: English %q left", english)
		}
	}
	en := do(s, "GET", "/").Body.String()
	if !strings.Contains(en, `<html lang="en"`) || !strings.Contains(en, ">Explore<") || strings.Contains(en, "lang=en") && strings.Contains(en, `href="/timeline?lang=en"`) {
		t.Error("/ is not plain English")
	}
	rec := do(s, "GET", "/web/i18n/pl.txt")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "kind.strike = Strajk") {
		t.Errorf("/web/i18n/pl.txt: %d", rec.Code)
	}
}

// /about?lang=fr has its headings, the release's changes and their
// disclosures in French; the events' titles stay English, marked so.
func TestAboutInLanguage(t *testing.T) {
	s := newTestServer(t, Config{})
	body := do(s, "GET", "/about?lang=fr").Body.String()
	fr := catalog.Printer("fr")
	want := []string{fr.T("about.what"), fr.T("about.scope"), fr.T("about.participants"), fr.T("about.gaps"), fr.T("about.map"), fr.T("about.changes"), fr.T("about.cite")}
	if c := s.data.Changes; c != nil {
		want = append(want, fr.N("about.changes.added", len(c.Added)), fr.N("about.changes.changed", len(c.Changed)))
	} else {
		t.Error("the shipped dataset has no changes: the test no longer checks their section")
	}
	headings := regexp.MustCompile(`<(h[1-6]|summary)\b[^>]*>([^<]*)<`).FindAllStringSubmatch(body, -1)
	var got []string
	for _, h := range headings {
		got = append(got, html.UnescapeString(h[2]))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("/about?lang=fr: no heading %q in %q", w, got)
		}
	}
	for _, english := range []string{"events added", "events changed", "Removed:", "Since version", "What counts as an event"} {
		if strings.Contains(body, english) {
			t.Errorf("/about?lang=fr: English %q left", english)
		}
	}
}

// go-app's loader label follows the language: prerendered in the page's
// ("… 0 %"), and app.js, one file for every language, picks the label
// by <html lang> as it counts the progress.
func TestLoaderInLanguage(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, l := range i18n.Languages {
		p := "/timeline?lang=" + l
		body := do(s, "GET", p).Body.String()
		want := catalog.Printer(l).T(ui.LoaderKey, "progress", "0")
		if !strings.Contains(body, ">"+html.EscapeString(want)+"<") {
			t.Errorf("%s: no loader label %q", p, want)
		}
		if l != i18n.Default && strings.Contains(body, "Loading") {
			t.Errorf("%s: English loader label left", p)
		}
	}
	js := do(s, "GET", "/app.js").Body.String()
	for _, l := range i18n.Languages {
		label, _ := json.Marshal(catalog.Printer(l).T(ui.LoaderKey, "progress", "{progress}"))
		if !strings.Contains(js, `"`+l+`":`+string(label)) {
			t.Errorf("app.js has no %s loader label %s", l, label)
		}
	}
	if !strings.Contains(js, "[document.documentElement.lang] ||") {
		t.Error("app.js does not choose its loader label by the page's language")
	}
	if _, err := localizeLoader([]byte(`const goappLoadingLabel = "{progress}%";`), "Loading… {progress}%"); err == nil {
		t.Error("an app.js without the expected label constant is accepted")
	}
}

// Pages in different languages prerendered at the same time are each in
// their own: the language is the page's, from its URL, not the server's.
func TestConcurrentPrerenderInLanguages(t *testing.T) {
	s := newTestServer(t, Config{})
	const n = 8
	var wg sync.WaitGroup
	bodies := make([]string, 2*n)
	for i := range bodies {
		l := []string{"de", "pl"}[i%2]
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A query of its own, so that every request is rendered, not cached.
			bodies[i] = do(s, "GET", "/?lang="+l+"&q=x"+strconv.Itoa(i)).Body.String()
		}()
	}
	wg.Wait()
	de, pl := catalog.Printer("de"), catalog.Printer("pl")
	for i, body := range bodies {
		own, other := de, pl
		if i%2 == 1 {
			own, other = pl, de
		}
		for _, key := range []string{"nav.explore", "nav.timeline", "explorer.search-label"} {
			if !strings.Contains(body, ">"+html.EscapeString(own.T(key))+"<") {
				t.Errorf("request %d (%s): no %q", i, own.Lang, own.T(key))
			}
			if strings.Contains(body, ">"+html.EscapeString(other.T(key))+"<") {
				t.Errorf("request %d (%s) has %s's %q", i, own.Lang, other.Lang, other.T(key))
			}
		}
		if !strings.Contains(body, `<html lang="`+own.Lang+`"`) {
			t.Errorf("request %d: not <html lang=%q>", i, own.Lang)
		}
	}
}

// The dataset's own text inside a German page is marked English: an
// organization's description, and the event titles and places in the
// charts' and the map's data tables.
func TestDatasetTextMarkedEnglish(t *testing.T) {
	s := newTestServer(t, Config{})
	lead := regexp.MustCompile(`<p\b[^>]*class="lead"[^>]*>`).FindString(do(s, "GET", "/orgs/teamsters?lang=de").Body.String())
	if !strings.Contains(lead, `lang="en"`) {
		t.Errorf("/orgs/teamsters?lang=de: the description is not marked English: %s", lead)
	}
	for _, p := range []string{"/embed/charts/largest?lang=de", "/embed/charts/elections?lang=de"} {
		rows := regexp.MustCompile(`<th\b[^>]*scope="row"[^>]*>`).FindAllString(do(s, "GET", p).Body.String(), -1)
		if len(rows) == 0 {
			t.Errorf("%s: no table rows", p)
		}
		for _, r := range rows {
			if !strings.Contains(r, `lang="en"`) {
				t.Errorf("%s: an event title is not marked English: %s", p, r)
				break
			}
		}
	}
	// A place as the dataset gives it, beside the countries in German.
	de := do(s, "GET", "/?lang=de").Body.String()
	if !regexp.MustCompile(`<p class="event-place">\s*<span lang="en">[^<]+</span>\s*· Vereinigte Staaten\s*</p>`).MatchString(de) {
		t.Error("/?lang=de: no event's place is marked English beside its German country")
	}
	if strings.Contains(do(s, "GET", "/").Body.String(), `<span lang="en">`) {
		t.Error("/: an English page marks places English")
	}
	// English pages need no marks.
	if rows := regexp.MustCompile(`<th\b[^>]*scope="row"[^>]*>`).FindAllString(do(s, "GET", "/embed/charts/largest").Body.String(), -1); len(rows) == 0 || strings.Contains(rows[0], `lang=`) {
		t.Errorf("/embed/charts/largest: rows %q", rows)
	}
}
