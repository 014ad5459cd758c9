package app

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/outcome"
	"github.com/laborlens/laborlens/query"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The language of the interface is the URL's lang parameter (?lang=de; none
// is English). Each page is rendered in its Locale: on the server, a page
// makes its own from the URL it prerenders (see pageLocale) and hands it to
// the components it renders, so concurrent prerenders in different
// languages share nothing; in the browser the language is set once, before
// the app starts (see wasm/main.go), changing it reloads the page, and a
// component without a Locale uses that one. Event titles and summaries stay
// in English, marked lang="en".

// Locale is the language a page is rendered in. Components embed it (a
// nil one is the browser's language, or English on the server), so that
// their methods write T("key") as loc.T("key"), and pass it on to the
// components they render.
type Locale struct {
	p        *i18n.Printer
	explicit bool     // the URL names the language, even English: links keep it
	u        *url.URL // the page's URL on the server, for the language switcher
}

var (
	browserLocale atomic.Pointer[Locale] // set once in the browser, by SetLanguage
	printers      atomic.Value           // func(lang string) *i18n.Printer, set once on the server
	english0      = &Locale{p: i18n.EnglishPrinter}
)

// LangParam is the URL parameter that holds the language.
const LangParam = "lang"

// UsePrinters gives the server the Printer of each language, for the
// pages it prerenders: a page's Locale comes from its URL.
func UsePrinters(printer func(lang string) *i18n.Printer) { printers.Store(printer) }

// pageLocale is the Locale of the page at u, on the server; in the browser
// it is the one SetLanguage set.
func pageLocale(u *url.URL) *Locale {
	printer, ok := printers.Load().(func(string) *i18n.Printer)
	if app.IsClient || !ok || u == nil {
		return browserLocale.Load()
	}
	return &Locale{p: printer(LangOf(u.Query())), explicit: LangOf(u.Query()) != "", u: u}
}

// or is l, or without one the browser's language (English on the server).
func (loc *Locale) or() *Locale {
	if loc != nil {
		return loc
	}
	if b := browserLocale.Load(); b != nil {
		return b
	}
	return english0
}

// pr is the Printer of the page being rendered.
func (loc *Locale) pr() *i18n.Printer {
	if p := loc.or().p; p != nil {
		return p
	}
	return i18n.EnglishPrinter
}

// T writes the message of key in the page's language (see i18n.Printer.T).
func (loc *Locale) T(key string, args ...string) string { return loc.pr().T(key, args...) }

// N writes the counted message key for n (see i18n.Printer.N).
func (loc *Locale) N(key string, n int, args ...string) string { return loc.pr().N(key, n, args...) }

// SetLanguage makes p the language of the app, in the browser; inURL says
// that the URL names it (lang=en included), so that every link keeps it.
func SetLanguage(p *i18n.Printer, inURL bool) {
	browserLocale.Store(&Locale{p: p, explicit: inURL || p.Lang != i18n.Default})
}

// LangOf is the language a URL's query asks for: a supported lang value,
// else "" (English, or in the browser the visitor's preferred language).
func LangOf(q url.Values) string {
	if l := strings.ToLower(strings.TrimSpace(q.Get(LangParam))); i18n.Supported(l) {
		return l
	}
	return ""
}

// Preferred is the first of the browser's preferred languages
// (navigator.languages: "de-AT", "fr") that the interface has, or English.
func Preferred(languages []string) string {
	for _, l := range languages {
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(l)), "-")
		if i18n.Supported(base) {
			return base
		}
	}
	return i18n.Default
}

// lang is the page's language code: "en", "de"…
func (loc *Locale) lang() string { return loc.pr().Lang }

// link adds the page's language to an internal address ("/events/x",
// "/?kind=strike#top"), so that every link keeps it; English adds nothing
// unless the URL names it, and outside addresses, fragments and web assets
// are left alone.
func (loc *Locale) link(href string) string {
	if !loc.or().explicit {
		return href
	}
	return WithLang(href, loc.lang())
}

// langValues adds the page's language to URL parameters, as link does.
func (loc *Locale) langValues(v url.Values) url.Values {
	if loc.or().explicit {
		v.Set(LangParam, loc.lang())
	}
	return v
}

// WithLang is href in language l; "" removes the language.
func WithLang(href, l string) string {
	if !strings.HasPrefix(href, "/") || strings.HasPrefix(href, "//") || strings.HasPrefix(href, "/web/") {
		return href
	}
	path, frag, hasFrag := strings.Cut(href, "#")
	path, raw, _ := strings.Cut(path, "?")
	q, err := url.ParseQuery(raw)
	if err != nil {
		return href
	}
	q.Del(LangParam)
	if l != "" {
		q.Set(LangParam, l)
	}
	out := path
	if enc := q.Encode(); enc != "" {
		out += "?" + enc
	}
	if hasFrag {
		out += "#" + frag
	}
	return out
}

// english marks an element whose text is the dataset's, which is in
// English, inside a page of another language.
func english[T interface{ Lang(string, ...any) T }](loc *Locale, e T) T {
	if loc.lang() == i18n.Default {
		return e
	}
	return e.Lang("en")
}

// markEnglish is english(loc, e) when en says that e holds the dataset's
// text, else e.
func markEnglish[T interface{ Lang(string, ...any) T }](loc *Locale, e T, en bool) T {
	if en {
		return english(loc, e)
	}
	return e
}

// languageNames are the languages' names for themselves.
var languageNames = map[string]string{"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "pl": "Polski"}

// langSwitcher is the visible language choice: a GET form that reloads the
// page with the same parameters in another language. Without scripts its
// button submits it, carrying the page's parameters as hidden fields;
// with them, choosing a language does.
func (loc *Locale) langSwitcher() app.UI {
	var hidden []app.UI
	action := "/"
	u := loc.or().u
	if app.IsClient {
		u = app.Window().URL()
	}
	if u != nil {
		action = u.Path
		q := u.Query()
		q.Del(LangParam)
		for _, k := range slices.Sorted(maps.Keys(q)) {
			for _, v := range q[k] {
				hidden = append(hidden, app.Input().Type("hidden").Name(attr(k)).Value(attr(v)))
			}
		}
	}
	return app.Form().Class("lang-switcher").Action(attr(action)).Method("get").Body(
		app.Label().For("lang").Text(loc.T("lang.label")),
		app.Select().ID("lang").Name(LangParam).
			OnChange(func(ctx app.Context, e app.Event) {
				target := WithLang(ctx.Page().URL().RequestURI(), ctx.JSSrc().Get("value").String())
				app.Window().Get("location").Call("assign", target)
			}).Body(
			app.Range(i18n.Languages).Slice(func(i int) app.UI {
				l := i18n.Languages[i]
				o := app.Option().Value(l).Lang(l).Text(languageNames[l])
				return boolAttr(o, app.HTMLOption.Selected, l == loc.lang())
			}),
		),
		app.Range(hidden).Slice(func(i int) app.UI { return hidden[i] }),
		app.Button().Type("submit").Class("no-app").Text(loc.T("lang.go")),
	)
}

// kindLabel names an event kind in the page's language: Streik.
func (loc *Locale) kindLabel(k dataset.Kind) string { return loc.labelOr("kind."+string(k), k.Label()) }

// labelOr is the message of key in the page's language, or fallback
// (the dataset's English label) for a value the catalogue does not know.
func (loc *Locale) labelOr(key, fallback string) string {
	if loc.pr().Has(key) {
		return loc.T(key)
	}
	return fallback
}

// outcomeLabel names an outcome category in the page's language.
func (loc *Locale) outcomeLabel(o outcome.Category) string {
	return loc.labelOr("outcome."+string(o), o.Label())
}

// orgKindLabel names an organization kind in the page's language.
func (loc *Locale) orgKindLabel(k dataset.OrgKind) string {
	return loc.labelOr("orgkind."+string(k), k.Label())
}

// facilityTypeLabel names a facility type in the page's language.
func (loc *Locale) facilityTypeLabel(t dataset.FacilityType) string {
	return loc.labelOr("facility-type."+string(t), t.Label())
}

// countryNameOr is countryName, or "" for no country.
func (loc *Locale) countryNameOr(code string) string {
	if code == "" {
		return ""
	}
	return loc.countryName(code)
}

// countryName names a country in the page's language: Vereinigte Staaten.
func (loc *Locale) countryName(code string) string { return loc.pr().Country(code) }

// facetLabel is a facet value's label in the page's language: kinds,
// countries, outcomes and months are translated; organizations and
// facilities keep their names.
func (loc *Locale) facetLabel(f query.Facet, c query.Count) string {
	switch f {
	case query.FacetKind:
		return loc.kindLabel(dataset.Kind(c.Value))
	case query.FacetCountry:
		return loc.countryName(c.Value)
	case query.FacetOutcome:
		return loc.outcomeLabel(outcome.Category(c.Value))
	case query.FacetMonth:
		if m, err := strconv.Atoi(c.Value); err == nil {
			return loc.pr().Month(m)
		}
	}
	return c.Label
}

// monthLabel is the heading of a month's events in the page's language;
// label is view.Chronology's English one.
func (loc *Locale) monthLabel(label string, events []*dataset.Event) string {
	if len(events) == 0 {
		return label
	}
	return loc.pr().MonthYear(events[0].Date)
}

// placeParts are an event's place and countries on one line, "Bessemer,
// Alabama · Vereinigte Staaten" (format.JoinPlace's), as elements: the
// place as the dataset gives it, marked English, and the countries in the
// page's language.
func (loc *Locale) placeParts(e *dataset.Event) []app.UI {
	place, countries := e.Place, loc.pr().Countries(e)
	switch {
	case place == "":
		return []app.UI{app.Text(countries)}
	case countries == "":
		return []app.UI{english(loc, app.Span()).Text(place)}
	}
	return []app.UI{english(loc, app.Span()).Text(place), app.Text(" · " + countries)}
}

// KeepCatalogOffline adds the catalogue of lang to the service worker's
// cache once it has loaded, so that the app starts in that language
// offline too; the other languages' are never downloaded.
func KeepCatalogOffline(lang string) { keepOffline(staticURL("i18n/" + lang + ".txt")) }
