package server

import (
	_ "embed"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/internal/assets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appWorkerJS is LaborLens's service worker: it precaches the app, answers
// navigations from the network with a cached copy (or the app shell) as the
// offline fallback, and serves versioned assets cache-first.
//
//go:embed app-worker.js
var appWorkerJS string

// Theme colours, shared by the manifest and the stylesheet.
const (
	themeColor      = "#7a1f2b"
	backgroundColor = "#fbf8f3"
)

// newAppHandler declares the PWA: names, icons, scripts, what the service
// worker caches and the version that keys its cache.
func newAppHandler(version, domain string, store *assets.Store) *app.Handler {
	v := versioned(version)
	// ECharts (the common bundle and the map's) and the geography are not
	// precached: the charts, the timeline and the map load them when they
	// first mount and add them to the worker's cache (see
	// app/geo-loader.go), so other routes never download them.
	cacheable := []string{"/web/" + ui.DatasetFile, "/web/icon.svg"}
	return &app.Handler{
		Name:            "LaborLens",
		ShortName:       "LaborLens",
		Title:           "LaborLens",
		Description:     "An explorer of worker organizing at Amazon: strikes, walkouts, union votes, lawsuits and campaigns, each with its sources.",
		Author:          "LaborLens",
		Domain:          domain,
		Lang:            "en",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    "Loading interactive features… {progress}%",
		Image:           "/web/icon-512.png",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{v.Resolve("/web/laborlens.css")},
		// pickup.js first: it records what the visitor does before the app runs.
		Scripts:                 []string{v.Resolve("/web/pickup.js") + " defer"},
		CacheableResources:      cacheable,
		Resources:               v,
		Version:                 version,
		WasmContentLengthHeader: assets.UncompressedLengthHeader,
		ServiceWorkerTemplate:   appWorkerJS,
	}
}

// versioned resolves /web/ resources to /{version}/web/..., URLs that never
// change content and so are cached for a year.
type versioned string

func (v versioned) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "http://"), strings.HasPrefix(location, "https://"):
		return location
	case location == "/web" || strings.HasPrefix(location, "/web/"):
		return "/" + string(v) + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return "/" + string(v) + "/" + location
	}
	return location
}
