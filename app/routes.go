package app

import (
	"strings"
	"sync"

	"github.com/laborlens/laborlens/rx"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/charts"
)

// page is one of the app's fixed pages. This table is the one list of
// them: the router, the HTTP status, the static export and the main
// navigation all read it.
type page struct {
	Path string
	Nav  string // the catalogue key of its label in the main navigation
	New  func() app.Composer
}

var pages = []page{
	{"/", "nav.explore", func() app.Composer { return &explorer{} }},
	{"/timeline", "nav.timeline", func() app.Composer { return &timelinePage{} }},
	{"/charts", "nav.charts", func() app.Composer { return &chartsPage{} }},
	{"/map", "nav.map", func() app.Composer { return &mapPage{} }},
	{"/about", "nav.about", func() app.Composer { return &aboutPage{} }},
}

// The patterns of the routes that carry an id. A trailing slash is allowed,
// as static hosts add one to directory pages.
var (
	eventPath    = rx.MustCompile(`^/events/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`)
	orgPath      = rx.MustCompile(`^/orgs/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`)
	facilityPath = rx.MustCompile(`^/facilities/([A-Za-z0-9]+)/?$`)
	embedPath    = rx.MustCompile(`^/embed(?:/.*)?$`)
)

// Routes registers every page of the app. Both the server and the wasm
// binary call it, so they agree on what each URL shows.
func Routes() { routesOnce.Do(registerRoutes) }

var routesOnce sync.Once

func registerRoutes() {
	// Static hosts serve /timeline/ for timeline/index.html: the same page.
	for _, p := range pages {
		if p.Path == "/" {
			app.Route(p.Path, p.New)
		} else {
			app.RouteWithRegexp("^"+rx.QuoteMeta(p.Path)+"/?$", p.New)
		}
	}
	for _, r := range idRoutes {
		app.RouteWithRegexp(r.re.String(), r.New)
	}
	// Last: everything else is a friendly 404 page.
	app.RouteWithRegexp(`^/.*`, newNotFound)
}

// idRoutes are the routes whose path carries an id (or, for embeds, a view).
var idRoutes = []struct {
	re  *rx.Regexp
	New func() app.Composer
}{
	{eventPath, func() app.Composer { return &eventPage{} }},
	{orgPath, func() app.Composer { return &orgPage{} }},
	{facilityPath, func() app.Composer { return &facilityPage{} }},
	{embedPath, func() app.Composer { return &embedPage{} }},
}

func newNotFound() app.Composer { return &notFoundPage{} }

// routeFor is the component the router mounts for path, as registerRoutes
// routes it.
func routeFor(path string) app.Composer {
	for _, p := range pages {
		if p.Path == path || (p.Path != "/" && p.Path+"/" == path) {
			return p.New()
		}
	}
	for _, r := range idRoutes {
		if r.re.MatchString(path) {
			return r.New()
		}
	}
	return newNotFound()
}

// match returns the id captured by re in path, or "".
func match(re *rx.Regexp, path string) string {
	if m := re.FindStringSubmatch(path); m != nil {
		return m[1]
	}
	return ""
}

// The HTTP statuses Status answers. Not net/http's constants: this package is
// compiled into the wasm, and importing net/http there brings crypto/tls and
// its initialisers along (see cmd/wasm-modules).
const (
	statusOK       = 200
	statusNotFound = 404
)

// Status is the HTTP status of a page: 404 for a path no route knows and for
// an event, organization or facility the dataset does not hold.
func Status(path string) int {
	for _, p := range pages {
		if p.Path == path || p.Path+"/" == path {
			return statusOK
		}
	}
	if id := match(eventPath, path); id != "" {
		return found(data.Event(id))
	}
	if id := match(orgPath, path); id != "" {
		return found(data.Org(id))
	}
	if code := match(facilityPath, path); code != "" {
		return found(data.Facility(strings.ToUpper(code)))
	}
	if embedPath.MatchString(path) {
		return embedStatus(path)
	}
	return statusNotFound
}

func found[T any](_ T, ok bool) int {
	if ok {
		return statusOK
	}
	return statusNotFound
}

// Pages lists the path of every page the dataset has: the static exporter
// prerenders each of them.
func Pages() []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.Path)
	}
	out = append(out, "/embed/list", "/embed/timeline", "/embed/map")
	for _, c := range charts.All() {
		out = append(out, "/embed/charts/"+c.ID)
	}
	for _, e := range data.Events {
		out = append(out, "/events/"+e.ID, "/embed/events/"+e.ID)
	}
	for _, o := range data.Organizations {
		out = append(out, "/orgs/"+o.ID)
	}
	for _, f := range data.Facilities {
		out = append(out, "/facilities/"+f.Code)
	}
	return out
}
