// Command wasm is LaborLens in the browser: it loads the dataset the server
// publishes, registers the routes and runs the app. Build it with
// GOOS=js GOARCH=wasm into web/build/app.wasm (see the Makefile).
package main

import (
	"runtime/debug"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The start is split into tasks (ui.Yield, the awaited fetches, the
// dataset decoded in steps, ui.Prepare): the browser counts each task's
// time over 50 ms as blocking, and Lighthouse's mobile run four times
// over; what runs before the first yield shares the task of Go's runtime
// and package initialisers.
func main() {
	if inWarmWorker() {
		warm()
		return
	}
	// The dataset's request goes out first and travels meanwhile.
	dataURL := app.Window().URL().ResolveReference(ui.DatasetURL()).String()
	data := app.Window().Call("fetch", dataURL)
	ui.Yield()
	// Before go-app starts: it reads localStorage, which throws in a
	// sandboxed embed.
	ui.GuardStorage()
	lang, inURL := loadLanguage()
	// No collection while the dataset is decoded: what it allocates is
	// all kept, and at 100,000 events the cycles the growing heap set off
	// took ~350 ms of the start. One cycle then, of the whole heap.
	gc := debug.SetGCPercent(-1)
	d, err := loadDataset(dataURL, data)
	debug.SetGCPercent(gc)
	ui.SetLanguage(<-lang, inURL)
	if err != nil {
		// The prerendered page stays as it is, with a notice saying why.
		ui.DatasetUnavailable(err)
		return
	}
	ui.SetDataset(d)
	ui.Yield()
	// The visitor's own file, if they kept one on this device.
	ui.RestoreKept()
	ui.Prepare()
	ui.Routes()
	app.RunWhenOnBrowser()
}

// loadLanguage starts loading the interface's language: the URL's lang,
// else the first of the browser's preferred languages LaborLens has,
// which is then written into the URL (so that links and a shared address
// keep it). A catalogue that cannot be loaded leaves the app in English.
func loadLanguage() (printer <-chan *i18n.Printer, inURL bool) {
	out := make(chan *i18n.Printer, 1)
	u := app.Window().URL()
	lang := ui.LangOf(u.Query())
	inURL = lang != ""
	if !inURL {
		var prefs []string
		if ls := app.Window().Get("navigator").Get("languages"); ls.Truthy() {
			for i := 0; i < ls.Length(); i++ {
				prefs = append(prefs, ls.Index(i).String())
			}
		}
		lang = ui.Preferred(prefs)
		if lang != i18n.Default {
			q := u.Query()
			q.Set(ui.LangParam, lang)
			u.RawQuery = q.Encode()
			app.Window().Get("history").Call("replaceState", app.Window().Get("history").Get("state"), "", u.String())
		}
	}
	if lang == i18n.Default {
		out <- i18n.EnglishPrinter
		return out, inURL
	}
	go func() {
		c, err := loadCatalog(lang)
		if err != nil {
			app.Log("LaborLens: the interface stays in English:", err)
			out <- i18n.EnglishPrinter
			return
		}
		ui.KeepCatalogOffline(lang)
		out <- i18n.New(c)
	}()
	return out, inURL
}

func loadCatalog(lang string) (*i18n.Catalog, error) {
	b, err := fetchBytes(app.Window().URL().ResolveReference(ui.CatalogURL(lang)).String())
	if err != nil {
		return nil, err
	}
	return i18n.Parse(lang, string(b))
}

// loadDataset reads and decodes the dataset the server published at
// ui.DatasetURL, url, whose fetch promise stands for, a task per step. The
// service worker caches it, so this works offline too.
func loadDataset(url string, promise app.Value) (*dataset.Dataset, error) {
	b, err := fetched(url, promise)
	if err != nil {
		return nil, err
	}
	return dataset.DecodeOwnedInSteps(ui.DatasetFile, b, ui.Yield) // b is not used again
}
