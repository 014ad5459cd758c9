package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// GuardStorage makes localStorage and sessionStorage safe to touch in a
// document that may not use them: an embed in an iframe sandboxed without
// allow-same-origin (as WordPress frames oEmbed content) throws a
// SecurityError on reading window.localStorage, and go-app reads it while
// starting (to clean up persisted states). A JavaScript exception on a
// property read kills the Go program, so the check goes through
// Reflect.get, a call, whose exception Go can recover; an unreadable
// storage is replaced by an in-memory one for the page's lifetime. Call it
// before app.RunWhenOnBrowser. It does nothing on the server.
func GuardStorage() {
	if app.IsServer {
		return
	}
	w := app.Window()
	for _, name := range []string{"localStorage", "sessionStorage"} {
		if !readable(w, name) {
			replace(w, name)
		}
	}
}

func readable(w app.BrowserWindow, name string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w.Get("Reflect").Call("get", w.JSValue(), name)
	return true
}

func replace(w app.BrowserWindow, name string) {
	defer func() { recover() }() // a storage that cannot be replaced stays as it is
	w.Get("Object").Call("defineProperty", w.JSValue(), name, map[string]any{"value": memoryStorage(w), "configurable": true})
}

// memoryStorage is a Storage-like object that keeps its items in Go.
func memoryStorage(w app.BrowserWindow) app.Value {
	items := map[string]string{}
	var keys []string
	obj := w.Get("Object").New()
	obj.Set("length", 0)
	method := func(name string, f func(args []app.Value) any) {
		obj.Set(name, app.FuncOf(func(this app.Value, args []app.Value) any { return f(args) }))
	}
	arg := func(args []app.Value, i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return "undefined"
	}
	remove := func(k string) {
		if _, ok := items[k]; !ok {
			return
		}
		delete(items, k)
		for i, x := range keys {
			if x == k {
				keys = append(keys[:i], keys[i+1:]...)
				break
			}
		}
	}
	method("getItem", func(args []app.Value) any {
		if v, ok := items[arg(args, 0)]; ok {
			return v
		}
		return nil
	})
	method("setItem", func(args []app.Value) any {
		k := arg(args, 0)
		if _, ok := items[k]; !ok {
			keys = append(keys, k)
		}
		items[k] = arg(args, 1)
		obj.Set("length", len(keys))
		return nil
	})
	method("removeItem", func(args []app.Value) any {
		remove(arg(args, 0))
		obj.Set("length", len(keys))
		return nil
	})
	method("clear", func([]app.Value) any {
		items, keys = map[string]string{}, nil
		obj.Set("length", 0)
		return nil
	})
	method("key", func(args []app.Value) any {
		// go-app passes a number; String() of a number is not its digits.
		if len(args) > 0 && args[0].Type() == app.TypeNumber {
			if i := args[0].Int(); i >= 0 && i < len(keys) {
				return keys[i]
			}
		}
		return nil
	})
	return obj
}
