package app

import (
	"net/url"

	"github.com/laborlens/laborlens/query"
	"github.com/laborlens/laborlens/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageMeta is what a page tells browsers, crawlers and link previews about
// itself.
type pageMeta struct {
	Title       string // without the site name
	Description string
	// Canonical is the page's one address, path and query, built from
	// dataset ids and a canonical query.State, never from the request's
	// text; "" on a not-found page, which has none.
	Canonical string
}

// canonical joins a path and an encoded query.
func canonical(path, rawQuery string) string {
	if rawQuery == "" {
		return path
	}
	return path + "?" + rawQuery
}

// setPageMeta applies m to the document: title, description, canonical
// link, and the Open Graph and Twitter card metadata used by link previews.
func (loc *Locale) setPageMeta(ctx app.Context, m pageMeta) {
	title := "LaborLens"
	ctx.Page().SetLang(loc.lang())
	if m.Title != "" {
		title = metaText(m.Title) + " · LaborLens"
	}
	desc := metaText(m.Description)
	if desc == "" {
		desc = loc.T("meta.description")
	}
	p := ctx.Page()
	p.SetTitle("%s", title)
	p.SetDescription("%s", desc)
	p.SetTwitterCard(app.TwitterCard{Card: "summary", Title: title, Description: desc, Image: "/web/icon-512.png"})
	loc.setCanonical(p, m.Canonical)
	if app.IsServer {
		// go-app's loader pill, as prerendered; its app.js then counts the
		// progress in the page's language too (see LoaderLabels).
		p.SetLoadingLabel("%s", loc.T(LoaderKey, "progress", "0"))
	}
}

// LoaderKey is the catalogue key of go-app's loader label, with a
// {progress} placeholder: "Loading interactive features… {progress}%".
const LoaderKey = "loader.label"

// setCanonical makes og:url and the canonical link the configured domain
// plus the canonical address. go-app writes og:url from the page URL's path
// alone, once the page is rendered, so on the server the page URL's path
// is replaced by the canonical address, query included: link previews of
// a filtered view then fetch that view, and a hostile request path never
// reaches the head. A not-found page points previews at the home page.
func (loc *Locale) setCanonical(p app.Page, path string) {
	if path != "" {
		path = loc.link(path)
	}
	if app.IsServer {
		u := *p.URL()
		u.Path = path
		if path == "" {
			u.Path = "/"
		}
		p.ReplaceURL(&u)
		if path != "" {
			p.SetCanonicalLink("%s", path)
		}
		return
	}
	// In the browser go-app leaves the canonical link as prerendered.
	link := app.Window().Get("document").Call("querySelector", `link[rel="canonical"]`)
	if !link.Truthy() {
		return
	}
	base, err := url.Parse(link.Get("href").String())
	if path == "" || err != nil {
		link.Call("remove")
		return
	}
	if ref, err := url.Parse(path); err == nil {
		link.Set("href", base.ResolveReference(ref).String())
	}
}

// onClientNav runs a page's OnNav work in the browser only. go-app calls
// OnNav on the server too, after OnPreRender has loaded the page and
// setCanonical has replaced the page URL's path with the canonical
// address: loading again there would read that address as the request.
func onClientNav(ctx app.Context, load func(app.Context)) {
	if app.IsClient {
		load(ctx)
	}
}

// viewMeta is the metadata of a filtered view (explorer, charts,
// timeline): the title and description say what the filters select and
// how many events match; the canonical address is path with the canonical
// query of s.
func (loc *Locale) viewMeta(title, desc, path string, r *query.Result, s query.State) pageMeta {
	m := pageMeta{Title: title, Description: desc, Canonical: canonical(path, s.Encode())}
	if !s.Filtered() && s.Q == "" {
		return m
	}
	filters := view.DescribeFilters(r, s, loc.words())
	m.Title = filters + " · " + title
	m.Description = loc.N("meta.filtered", r.Total, "shown", loc.pr().Number(len(r.Hits)), "filters", filters)
	return m
}
