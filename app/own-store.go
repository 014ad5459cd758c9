package app

import (
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The visitor's own file, when they choose "Keep this dataset on this
// device", is stored in IndexedDB: the service worker clears other
// releases' Cache API caches, not IndexedDB. Only the file's name and
// bytes are stored, under one key; "Forget it" deletes them.
const (
	ownDB    = "laborlens-own-data"
	ownStore = "files"
	ownKey   = "dataset"
)

// idb waits for an IndexedDB request (or, with event "complete", a
// transaction) to finish. Call it from a goroutine, as Await.
func idb(req app.Value, event string) (v app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("IndexedDB: %v", r)
		}
	}()
	p := app.Window().Get("Promise").New(app.FuncOf(func(_ app.Value, args []app.Value) any {
		resolve, reject := args[0], args[1]
		req.Set("on"+event, app.FuncOf(func(app.Value, []app.Value) any {
			if event == "success" {
				resolve.Invoke(req.Get("result"))
			} else {
				resolve.Invoke(nil)
			}
			return nil
		}))
		req.Set("onerror", app.FuncOf(func(app.Value, []app.Value) any {
			reject.Invoke(req.Get("error"))
			return nil
		}))
		return nil
	}))
	return Await(p)
}

// openOwnDB opens (creating it on first use) the database of kept files.
func openOwnDB() (db app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("IndexedDB: %v", r)
		}
	}()
	factory := app.Window().Get("indexedDB")
	if !factory.Truthy() {
		return nil, errors.New("this browser cannot store data (no IndexedDB)")
	}
	req := factory.Call("open", ownDB, 1)
	req.Set("onupgradeneeded", app.FuncOf(func(app.Value, []app.Value) any {
		req.Get("result").Call("createObjectStore", ownStore)
		return nil
	}))
	return idb(req, "success")
}

// withStore runs one operation on the store of kept files and waits for
// its transaction to commit.
func withStore(mode string, op func(store app.Value) app.Value) (app.Value, error) {
	db, err := openOwnDB()
	if err != nil {
		return nil, err
	}
	defer db.Call("close")
	tx := db.Call("transaction", ownStore, mode)
	// Listen for the commit before waiting for the request: the
	// transaction may complete before this goroutine runs again.
	committed := make(chan error, 1)
	if mode == "readwrite" {
		go func() {
			_, err := idb(tx, "complete")
			committed <- err
		}()
	} else {
		committed <- nil
	}
	req := op(tx.Call("objectStore", ownStore))
	v, err := idb(req, "success")
	if err != nil {
		return nil, err
	}
	if err := <-committed; err != nil {
		return nil, err
	}
	return v, nil
}

// keepFile stores the visitor's file on this device.
func keepFile(name string, b []byte) error {
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	_, err := withStore("readwrite", func(s app.Value) app.Value {
		return s.Call("put", map[string]any{"name": name, "bytes": arr}, ownKey)
	})
	return err
}

// forgetFile deletes the kept file.
func forgetFile() error {
	_, err := withStore("readwrite", func(s app.Value) app.Value { return s.Call("delete", ownKey) })
	return err
}

// keptFile returns the kept file, if there is one.
func keptFile() (name string, b []byte, ok bool, err error) {
	v, err := withStore("readonly", func(s app.Value) app.Value { return s.Call("get", ownKey) })
	if err != nil || v == nil || !v.Truthy() {
		return "", nil, false, err
	}
	return v.Get("name").String(), Bytes(v.Get("bytes")), true, nil
}

// RestoreKept shows the file the visitor kept on this device, if any,
// instead of the published dataset. The wasm calls it before the app
// runs, except in embeds: an embed on another site shows the published
// data. A kept file that no longer opens (a new release with stricter
// rules) is left stored and the published dataset shown.
func RestoreKept() {
	if app.IsServer || embedPath.MatchString(app.Window().URL().Path) {
		return
	}
	name, b, ok, err := keptFile()
	if err != nil {
		app.Log("reading the kept dataset:", err)
	}
	if !ok {
		return
	}
	if _, err := OpenLocal(name, b, true); err != nil {
		app.Log("the kept dataset", name, "no longer opens:", strings.SplitN(err.Error(), "\n", 2)[0])
		return
	}
	pendingFile = b
}
