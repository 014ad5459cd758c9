// Package report computes the figures `make data-report` prints about a
// dataset: counts by kind, country and year, how many participant figures
// say who counted, how many events cite two or more sources, and how much
// of a list of peer-dataset actions the dataset covers.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
)

// Figures are a dataset's figures.
type Figures struct {
	Events, Organizations, Facilities int
	ByKind, ByCountry, ByYear         []Count
	International                     int // events coordinated across countries

	Figures, CountedBy     int // participant figures, and those with counted_by
	TwoSources             int // events with two or more sources
	NeedTwo, NeedTwoHave   int // events that need two sources (1,000+ participants, elections, rulings and other regulators' actions, lawsuits, laws), and those that have them
	Elections, WithTally   int // union elections, and those with votes for or against
	PlacePrecision, Region int // events with place_precision, with region

	OneSource, NoTally []string // ids of the events that need two sources and have one, and of the elections without a tally
}

// Count is a label and its number of events.
type Count struct {
	Label string
	N     int
}

// needsTwo reports whether an event must cite two independent sources:
// 1,000 or more participants, a union election, a ruling or other action
// of a regulator, a lawsuit or its settlement, a law.
func needsTwo(e *dataset.Event) bool {
	for _, p := range e.Participants {
		if p.Count >= 1000 {
			return true
		}
	}
	switch e.Kind {
	case dataset.UnionElection, dataset.RegulatoryAction, dataset.Lawsuit, dataset.Legislation:
		return true
	}
	return false
}

// Compute counts the figures of d.
func Compute(d *dataset.Dataset) Figures {
	f := Figures{Events: len(d.Events), Organizations: len(d.Organizations), Facilities: len(d.Facilities)}
	kinds, countries, years := map[string]int{}, map[string]int{}, map[string]int{}
	for i := range d.Events {
		e := &d.Events[i]
		kinds[e.Kind.Label()]++
		seen := map[string]bool{}
		for _, c := range e.Countries {
			if !seen[c] {
				seen[c] = true
				countries[c]++
			}
		}
		if e.International {
			f.International++
		}
		years[strconv.Itoa(e.Date.Year)]++
		for _, p := range e.Participants {
			f.Figures++
			if p.CountedBy != "" {
				f.CountedBy++
			}
		}
		two := len(e.Sources) >= 2
		if two {
			f.TwoSources++
		}
		if needsTwo(e) {
			f.NeedTwo++
			if two {
				f.NeedTwoHave++
			} else {
				f.OneSource = append(f.OneSource, e.ID)
			}
		}
		if e.Kind == dataset.UnionElection {
			f.Elections++
			if el := e.Election; el != nil && (el.VotesFor != nil || el.VotesAgainst != nil) {
				f.WithTally++
			} else {
				f.NoTally = append(f.NoTally, e.ID)
			}
		}
		if e.Precision != "" {
			f.PlacePrecision++
		}
		if e.Region != "" {
			f.Region++
		}
	}
	f.ByKind, f.ByCountry = byCount(kinds), byCount(countries)
	f.ByYear = byLabel(years)
	return f
}

// byCount lists the counts, largest first, ties by label.
func byCount(m map[string]int) []Count {
	l := byLabel(m)
	slices.SortStableFunc(l, func(a, b Count) int { return cmp.Compare(b.N, a.N) })
	return l
}

// byLabel lists the counts by label.
func byLabel(m map[string]int) []Count {
	l := make([]Count, 0, len(m))
	for k, n := range m {
		l = append(l, Count{k, n})
	}
	slices.SortFunc(l, func(a, b Count) int { return cmp.Compare(a.Label, b.Label) })
	return l
}

// share writes "n of total (p%)".
func share(n, total int) string {
	if total == 0 {
		return fmt.Sprintf("%d of %d", n, total)
	}
	return fmt.Sprintf("%s of %s (%.0f%%)", format.Thousands(n), format.Thousands(total), 100*float64(n)/float64(total))
}

func list(l []Count) string {
	parts := make([]string, len(l))
	for i, c := range l {
		parts[i] = c.Label + " " + strconv.Itoa(c.N)
	}
	return strings.Join(parts, ", ")
}

// Write prints the figures for people, one figure a line.
func (f Figures) Write(w io.Writer) {
	fmt.Fprintf(w, "events: %d (organizations %d, facilities %d)\n", f.Events, f.Organizations, f.Facilities)
	fmt.Fprintf(w, "by kind: %s\n", list(f.ByKind))
	fmt.Fprintf(w, "by country (an event in several counts in each): %s; international %d\n", list(f.ByCountry), f.International)
	fmt.Fprintf(w, "by year: %s\n", list(f.ByYear))
	fmt.Fprintf(w, "participant figures with counted_by: %s\n", share(f.CountedBy, f.Figures))
	fmt.Fprintf(w, "events with two or more sources: %s\n", share(f.TwoSources, f.Events))
	fmt.Fprintf(w, "events that need two sources (1,000+ participants, union elections, rulings and regulators' actions, lawsuits, laws) with two or more: %s\n", share(f.NeedTwoHave, f.NeedTwo))
	for _, id := range f.OneSource {
		fmt.Fprintf(w, "  one source: %s\n", id)
	}
	fmt.Fprintf(w, "union elections with a tally (votes for or against): %s\n", share(f.WithTally, f.Elections))
	for _, id := range f.NoTally {
		fmt.Fprintf(w, "  no tally: %s\n", id)
	}
	fmt.Fprintf(w, "events with place_precision: %s; with region: %s\n", share(f.PlacePrecision, f.Events), share(f.Region, f.Events))
}
