package app

import (
	"github.com/laborlens/laborlens/rx"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedHost speaks to the page that frames an embed, in each protocol a
// host may understand: LaborLens's own (web/embed.js), WordPress's
// (wp-embed.js, when the iframe URL carries WordPress's secret) and AMP's
// (amp-iframe). It only posts messages and reads its own URL, so it works
// in an iframe sandboxed without allow-same-origin, where storage and the
// service worker are out of reach.
type embedHost struct {
	id      string // the partner's id of the embed, echoed in messages
	secret  string // WordPress's, from the iframe URL's fragment
	lastURL string // the view last announced
	stop    func()
}

// wpSecret is how WordPress marks the iframes it embeds: it appends
// "#?secret=" and ten letters and digits to the URL, and its host script
// only trusts messages that carry them.
var wpSecret = rx.MustCompile(`secret=([A-Za-z0-9]{10})`)

// newEmbedHost reads WordPress's secret once: the fragment is gone after
// the first navigation inside the embed.
func newEmbedHost(id string) *embedHost {
	h := &embedHost{id: id}
	if m := wpSecret.FindStringSubmatch(app.Window().Get("location").Get("hash").String()); m != nil {
		h.secret = m[1]
		h.stop = h.forwardLinks()
	}
	return h
}

// post sends msg to the framing page, if there is one. postMessage to any
// origin with "*" does not throw, even across origins.
func (h *embedHost) post(msg map[string]any) {
	w := app.Window()
	parent := w.Get("parent")
	if !parent.Truthy() || parent.Equal(w.JSValue()) {
		return
	}
	parent.Call("postMessage", msg, "*")
}

// height tells the host the embed's height in every protocol.
func (h *embedHost) height(px int) {
	h.post(map[string]any{"type": "laborlens:resize", "height": px, "id": h.id, "url": h.lastURL})
	h.post(map[string]any{"sentinel": "amp", "type": "embed-size", "height": px})
	if h.secret != "" {
		h.post(map[string]any{"message": "height", "value": px, "secret": h.secret})
	}
}

// view tells the host the address of the full view the embed shows, when
// it changes, so that the host can link to exactly that view.
func (h *embedHost) view(url string) {
	if url == h.lastURL {
		return
	}
	h.lastURL = url
	h.post(map[string]any{"type": "laborlens:view", "url": url, "id": h.id})
}

// forwardLinks hands link clicks to WordPress's host script: WordPress
// sandboxes embeds without allow-popups, so a link that opens a new tab
// would do nothing; the host navigates the top page instead.
func (h *embedHost) forwardLinks() func() {
	return listen(app.Window().Get("document"), "click", func(e app.Value) {
		t := e.Get("target")
		if !t.Truthy() || !t.Get("closest").Truthy() {
			return
		}
		if a := t.Call("closest", "a[href]"); a.Truthy() {
			e.Call("preventDefault")
			h.post(map[string]any{"message": "link", "value": a.Get("href").String(), "secret": h.secret})
		}
	})
}

func (h *embedHost) close() {
	if h.stop != nil {
		h.stop()
	}
}
