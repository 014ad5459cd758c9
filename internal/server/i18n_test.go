package server

import (
	"regexp"
	"strings"
	"testing"
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
