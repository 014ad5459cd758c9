package view

import (
	"net/url"
	"strings"

	"github.com/laborlens/laborlens/query"
)

// Embed maps a page of the full app to the embed view that shows the same
// events: its path and query, without the embed's own styling parameters.
// An organization's or a facility's page embeds the list of its events. ok
// is false for a page with nothing to embed (/about, an unknown page).
func Embed(path string, q url.Values) (embedPath string, embedQuery url.Values, ok bool) {
	kind, id, ok := PageKind(path)
	if !ok {
		return "", nil, false
	}
	out := url.Values{}
	for k, v := range q {
		out[k] = v
	}
	for _, k := range EmbedOnly {
		out.Del(k)
	}
	switch kind {
	case "charts":
		return "/embed/charts/per-year", out, true
	case "events":
		return "/embed/events/" + id, url.Values{}, true
	case "orgs":
		return "/embed/list", url.Values{string(query.FacetOrg): {id}}, true
	case "facilities":
		return "/embed/list", url.Values{string(query.FacetFacility): {id}}, true
	}
	return "/embed/" + kind, out, true // list, timeline, map
}

// PageKind tells which view of events a page of the full app shows:
// "list" (the explorer, /), "timeline", "charts" or "map", or the page of
// one record, "events", "orgs" or "facilities", whose id (a facility's
// code in capitals) is id. ok is false for a page that shows no view of
// events (/about, an unknown page). A trailing slash is allowed.
func PageKind(path string) (kind, id string, ok bool) {
	path = strings.TrimSuffix(path, "/")
	switch path {
	case "":
		return "list", "", true
	case "/timeline", "/charts", "/map":
		return path[1:], "", true
	}
	for _, k := range []string{"events", "orgs", "facilities"} {
		if id, found := strings.CutPrefix(path, "/"+k+"/"); found && id != "" && !strings.Contains(id, "/") {
			if k == "facilities" {
				id = strings.ToUpper(id)
			}
			return k, id, true
		}
	}
	return "", "", false
}

// SplitEmbed splits an embed path into its kind of view and argument:
// "/embed/events/x" gives ("events", "x"), "/embed/list" ("list", "").
func SplitEmbed(path string) (kind, arg string) {
	rest := strings.Trim(strings.TrimPrefix(path, "/embed"), "/")
	kind, arg, _ = strings.Cut(rest, "/")
	return kind, arg
}

// Full is the page of the full app that an embedded view comes from, with
// the same filters: kind is "list", "timeline", "charts", "map" or "events", arg
// the chart or event id.
func Full(kind, arg string, q url.Values) string {
	path := "/"
	switch kind {
	case "events":
		path = "/events/" + arg
	case "timeline", "charts", "map":
		path = "/" + kind
	}
	rest := url.Values{}
	for k, v := range q {
		rest[k] = v
	}
	for _, k := range EmbedOnly {
		rest.Del(k)
	}
	if len(rest) > 0 {
		path += "?" + rest.Encode()
	}
	return path
}
