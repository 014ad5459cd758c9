// Package app holds LaborLens's user interface: the go-app components, one
// per file and named for what they show, and the route table. The same code
// prerenders pages on the server and runs in the browser as WebAssembly.
//
// Components hold view state only. The dataset they show is set once with
// SetDataset, and what the visitor is looking at is read from the URL.
package app
