package app

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/outcome"
	"github.com/laborlens/laborlens/query"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The language of the interface is the URL's lang parameter (?lang=de; none
// is English). The browser sets it once, before the app starts (see
// wasm/main.go), and changing it reloads the page; the server sets it for
// each page it prerenders (RenderIn). Event titles and summaries stay in
// English, marked lang="en".
var (
	current   atomic.Pointer[i18n.Printer]
	explicit  atomic.Bool // the URL names the language, even English: links keep it
	renderMu  sync.Mutex  // one prerender at a time: current is the page's language
	renderURL *url.URL    // the URL being prerendered, under renderMu
)

// LangParam is the URL parameter that holds the language.
const LangParam = "lang"

// pr is the Printer of the page being rendered.
func pr() *i18n.Printer {
	if p := current.Load(); p != nil {
		return p
	}
	return i18n.EnglishPrinter
}

// T writes the message of key in the page's language (see i18n.Printer.T).
func T(key string, args ...string) string { return pr().T(key, args...) }

// N writes the counted message key for n (see i18n.Printer.N).
func N(key string, n int, args ...string) string { return pr().N(key, n, args...) }

// SetLanguage makes p the language of the app, in the browser; inURL says
// that the URL names it (lang=en included), so that every link keeps it.
func SetLanguage(p *i18n.Printer, inURL bool) {
	current.Store(p)
	explicit.Store(inURL || p.Lang != i18n.Default)
}

// RenderIn runs render, the server's prerender of u, with p as the page's
// language. Renders run one at a time so that each has its own.
func RenderIn(p *i18n.Printer, u *url.URL, render func()) {
	renderMu.Lock()
	defer renderMu.Unlock()
	old, oldExplicit := current.Swap(p), explicit.Load()
	explicit.Store(LangOf(u.Query()) != "")
	renderURL = u
	defer func() { current.Store(old); explicit.Store(oldExplicit); renderURL = nil }()
	render()
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
func lang() string { return pr().Lang }

// link adds the page's language to an internal address ("/events/x",
// "/?kind=strike#top"), so that every link keeps it; English adds nothing
// unless the URL names it, and outside addresses, fragments and web assets
// are left alone.
func link(href string) string {
	if !explicit.Load() {
		return href
	}
	return WithLang(href, lang())
}

// langValues adds the page's language to URL parameters, as link does.
func langValues(v url.Values) url.Values {
	if explicit.Load() {
		v.Set(LangParam, lang())
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
func english[T interface{ Lang(string, ...any) T }](e T) T {
	if lang() == i18n.Default {
		return e
	}
	return e.Lang("en")
}

// languageNames are the languages' names for themselves.
var languageNames = map[string]string{"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "pl": "Polski"}

// langSwitcher is the visible language choice: a GET form that reloads the
// page with the same parameters in another language. Without scripts its
// button submits it, carrying the page's parameters as hidden fields;
// with them, choosing a language does.
func langSwitcher() app.UI {
	var hidden []app.UI
	action := "/"
	u := renderURL
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
		app.Label().For("lang").Text(T("lang.label")),
		app.Select().ID("lang").Name(LangParam).
			OnChange(func(ctx app.Context, e app.Event) {
				target := WithLang(ctx.Page().URL().RequestURI(), ctx.JSSrc().Get("value").String())
				app.Window().Get("location").Call("assign", target)
			}).Body(
			app.Range(i18n.Languages).Slice(func(i int) app.UI {
				l := i18n.Languages[i]
				o := app.Option().Value(l).Lang(l).Text(languageNames[l])
				return boolAttr(o, app.HTMLOption.Selected, l == lang())
			}),
		),
		app.Range(hidden).Slice(func(i int) app.UI { return hidden[i] }),
		app.Button().Type("submit").Class("no-app").Text(T("lang.go")),
	)
}

// kindLabel names an event kind in the page's language: Streik.
func kindLabel(k dataset.Kind) string { return labelOr("kind."+string(k), k.Label()) }

// labelOr is the message of key in the page's language, or fallback
// (the dataset's English label) for a value the catalogue does not know.
func labelOr(key, fallback string) string {
	if pr().Has(key) {
		return T(key)
	}
	return fallback
}

// outcomeLabel names an outcome category in the page's language.
func outcomeLabel(o outcome.Category) string { return labelOr("outcome."+string(o), o.Label()) }

// orgKindLabel names an organization kind in the page's language.
func orgKindLabel(k dataset.OrgKind) string { return labelOr("orgkind."+string(k), k.Label()) }

// facilityTypeLabel names a facility type in the page's language.
func facilityTypeLabel(t dataset.FacilityType) string {
	return labelOr("facility-type."+string(t), t.Label())
}

// countryNameOr is countryName, or "" for no country.
func countryNameOr(code string) string {
	if code == "" {
		return ""
	}
	return countryName(code)
}

// countryName names a country in the page's language: Vereinigte Staaten.
func countryName(code string) string { return pr().Country(code) }

// facetLabel is a facet value's label in the page's language: kinds,
// countries, outcomes and months are translated; organizations and
// facilities keep their names.
func facetLabel(f query.Facet, c query.Count) string {
	switch f {
	case query.FacetKind:
		return kindLabel(dataset.Kind(c.Value))
	case query.FacetCountry:
		return countryName(c.Value)
	case query.FacetOutcome:
		return outcomeLabel(outcome.Category(c.Value))
	case query.FacetMonth:
		if m, err := strconv.Atoi(c.Value); err == nil {
			return pr().Month(m)
		}
	}
	return c.Label
}

// monthLabel is the heading of a month's events in the page's language;
// label is view.Chronology's English one.
func monthLabel(label string, events []*dataset.Event) string {
	if len(events) == 0 {
		return label
	}
	return pr().MonthYear(events[0].Date)
}

// countries lists an event's countries by name in the page's language, or
// says International for an international event with none.
func countries(e *dataset.Event) string {
	names := make([]string, 0, len(e.Countries)+1)
	for _, c := range e.Countries {
		names = append(names, countryName(c))
	}
	if e.International && len(names) == 0 {
		names = append(names, T("place.international"))
	}
	return strings.Join(names, ", ")
}

// placeLine is an event's place (as the dataset gives it) and countries
// on one line: Bessemer, Alabama · Vereinigte Staaten.
func placeLine(e *dataset.Event) string { return format.JoinPlace(e.Place, countries(e)) }

// KeepCatalogOffline adds the catalogue of lang to the service worker's
// cache once it has loaded, so that the app starts in that language
// offline too; the other languages' are never downloaded.
func KeepCatalogOffline(lang string) { keepOffline(staticURL("i18n/" + lang + ".txt")) }
