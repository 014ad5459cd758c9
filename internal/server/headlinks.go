package server

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/feed"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/query"
)

// headLinks are the <link> elements a page carries in its head, for feed
// readers and oEmbed consumers (WordPress reads only the head): the Atom
// feed of what the page shows and, on the server, its oEmbed discovery
// link. go-app has no per-page head links, so the server adds them. Every
// value comes out escaped.
func (s *Server) headLinks(r *http.Request) string {
	ix := ui.SearchIndex()
	base := s.base(r)
	st := pageState(ix, r)
	links := linkTag("application/atom+xml", base+st.FeedPath(), "LaborLens: "+feed.Describe(ix.Dataset(), st))
	// A static site has no /oembed endpoint; the exporter's requests carry no host.
	if r.Host != "" {
		page := base + r.URL.EscapedPath()
		if r.URL.RawQuery != "" {
			page += "?" + r.URL.Query().Encode()
		}
		links += oembedLink(base, page, "LaborLens")
	}
	return links + langLinks(base, r.URL)
}

// langLinks are the page's hreflang alternates: the same address in every
// language, and English's (no lang) as the default.
func langLinks(base string, u *url.URL) string {
	q := u.Query()
	q.Del(ui.LangParam)
	page := u.EscapedPath()
	if enc := q.Encode(); enc != "" {
		page += "?" + enc
	}
	var b strings.Builder
	for _, l := range i18n.Languages {
		href := page
		if l != i18n.Default {
			href = ui.WithLang(page, l)
		}
		b.WriteString(`<link rel="alternate" hreflang="` + l + `" href="` + escapeAttr(base+href) + `">`)
	}
	b.WriteString(`<link rel="alternate" hreflang="x-default" href="` + escapeAttr(base+page) + `">`)
	return b.String()
}

// pageState is the filter a page shows: the explorer's, the timeline's and
// the charts' parameters, an organization's or a facility's events, or
// everything.
func pageState(ix *query.Index, r *http.Request) query.State {
	p := strings.TrimSuffix(r.URL.Path, "/")
	switch {
	case p == "" || p == "/timeline" || p == "/charts" || strings.HasPrefix(p, "/embed/") && !strings.HasPrefix(p, "/embed/events/"):
		return ix.Parse(r.URL.Query())
	case strings.HasPrefix(p, "/orgs/"):
		if o, ok := ix.Dataset().Org(strings.TrimPrefix(p, "/orgs/")); ok {
			return query.State{Orgs: []string{o.ID}}
		}
	case strings.HasPrefix(p, "/facilities/"):
		if f, ok := ix.Dataset().Facility(strings.ToUpper(strings.TrimPrefix(p, "/facilities/"))); ok {
			return query.State{Facilities: []string{f.Code}}
		}
	}
	return query.State{}
}

// headWriter adds links to the head of the HTML page written through it.
// go-app writes a page in one Write, after setting its Content-Length.
type headWriter struct {
	http.ResponseWriter
	links string
	done  bool
}

func (w *headWriter) Write(b []byte) (int, error) {
	if w.done || w.links == "" || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		return w.ResponseWriter.Write(b)
	}
	w.done = true
	i := bytes.Index(b, []byte("</head>"))
	if i < 0 {
		return w.ResponseWriter.Write(b)
	}
	out := make([]byte, 0, len(b)+len(w.links))
	out = append(append(append(out, b[:i]...), w.links...), b[i:]...)
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	if _, err := w.ResponseWriter.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
