package app

import "github.com/laborlens/laborlens/dataset"

// data is the dataset every component reads. It is set once, before the
// first render, and never written again.
var data = &dataset.Dataset{}

// SetDataset makes d the dataset the app shows. Call it before serving or
// running the app.
func SetDataset(d *dataset.Dataset) {
	if d != nil {
		data = d
	}
}

// Dataset returns the dataset the app shows.
func Dataset() *dataset.Dataset { return data }
