package server

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/i18n/catalog"
	"github.com/laborlens/laborlens/internal/assets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appWorkerJS is LaborLens's service worker: it precaches the app, answers
// navigations from the network with a cached copy (or the app shell) as the
// offline fallback, and serves versioned assets cache-first.
//
//go:embed app-worker.js
var appWorkerJS string

// appWarmJS is added to go-app's app.js: the page's half of the warm-up
// worker (web/warm.js), see warmStart.
//
//go:embed app-warm.js
var appWarmJS string

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
	// app/geo-loader.go), so other routes never download them. warm.js
	// is the worker every start runs first (see warmStart).
	cacheable := []string{"/web/" + ui.DatasetFile, "/web/icon.svg", "/web/warm.js"}
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
		LoadingLabel:    i18n.EnglishPrinter.T(ui.LoaderKey, "progress", "{progress}"),
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

// localizeLoader makes go-app's app.js, one file for every language, show
// its loader label ("Loading interactive features… 42%") in the page's
// language: go-app writes the label into app.js once, as a string
// constant, so the constant becomes a choice by <html lang> among the
// catalogues' labels, the handler's English one otherwise. An app.js
// without the constant (another go-app version) is an error, not an
// English label left behind.
func localizeLoader(js []byte, english string) ([]byte, error) {
	quoted, _ := json.Marshal(english)
	decl := []byte(`const goappLoadingLabel = "` + english + `";`)
	if bytes.Count(js, decl) != 1 {
		return nil, fmt.Errorf("go-app's app.js has no %s: the loader label cannot follow the language", decl)
	}
	labels := map[string]string{}
	for _, l := range i18n.Languages {
		labels[l] = catalog.Printer(l).T(ui.LoaderKey, "progress", "{progress}")
	}
	byLang, err := json.Marshal(labels)
	if err != nil {
		return nil, err
	}
	choice := fmt.Sprintf("const goappLoadingLabel = %s[document.documentElement.lang] || %s;", byLang, quoted)
	return bytes.Replace(js, decl, []byte(choice), 1), nil
}

// warmStart makes go-app's app.js compile the wasm once and warm it up in
// a worker before running it (app-warm.js, web/warm.js): go-app's
// instantiateStreaming call becomes laborlensInstantiate, which takes the
// same arguments, and keeps its progress label. An app.js without that
// call (another go-app version) is an error, not a start left unwarmed.
func warmStart(js []byte) ([]byte, error) {
	call := []byte("await instantiateStreaming(\n      fetchWithProgress(")
	if bytes.Count(js, call) != 1 {
		return nil, fmt.Errorf("go-app's app.js has no %q: the wasm cannot be warmed up in a worker", call)
	}
	js = bytes.Replace(js, call, []byte("await laborlensInstantiate(\n      fetchWithProgress("), 1)
	return append(js, appWarmJS...), nil
}
