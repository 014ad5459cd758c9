package app

// LaborLens's copy of go-app's router for the browser build: the routes
// given as patterns are matched by the browser's RegExp instead of Go's
// regexp package, which with regexp/syntax and its Unicode tables costs
// the wasm ~90 kB of brotli. The server is built from the upstream file
// (the router is the same but for the matcher); the patterns LaborLens
// registers read the same in both syntaxes.

import (
	"sync"
	"syscall/js"
)

type router struct {
	mu               sync.RWMutex
	routes           map[string]func() Composer
	routesWithRegexp []regexpRoute
}

func makeRouter() router {
	return router{
		routes: make(map[string]func() Composer),
	}
}

func (r *router) route(path string, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routes[path] = newComponent
}

func (r *router) routeWithRegexp(pattern string, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routesWithRegexp = append(r.routesWithRegexp, regexpRoute{
		regexp:       js.Global().Get("RegExp").New(pattern),
		newComponent: newComponent,
	})
}

func (r *router) routed(path string) bool {
	_, ok := r.find(path)
	return ok
}

func (r *router) createComponent(path string) (Composer, bool) {
	if newComponent, ok := r.find(path); ok {
		return newComponent(), true
	}
	return nil, false
}

func (r *router) find(path string) (func() Composer, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()

	if newComponent, routed := r.routes[path]; routed {
		return newComponent, true
	}

	for _, rwr := range r.routesWithRegexp {
		if rwr.regexp.Call("test", path).Bool() {
			return rwr.newComponent, true
		}
	}

	return nil, false
}

type regexpRoute struct {
	regexp       js.Value // a RegExp
	newComponent func() Composer
}
