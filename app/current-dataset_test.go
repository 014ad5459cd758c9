package app

import (
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// A second SetDataset must not leave searches running on the first
// dataset's index.
func TestSearchFollowsSetDataset(t *testing.T) {
	first := dataset.Synthetic(20, 1)
	second := dataset.Synthetic(35, 2)
	defer SetDataset(data)

	SetDataset(first)
	if n := searchIndex().Search(query.State{}).Total; n != len(first.Events) {
		t.Fatalf("first dataset: %d events found, want %d", n, len(first.Events))
	}
	SetDataset(second)
	if n := searchIndex().Search(query.State{}).Total; n != len(second.Events) {
		t.Fatalf("after SetDataset(second): %d events found, want %d", n, len(second.Events))
	}
}
