package server

import (
	"container/list"
	"net/http"
	"sync"

	"github.com/laborlens/laborlens/internal/assets"
)

// pageCache holds prerendered pages, compressed, by URL (path and query).
// A release's pages never change while it runs, so each URL is rendered
// once; the least recently used pages go when the cache holds more than
// maxBytes. Renders of the same URL are shared, and at most `renders` run
// at once, so a burst of requests on a large dataset cannot multiply the
// memory a render takes.
type pageCache struct {
	etag     string // of every page: they change only with the release
	maxBytes int
	renders  chan struct{}

	mu       sync.Mutex
	bytes    int
	lru      *list.List // of *cachedPage, most recent first
	byKey    map[string]*list.Element
	inflight map[string]*pageCall
}

type cachedPage struct {
	key    string
	status int
	asset  *assets.Asset
}

type pageCall struct {
	done chan struct{}
	page *cachedPage
}

func (p *cachedPage) size() int {
	return len(p.asset.Body) + len(p.asset.Brotli) + len(p.asset.Gzip) + len(p.key)
}

func newPageCache(version string, maxBytes, renders int) *pageCache {
	return &pageCache{
		etag:     `"` + version + `"`,
		maxBytes: maxBytes,
		renders:  make(chan struct{}, renders),
		lru:      list.New(),
		byKey:    map[string]*list.Element{},
		inflight: map[string]*pageCall{},
	}
}

// get returns the page cached under key, rendering it with render (which
// writes a response) when it is not there yet.
func (c *pageCache) get(key string, render func(http.ResponseWriter)) *cachedPage {
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.lru.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*cachedPage)
	}
	if call, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-call.done
		return call.page
	}
	call := &pageCall{done: make(chan struct{})}
	c.inflight[key] = call
	c.mu.Unlock()

	c.renders <- struct{}{}
	call.page = renderPage(key, c.etag, render)
	<-c.renders

	c.mu.Lock()
	delete(c.inflight, key)
	c.put(call.page)
	c.mu.Unlock()
	close(call.done)
	return call.page
}

// put adds p and evicts the oldest pages beyond the bound. A page larger
// than a quarter of the bound is served but not kept. Called with c.mu held.
func (c *pageCache) put(p *cachedPage) {
	if p.size() > c.maxBytes/4 {
		return
	}
	c.byKey[p.key] = c.lru.PushFront(p)
	c.bytes += p.size()
	for c.bytes > c.maxBytes {
		old := c.lru.Remove(c.lru.Back()).(*cachedPage)
		delete(c.byKey, old.key)
		c.bytes -= old.size()
	}
}

// pageBrotliLevel is fast enough to compress a page on its first request
// (a 60 kB page in about a millisecond) and within a few percent of the
// best level on HTML.
const pageBrotliLevel = 6

func renderPage(key, etag string, render func(http.ResponseWriter)) *cachedPage {
	rec := newRecorder()
	render(rec)
	body := rec.body.Bytes()
	a := &assets.Asset{
		Name:        key,
		ContentType: "text/html; charset=utf-8",
		Body:        body,
		ETag:        etag,
	}
	if br := assets.Brotli(body, pageBrotliLevel); len(br) < len(body) {
		a.Brotli = br
	}
	if gz := assets.Gzip(body); len(gz) < len(body) {
		a.Gzip = gz
	}
	return &cachedPage{key: key, status: rec.status, asset: a}
}
