package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/oembed"
)

// serveOEmbed answers /oembed?url=…&format=json for any LaborLens page that
// shows a view, with 404 for other URLs and 501 for formats but JSON.
func (s *Server) serveOEmbed(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.Path != "/oembed" {
		return false
	}
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		http.Error(w, "only format=json is available", http.StatusNotImplemented)
		return true
	}
	maxW, _ := strconv.Atoi(q.Get("maxwidth"))
	maxH, _ := strconv.Atoi(q.Get("maxheight"))
	base := s.base(r)
	hosts := []string{r.Host}
	if u, err := url.Parse(base); err == nil {
		hosts = append(hosts, u.Host)
	}
	res, err := oembed.For(ui.SearchIndex(), base, hosts, oembed.Request{URL: q.Get("url"), MaxWidth: maxW, MaxHeight: maxH})
	if err != nil {
		http.Error(w, "no LaborLens view at that URL", http.StatusNotFound)
		return true
	}
	s.serveBytes(w, r, oembed.ContentType, func(string) []byte {
		b, _ := json.Marshal(res) // strings and ints: cannot fail
		return append(b, '\n')
	})
	return true
}

// oembedLink is the discovery link of the page at pageURL.
func oembedLink(base, pageURL, title string) string {
	href := base + "/oembed?url=" + url.QueryEscape(pageURL) + "&format=json"
	return linkTag("application/json+oembed", href, title)
}

func linkTag(typ, href, title string) string {
	return `<link rel="alternate" type="` + typ + `" href="` + escapeAttr(href) + `" title="` + escapeAttr(title) + `">`
}

var attrEscaper = strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;", `>`, "&gt;", `'`, "&#39;")

func escapeAttr(s string) string { return attrEscaper.Replace(s) }
