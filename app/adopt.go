package app

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When the wasm starts, go-app mounts the first page node by node over the
// server's prerender, in one synchronous call: ~100 ms at 1× CPU on `/`,
// half of it the filters, a long task the browser counts as blocking. A
// component that embeds prerendered mounts in two steps instead. Its
// first render in the browser is its root element alone, and its OnMount
// moves the prerendered element's children (the nodes the visitor
// already sees, with their ticks, focus and scroll) into that root; on a
// later frame, one component at a time, it renders in full and go-app
// mounts its own children in their place. The page stays the same: the
// prerender is the app's render of the same URL (TestPrerenderEqualsTheApp).
// Any render after the first is a full one, so a component whose props
// change before its turn (a keystroke) renders in full at once.
//
// The component gives its root element an id, passes it to adopt first
// thing in Render (rendering the root alone when it reports true), calls
// adopted from its OnMount and handles its root's events at the root, so
// that they work on the adopted children too.
type prerendered struct {
	node  app.Value // the prerendered element whose children are adopted
	stage uint8
	due   bool // the next render is a full one: its turn came, or its props changed
}

const (
	stageNew      = iota
	stageAdopting // rendered as the root alone; its children are the prerender's
	stageOwn      // rendered in full
)

// prerenderRoot is the root element of the server's prerender while the
// first page mounts; afterwards it is disconnected, and nothing adopts.
var prerenderRoot app.Value

// notePrerender records the prerender's root, before the app mounts over it.
func notePrerender() {
	if app.IsClient {
		prerenderRoot = app.Window().Get("document").Get("body").Get("firstElementChild")
	}
}

// adopt reports whether c renders its root element alone: on its first
// render, in the browser, over a prerender holding the element id, and on
// the renders after it until its turn comes or its props change (go-app
// also renders a component again when a handler of it or of a child runs,
// or its OnMount). On the full render, it empties the root of the
// adopted children, which go-app's are about to replace.
func (p *prerendered) adopt(c app.Composer, id string) bool {
	switch p.stage {
	case stageNew:
		p.stage = stageOwn
		if !app.IsClient || prerenderRoot == nil || !prerenderRoot.Truthy() || !prerenderRoot.Get("isConnected").Bool() {
			return false
		}
		el := app.Window().GetElementByID(id)
		if !el.Truthy() || !prerenderRoot.Call("contains", el).Bool() {
			return false
		}
		// Its id goes: a second element of the same id (the same
		// content) is the next component's to adopt.
		el.Call("removeAttribute", "id")
		p.node, p.stage = el, stageAdopting
		return true
	case stageAdopting:
		if !p.due {
			return true
		}
		p.stage, p.node = stageOwn, nil
		if root := c.JSValue(); root.Truthy() {
			keepFocus(root)
			root.Call("replaceChildren")
		}
	}
	return false
}

// adopted moves the prerendered children into c's root and queues c's full
// render. Call it from c's OnMount.
func (p *prerendered) adopted(ctx app.Context, c app.Composer) {
	if weight, ok := p.move(c); ok {
		hydration.add(step{ctx, p, weight})
	}
}

// keep moves the prerendered children into c's root, to stay until c's
// props change: for static markup, with no handler of its own. Call it
// from c's OnMount.
func (p *prerendered) keep(_ app.Context, c app.Composer) { p.move(c) }

// move moves the adopted children into c's root and returns how many
// elements they are.
func (p *prerendered) move(c app.Composer) (weight int, ok bool) {
	if p.stage != stageAdopting || p.node == nil {
		return 0, false
	}
	root := c.JSValue()
	weight = p.node.Call("getElementsByTagName", "*").Length()
	app.Window().Get("Element").Get("prototype").Get("replaceChildren").Call("apply", root, p.node.Get("childNodes"))
	p.node = nil
	return weight, true
}

// changed makes the next render a full one. Call it from c's OnUpdate: its
// props changed, the adopted children are out of date.
func (p *prerendered) changed() { p.due = true }

// keepFocus gives the focus back, after the frame, to the element of the
// same id when the focused element is one of root's adopted children.
func keepFocus(root app.Value) {
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || !root.Call("contains", el).Bool() {
		return
	}
	if id := el.Get("id").String(); id != "" {
		hydration.refocus = id
	}
}

// hydration renders the adopted components in full one at a time, each in
// a frame of its own, then runs what waited for it (the ready marker).
var hydration hydrator

// step is one component's full render: its context, its prerendered and
// how many elements it mounts.
type step struct {
	ctx    app.Context
	pre    *prerendered
	weight int
}

// frameElements is about how many elements go-app mounts in one frame of
// the hydration: ~40 elements and their text take ~6 ms at 1× CPU here,
// under the 50 ms of a long task on a phone four times slower.
const frameElements = 40

type hydrator struct {
	mu      sync.Mutex
	queue   []step
	then    []func()
	running bool
	refocus string // the id to focus after the current step
}

func (h *hydrator) add(s step) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.queue = append(h.queue, s)
	if !h.running {
		h.running = true
		s.ctx.Async(h.run)
	}
}

// whenDone runs f once every adopted component has rendered in full: at
// once, on the UI goroutine, when none waits.
func (h *hydrator) whenDone(f func()) {
	h.mu.Lock()
	if h.running {
		h.then = append(h.then, f)
		h.mu.Unlock()
		return
	}
	h.mu.Unlock()
	f()
}

func (h *hydrator) run() {
	for {
		yieldToBrowser()
		h.mu.Lock()
		if len(h.queue) == 0 {
			then := h.then
			h.then, h.running = nil, false
			h.mu.Unlock()
			for _, f := range then {
				f()
			}
			return
		}
		n, weight := 1, h.queue[0].weight
		for n < len(h.queue) && weight+h.queue[n].weight <= frameElements {
			weight += h.queue[n].weight
			n++
		}
		batch := h.queue[:n:n]
		h.queue = h.queue[n:]
		h.mu.Unlock()
		h.render(batch)
	}
}

// render renders the components of batch in full, in one frame, and waits
// for that frame.
func (h *hydrator) render(batch []step) {
	done := make(chan struct{})
	for i, s := range batch {
		s.ctx.Dispatch(func(ctx app.Context) { // renders the component, and its parents
			s.pre.due = true
			if i < len(batch)-1 {
				return
			}
			ctx.Defer(func(app.Context) {
				if h.refocus != "" {
					if el := app.Window().GetElementByID(h.refocus); el.Truthy() {
						el.Call("focus", map[string]any{"preventScroll": true})
					}
					h.refocus = ""
				}
				close(done)
			})
		})
	}
	select {
	case <-done:
	case <-time.After(time.Second): // dismounted meanwhile: go-app runs neither
	}
}
