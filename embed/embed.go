// Package embed ships LaborLens's own dataset inside the binary. The file
// is validated when the server starts and by the tests, so a broken dataset
// fails `make build` and `make test` with the file, record and field named.
package embed

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/laborlens/laborlens/dataset"
)

// Name is the dataset file's path in the repository, used in messages.
const Name = "embed/dataset.json"

// Data is the shipped dataset file as it is.
//
//go:embed dataset.json
var Data []byte

// Previous is the snapshot of the previous release: its version and the
// id and content hash of each of its events (laborlens snapshot wrote it).
// Replace it with this release's snapshot when a release is made.
//
//go:embed previous.json
var Previous []byte

// Dataset parses and validates the shipped dataset, and says what it
// changed since the previous release (Changes).
func Dataset() (*dataset.Dataset, error) {
	d, err := dataset.Parse(Name, Data)
	if err != nil {
		return nil, err
	}
	var prev dataset.Snapshot
	if err := json.Unmarshal(Previous, &prev); err != nil {
		return nil, fmt.Errorf("embed/previous.json: %w", err)
	}
	d.Changes = changes(prev, d)
	return d, nil
}

// MustDataset is Dataset for tests and tools that cannot go on without
// it: make build validates the shipped file, so it does not fail there.
func MustDataset() *dataset.Dataset {
	d, err := Dataset()
	if err != nil {
		panic(err)
	}
	return d
}
