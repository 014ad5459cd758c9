// Command wasm is LaborLens in the browser: it loads the dataset the server
// publishes, registers the routes and runs the app. Build it with
// GOOS=js GOARCH=wasm into web/build/app.wasm (see the Makefile).
package main

import (
	"fmt"
	"io"
	"net/http"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	d, err := fetchDataset()
	if err != nil {
		// The prerendered page stays readable; say why it is not interactive.
		app.Log(err)
	}
	ui.SetDataset(d)
	ui.Routes()
	app.RunWhenOnBrowser()
}

// fetchDataset loads the dataset the server published at ui.DatasetPath.
// The service worker caches it, so this works offline too.
func fetchDataset() (*dataset.Dataset, error) {
	res, err := http.Get(app.Window().URL().ResolveReference(ui.DatasetURL()).String())
	if err != nil {
		return nil, fmt.Errorf("loading the dataset: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("loading the dataset: %s", res.Status)
	}
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("loading the dataset: %w", err)
	}
	return dataset.Decode(b)
}
