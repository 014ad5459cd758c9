package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/i18n/catalog"
)

// everyPage is one page of each kind: the fixed pages, a 404, every
// embed, and an event, an organization and a facility of the shipped
// dataset.
func everyPage(t *testing.T) []string {
	t.Helper()
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/timeline", "/charts", "/map", "/about", "/nope", "/embed/list", "/embed/timeline", "/embed/map"}
	for _, c := range charts.All() {
		paths = append(paths, "/embed/charts/"+c.ID)
	}
	for _, e := range d.Events {
		if len(e.Organizations) > 0 && len(e.Facilities) > 0 && len(e.Participants) > 0 {
			paths = append(paths, "/events/"+e.ID, "/embed/events/"+e.ID, "/orgs/"+e.Organizations[0], "/facilities/"+e.Facilities[0])
			break
		}
	}
	return paths
}

// englishFragments are the words of English messages with placeholders
// ("The {n} events added": "events added"), which englishLeft cannot
// match whole, that lang's message for the same key does not have.
func englishFragments(lang string) map[string]*regexp.Regexp {
	text, _ := catalog.Text(lang)
	c, err := i18n.Parse(lang, text)
	if err != nil {
		panic(err)
	}
	out := map[string]*regexp.Regexp{}
	for _, k := range i18n.English.Keys() {
		m, _ := i18n.English.Message(k)
		theirs, _ := c.Message(k)
		if !strings.Contains(m, "{") {
			continue
		}
		for _, f := range regexp.MustCompile(`\{[a-z-]+\}`).Split(m, -1) {
			f = strings.Trim(f, " .,;:()·–-")
			if len(f) < 6 || !strings.Contains(f, " ") || strings.Contains(theirs, f) {
				continue
			}
			out[f] = regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(f) + `($|[^\pL])`)
		}
	}
	return out
}

// checkNoEnglish fails for the interface texts of the page in the tab that
// are English: whole messages, or the words around a message's
// placeholders.
func checkNoEnglish(t *testing.T, tb *tab, lang, where string, fragments map[string]*regexp.Regexp) {
	t.Helper()
	var texts []string
	tb.eval(t, interfaceTexts, &texts)
	left := englishLeft(texts, lang)
	for f, re := range fragments {
		for _, s := range texts {
			if re.MatchString(s) {
				left = append(left, f+" (in "+s+")")
				break
			}
		}
	}
	if len(left) > 0 {
		t.Errorf("%s: English left: %q", where, left)
	}
}

// Every kind of page in every language but English, as the server
// prerenders it and, for the pages the app draws most of (the explorer,
// charts, timeline, map, about, a chart embed, an event and an
// organization), as the app renders it: no English interface text is left outside the dataset's
// own, which is marked lang="en".
func TestEveryPageInEveryLanguage(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 8*time.Minute))
	paths := everyPage(t)
	for _, lang := range i18n.Languages[1:] {
		fragments := englishFragments(lang)
		tb.run(t, emulation.SetScriptExecutionDisabled(true))
		for _, p := range paths {
			tb.run(t, chromedp.Navigate(s.URL+p+"?lang="+lang), waitJS(`document.body`))
			checkNoEnglish(t, tb, lang, p+"?lang="+lang+" (prerendered)", fragments)
		}
		tb.run(t, emulation.SetScriptExecutionDisabled(false))
		for _, p := range []string{"/", "/charts", "/timeline", "/map", "/about", "/embed/charts/largest", paths[len(paths)-4], paths[len(paths)-2]} {
			tb.run(t, chromedp.Navigate(s.URL+p+"?lang="+lang), waitWasm())
			checkNoEnglish(t, tb, lang, p+"?lang="+lang+" (app)", fragments)
		}
	}
}
