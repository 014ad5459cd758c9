// Package geo holds LaborLens's geography: the country and US state shapes
// the map draws (converted from the world-atlas and us-atlas TopoJSON files,
// public domain, by cmd/geo), a point-in-polygon test over them, and the
// US state an event took place in.
//
// It is plain Go, without syscall/js, so the same code runs natively in
// tests and in the browser.
package geo
