// Package embed ships LaborLens's own dataset inside the binary. The file
// is validated when the server starts and by the tests, so a broken dataset
// fails `make build` and `make test` with the file, record and field named.
package embed

import (
	_ "embed"

	"github.com/laborlens/laborlens/dataset"
)

// Name is the dataset file's path in the repository, used in messages.
const Name = "embed/dataset.json"

// Data is the shipped dataset file as it is.
//
//go:embed dataset.json
var Data []byte

// Dataset parses and validates the shipped dataset.
func Dataset() (*dataset.Dataset, error) {
	return dataset.Parse(Name, Data)
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
