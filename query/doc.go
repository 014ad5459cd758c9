// Package query is the query layer of the LaborLens explorer: what the
// visitor is looking at (State, kept in the URL's query string), how an
// event's free-text outcome is sorted into a coarse category (package outcome),
// and the search itself (Index): typo-tolerant, word-by-word text search
// ranked by field, filters combined by facet, facet counts by the
// disjunctive rule, and the marks to highlight what matched.
//
// The UI calls Search on every keystroke, so the Index is built for it:
// every field of every event is folded once into a sorted vocabulary with
// postings lists; a query word is matched against the vocabulary, not the
// events; the hits of recent words and word combinations are cached; and
// the index is made of flat integer arrays that the garbage collector
// does not need to scan.
//
// The package is plain Go, compiled into the wasm app and tested natively.
package query
