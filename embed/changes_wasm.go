//go:build wasm

package embed

import "github.com/laborlens/laborlens/dataset"

// changes is nil in a wasm build: the release's hashing is server-side
// (dataset/release.go), and the browser decodes the Changes the server
// computed with the rest of dataset.bin. Only the wasm tests under node,
// which never look at Changes, embed the dataset there.
func changes(dataset.Snapshot, *dataset.Dataset) *dataset.Changes { return nil }
