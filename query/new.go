package query

// SetNew marks the events with the given ids as new since the visitor's
// last visit: State.New keeps only them. The browser works them out (see
// package visit); the server never knows, so there State.New matches
// nothing. Call it before searching, not while a search runs.
func (ix *Index) SetNew(ids []string) {
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	ix.fresh = newBits(len(ix.events))
	for i, e := range ix.events {
		if want[e.ID] {
			setBit(ix.fresh, i)
		}
	}
}
