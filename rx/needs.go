package rx

import (
	"slices"
	"strings"
)

// needs returns literals of which every match of alts contains one, or nil
// if there are none to be sure of: a cheap test before matching.
func needs(alts [][]*node) []string {
	var all []string
	for _, seq := range alts {
		l := seqNeeds(seq)
		if l == nil {
			return nil
		}
		all = append(all, l...)
	}
	return all
}

// seqNeeds picks, of the literal runs and required groups of seq, the one
// whose shortest literal is longest.
func seqNeeds(seq []*node) []string {
	var best []string
	shortest := func(l []string) int { return len(slices.MinFunc(l, func(a, b string) int { return len(a) - len(b) })) }
	consider := func(l []string) {
		if l != nil && (best == nil || shortest(l) > shortest(best)) {
			best = l
		}
	}
	var run strings.Builder
	for _, n := range seq {
		if n.op == opLit && n.min == 1 && n.max == 1 {
			run.WriteRune(n.r)
			continue
		}
		if run.Len() > 0 {
			consider([]string{run.String()})
			run.Reset()
		}
		switch {
		case n.min == 0:
		case n.op == opLit:
			consider([]string{string(n.r)})
		case n.op == opGroup:
			consider(needs(n.alts))
		}
	}
	if run.Len() > 0 {
		consider([]string{run.String()})
	}
	return best
}

// mayMatch reports whether s contains one of the literals every match needs.
func (re *Regexp) mayMatch(s string) bool {
	return re.needs == nil || slices.ContainsFunc(re.needs, func(l string) bool { return strings.Contains(s, l) })
}
