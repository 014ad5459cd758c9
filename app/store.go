package app

import (
	"sync"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// data is the dataset every component reads. It is set once, before the
// first render, and never written again.
var data = &dataset.Dataset{}

var (
	indexOnce sync.Once
	index     *query.Index
)

// SetDataset makes d the dataset the app shows. Call it once, before
// serving or running the app.
func SetDataset(d *dataset.Dataset) {
	if d != nil {
		data = d
	}
}

// Dataset returns the dataset the app shows.
func Dataset() *dataset.Dataset { return data }

// searchIndex returns the search index of the dataset, built on first use.
func searchIndex() *query.Index {
	indexOnce.Do(func() { index = query.NewIndex(data) })
	return index
}
