package app

import (
	"sync"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// data is the dataset every component reads. The server sets it when it
// builds its handler (tests build several, with other datasets); the
// browser sets it once the dataset has loaded.
var data = &dataset.Dataset{}

// The search index of data, rebuilt when data changes: an index built for
// an earlier dataset would answer searches with that dataset's events.
var (
	indexMu sync.Mutex
	index   *query.Index
	indexed *dataset.Dataset // the dataset index was built from
)

// SetDataset makes d the dataset the app shows; nil keeps the current one.
func SetDataset(d *dataset.Dataset) {
	if d != nil {
		data = d
	}
}

// searchIndex returns the search index of the current dataset, built on
// first use after each SetDataset.
func searchIndex() *query.Index {
	indexMu.Lock()
	defer indexMu.Unlock()
	if index == nil || indexed != data {
		index, indexed = query.NewIndex(data), data
		if ids, _ := newSinceLastVisit(); ids != nil {
			index.SetNew(ids)
		}
	}
	return index
}

// Dataset returns the dataset the app shows.
func Dataset() *dataset.Dataset { return data }

// SearchIndex returns the index the explorer searches, for the server's
// feeds, API and oEmbed answers: they parse filters and find events
// exactly as the explorer does.
func SearchIndex() *query.Index { return searchIndex() }
