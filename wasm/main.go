// Command wasm is LaborLens in the browser: it loads the dataset the server
// publishes, registers the routes and runs the app. Build it with
// GOOS=js GOARCH=wasm into web/build/app.wasm (see the Makefile).
package main

import (
	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// Before go-app starts: it reads localStorage, which throws in a
	// sandboxed embed.
	ui.GuardStorage()
	d, err := loadDataset()
	if err != nil {
		// The prerendered page stays as it is, with a notice saying why.
		ui.DatasetUnavailable(err)
		return
	}
	ui.SetDataset(d)
	ui.Routes()
	app.RunWhenOnBrowser()
}

// loadDataset fetches and decodes the dataset the server published at
// ui.DatasetURL. The service worker caches it, so this works offline too.
func loadDataset() (*dataset.Dataset, error) {
	b, err := fetchBytes(app.Window().URL().ResolveReference(ui.DatasetURL()).String())
	if err != nil {
		return nil, err
	}
	return dataset.DecodeFile(ui.DatasetFile, b)
}
