//go:build !wasm

package embed

import "github.com/laborlens/laborlens/dataset"

func changes(prev dataset.Snapshot, d *dataset.Dataset) *dataset.Changes {
	return dataset.Diff(prev, d)
}
