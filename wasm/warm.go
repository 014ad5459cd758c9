package main

import (
	"fmt"

	ui "github.com/laborlens/laborlens/app"
	"github.com/laborlens/laborlens/dataset"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// inWarmWorker reports whether this program runs in the warm-up worker
// (web/warm.js), which sets laborlensWarmWorker before running it.
func inWarmWorker() bool { return app.Window().Get("laborlensWarmWorker").Truthy() }

// warmDataBytes bounds the dataset the warm-up worker decodes, some six
// times the shipped one's 0.7 MB: the page waits for the worker, and a
// larger dataset's decoding costs more time than compiling its code
// saves, so the worker warms up on no events instead.
const warmDataBytes = 4 << 20

// warm is main in the warm-up worker: the page's start, the same
// functions on the same data, so that the browser has compiled them when
// the page runs this module (see ui.WarmOffThread). The worker gives the
// page's address as its location and go-app's environment, so the
// dataset's URL is the page's: the worker's request is the one that
// transfers it, and the HTTP cache (or the service worker) answers the
// page's. What fails is reported to the worker, which tells the page; the
// page starts either way.
func warm() {
	defer func() {
		if r := recover(); r != nil {
			app.Window().Set("laborlensWarmError", fmt.Sprint(r))
		}
	}()
	page := app.Window().URL()
	dataURL := page.ResolveReference(ui.DatasetURL()).String()
	b, err := fetched(dataURL, app.Window().Call("fetch", dataURL))
	d := &dataset.Dataset{}
	if err == nil && len(b) <= warmDataBytes {
		d, err = dataset.DecodeOwnedInSteps(ui.DatasetFile, b, ui.Yield)
	}
	if err == nil {
		ui.SetDataset(d)
		err = ui.WarmOffThread(page)
	}
	if err != nil {
		app.Window().Set("laborlensWarmError", err.Error())
	}
}
