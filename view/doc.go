// Package view holds the view models of LaborLens's pages: what a page
// shows, derived from the dataset and the URL, in plain Go that `go test`
// runs natively. The components in package app only turn these into
// elements and events into URL changes.
package view
