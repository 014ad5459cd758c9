package view

import (
	"cmp"
	"sort"

	"github.com/laborlens/laborlens/dataset"
)

// Stats sums up a list of events, as an organization's or a facility's
// page shows them.
type Stats struct {
	Count         int
	First, Latest dataset.Date
	ByKind        []KindCount // most events first, ties by kind
}

// KindCount is how many events are of one kind.
type KindCount struct {
	Kind  dataset.Kind
	Count int
}

// StatsOf sums up events given oldest first.
func StatsOf(events []*dataset.Event) Stats {
	if len(events) == 0 {
		return Stats{}
	}
	counts := map[dataset.Kind]int{}
	for _, e := range events {
		counts[e.Kind]++
	}
	s := Stats{Count: len(events), First: events[0].Date, Latest: events[len(events)-1].Date}
	for k, n := range counts {
		s.ByKind = append(s.ByKind, KindCount{k, n})
	}
	k := s.ByKind
	sort.Slice(k, func(i, j int) bool {
		return cmp.Or(cmp.Compare(k[j].Count, k[i].Count), cmp.Compare(k[i].Kind, k[j].Kind)) < 0
	})
	return s
}
