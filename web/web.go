// Package web embeds LaborLens's static files into the server binary: the
// committed stylesheet, icons and scripts at the top, the map's geography
// under geo/ (written by cmd/geo), and the build outputs
// (app.wasm, echarts.min.js and their .br/.gz variants) under build/.
package web

import "embed"

// FS holds the web files.
//
//go:embed *.css *.svg *.png *.txt *.js geo all:build
var FS embed.FS
