// Package oembed answers oEmbed requests (https://oembed.com) for LaborLens
// pages: any page that shows a view (the explorer's filtered list, the
// timeline, the charts, an event, an organization or a facility, and the
// /embed/ views themselves) gets a "rich" response whose HTML is an iframe
// of the matching /embed/ view. Pages of other sites get ErrNotFound.
//
// It is server-only code: the wasm binary never imports it.
package oembed

import (
	"cmp"
	"errors"
	"html"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/feed"
	"github.com/laborlens/laborlens/query"
	vm "github.com/laborlens/laborlens/view" // the package; view is this file's function
)

// ContentType is the media type of a JSON response.
const ContentType = "application/json; charset=utf-8"

// Response is an oEmbed 1.0 response of type "rich".
type Response struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	Title        string `json:"title"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	CacheAge     int    `json:"cache_age"`
}

// Request is what a consumer asks for.
type Request struct {
	URL                 string // the page to embed
	MaxWidth, MaxHeight int    // 0 when not given
}

// ErrNotFound means the URL is not a LaborLens page that shows a view.
var ErrNotFound = errors.New("not a LaborLens view")

// The default size of an embed, in CSS pixels; embed.js and the hosts'
// resize protocols then fit the height to the content.
const (
	defaultWidth  = 640
	defaultHeight = 600
	minSize       = 100
)

// embedOptions are the /embed/ parameters kept from the page's URL.
var embedOptions = append(slices.Clone(vm.EmbedOnly), query.ParamLane)

// For answers the request. base is LaborLens's scheme://host as the
// consumer should load it; hosts are the host names (with port) that are
// LaborLens's own.
func For(ix *query.Index, base string, hosts []string, req Request) (Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !own(u.Host, hosts) {
		return Response{}, ErrNotFound
	}
	path, title, err := view(ix, u)
	if err != nil {
		return Response{}, err
	}
	src := base + path
	w, h := fit(defaultWidth, req.MaxWidth), fit(defaultHeight, req.MaxHeight)
	snippet := `<iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(title) +
		`" width="` + strconv.Itoa(w) + `" height="` + strconv.Itoa(h) +
		`" style="border:0;max-width:100%" loading="lazy"></iframe>` +
		`<script src="` + html.EscapeString(base+"/embed.js") + `" async></script>`
	return Response{Version: "1.0", Type: "rich", Title: title, ProviderName: "LaborLens", ProviderURL: base + "/",
		HTML: snippet, Width: w, Height: h, CacheAge: 3600}, nil
}

func own(host string, hosts []string) bool {
	for _, h := range hosts {
		if h != "" && strings.EqualFold(host, h) {
			return true
		}
	}
	return false
}

// fit bounds a default size by the consumer's maximum.
func fit(size, max int) int {
	if max > 0 && max < size {
		return maxInt(max, minSize)
	}
	return size
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// view maps a page to its /embed/ view (path and query) and a title.
func view(ix *query.Index, u *url.URL) (path, title string, err error) {
	ds := ix.Dataset()
	q := u.Query()
	s := ix.Parse(q)
	params := s.Values()
	for _, k := range embedOptions {
		if v := q.Get(k); v != "" {
			params.Set(k, v)
		}
	}
	with := func(p string) string {
		if e := params.Encode(); e != "" {
			return p + "?" + e
		}
		return p
	}
	p := strings.TrimSuffix(u.Path, "/")
	if rest, ok := strings.CutPrefix(p, "/embed/"); ok {
		p = "/" + rest // an embed URL embeds itself
		if p == "/list" {
			p = "/"
		}
	}
	if p == "/about" {
		p = "/" // the release's page: its filters, if any, in a list
	}
	if id, ok := strings.CutPrefix(p, "/charts/"); ok { // /embed/charts/ID
		c, ok := charts.Lookup(id)
		if !ok {
			return "", "", ErrNotFound
		}
		return with("/embed/charts/" + c.ID), "LaborLens: " + c.Title, nil
	}
	kind, id, ok := vm.PageKind(p)
	if !ok {
		return "", "", ErrNotFound
	}
	switch kind {
	case "list":
		return with("/embed/list"), "LaborLens: " + feed.Describe(ds, s), nil
	case "map":
		charts.ParseMapView(q).Set(params)
		return with("/embed/map"), "LaborLens map: " + feed.Describe(ds, s), nil
	case "timeline":
		return with("/embed/timeline"), "LaborLens timeline: " + feed.Describe(ds, s), nil
	case "charts":
		c, ok := charts.Lookup(cmp.Or(u.Fragment, q.Get("chart")))
		if !ok {
			c = charts.All()[0]
		}
		return with("/embed/charts/" + c.ID), "LaborLens: " + c.Title, nil
	case "events":
		e, ok := ds.Event(id)
		if !ok {
			return "", "", ErrNotFound
		}
		return "/embed/events/" + e.ID, "LaborLens: " + e.Title, nil
	case "orgs":
		o, ok := ds.Org(id)
		if !ok {
			return "", "", ErrNotFound
		}
		params = query.State{Orgs: []string{o.ID}}.Values()
		return with("/embed/list"), "LaborLens: " + o.Name, nil
	case "facilities":
		f, ok := ds.Facility(id)
		if !ok {
			return "", "", ErrNotFound
		}
		params = query.State{Facilities: []string{f.Code}}.Values()
		return with("/embed/list"), "LaborLens: " + facilityName(f), nil
	}
	return "", "", ErrNotFound
}

func facilityName(f *dataset.Facility) string {
	if f.Name != "" {
		return f.Code + " (" + f.Name + ")"
	}
	return f.Code
}
