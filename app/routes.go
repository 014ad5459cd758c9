package app

import (
	"github.com/laborlens/laborlens/charts"
	"net/http"
	"regexp"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The patterns of the routes that carry an id. A trailing slash is allowed,
// as static hosts add one to directory pages.
var (
	eventPath    = regexp.MustCompile(`^/events/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`)
	orgPath      = regexp.MustCompile(`^/orgs/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`)
	facilityPath = regexp.MustCompile(`^/facilities/([A-Za-z0-9]+)/?$`)
	embedPath    = regexp.MustCompile(`^/embed(?:/.*)?$`)
)

// Routes registers every page of the app. Both the server and the wasm
// binary call it, so they agree on what each URL shows.
func Routes() { routesOnce.Do(registerRoutes) }

var routesOnce sync.Once

func registerRoutes() {
	app.Route("/", func() app.Composer { return &explorer{} })
	app.Route("/timeline", func() app.Composer { return &timelinePage{} })
	app.Route("/charts", func() app.Composer { return &chartsPage{} })
	app.Route("/about", func() app.Composer { return &aboutPage{} })
	app.RouteWithRegexp(eventPath.String(), func() app.Composer { return &eventPage{} })
	app.RouteWithRegexp(orgPath.String(), func() app.Composer { return &orgPage{} })
	app.RouteWithRegexp(facilityPath.String(), func() app.Composer { return &facilityPage{} })
	app.RouteWithRegexp(embedPath.String(), func() app.Composer { return &embedPage{} })
	// Last: everything else is a friendly 404 page.
	app.RouteWithRegexp(`^/.*`, func() app.Composer { return &notFoundPage{} })
}

// match returns the id captured by re in path, or "".
func match(re *regexp.Regexp, path string) string {
	if m := re.FindStringSubmatch(path); m != nil {
		return m[1]
	}
	return ""
}

// Status is the HTTP status of a page: 404 for a path no route knows and for
// an event, organization or facility the dataset does not hold.
func Status(path string) int {
	switch path {
	case "/", "/timeline", "/charts", "/about":
		return http.StatusOK
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
	return http.StatusNotFound
}

func found[T any](_ T, ok bool) int {
	if ok {
		return http.StatusOK
	}
	return http.StatusNotFound
}

// Pages lists the path of every page the dataset has: the static exporter
// prerenders each of them.
func Pages() []string {
	pages := []string{"/", "/timeline", "/charts", "/about", "/embed/list", "/embed/timeline"}
	for _, c := range charts.All() {
		pages = append(pages, "/embed/charts/"+c.ID)
	}
	for _, e := range data.Events {
		pages = append(pages, "/events/"+e.ID, "/embed/events/"+e.ID)
	}
	for _, o := range data.Organizations {
		pages = append(pages, "/orgs/"+o.ID)
	}
	for _, f := range data.Facilities {
		pages = append(pages, "/facilities/"+f.Code)
	}
	return pages
}
