package query

import "slices"

// sortPtrs is slices.SortFunc through pointers: the generic sort is
// compiled once for every element type's layout (about 20 kB of raw wasm
// for each struct type), while every pointer sort shares one copy. The
// order is the one slices.SortFunc gives: the same comparisons, on the same
// input. It allocates twice, so it is for sorts off the typing path: the
// facet lists' sort per keystroke stays generic (through pointers it was
// 10-15% slower in BenchmarkKeystroke).
func sortPtrs[T any](l []T, cmp func(a, b *T) int) {
	ps := make([]*T, len(l))
	for i := range l {
		ps[i] = &l[i]
	}
	slices.SortFunc(ps, cmp)
	out := make([]T, len(l))
	for i, p := range ps {
		out[i] = *p
	}
	copy(l, out)
}
