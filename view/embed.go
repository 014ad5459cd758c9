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
	path = strings.TrimSuffix(path, "/")
	out := url.Values{}
	for k, v := range q {
		out[k] = v
	}
	for _, k := range EmbedOnly {
		out.Del(k)
	}
	switch {
	case path == "" || path == "/":
		return "/embed/list", out, true
	case path == "/timeline":
		return "/embed/timeline", out, true
	case path == "/charts":
		return "/embed/charts/per-year", out, true
	case path == "/map":
		return "/embed/map", out, true
	case strings.HasPrefix(path, "/events/"):
		return "/embed" + path, url.Values{}, true
	case strings.HasPrefix(path, "/orgs/"):
		return "/embed/list", url.Values{string(query.FacetOrg): {strings.TrimPrefix(path, "/orgs/")}}, true
	case strings.HasPrefix(path, "/facilities/"):
		return "/embed/list", url.Values{string(query.FacetFacility): {strings.ToUpper(strings.TrimPrefix(path, "/facilities/"))}}, true
	}
	return "", nil, false
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
