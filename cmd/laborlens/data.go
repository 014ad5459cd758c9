package main

import (
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

// loadDataset reads the dataset at path, or the shipped one when path is "".
func loadDataset(path string) (*dataset.Dataset, error) {
	if path == "" {
		return embed.Dataset()
	}
	return dataset.ParseFile(path)
}
