package rx

import (
	"unicode"
	"unicode/utf8"
)

// budget bounds the steps (terms tried at a position) of one call that
// matches: backtracking is exponential in the worst case, and a match that
// needs more steps than this reports no match rather than hold the
// browser's only thread. The program's own patterns need far fewer on
// texts within the dataset's limits (TestProgramPatternsStayWithinBudget).
const budget = 1 << 20

// A machine is one search: the text, the capture positions and the steps
// left.
type machine struct {
	re    *Regexp
	s     string
	caps  []int
	steps int
}

func (re *Regexp) machine(s string) *machine {
	return &machine{re: re, s: s, caps: make([]int, 2*(re.ncap+1)), steps: budget}
}

// at matches at pos and returns the capture positions ([0:2] the whole
// match), or nil.
func (m *machine) at(pos int) []int {
	for i := range m.caps {
		m.caps[i] = -1
	}
	end := -1
	// A path that ran out of steps is no match, even where what is left of
	// the pattern would accept.
	if m.alts(m.re.alts, pos, func(p int) bool { end = p; return m.steps >= 0 }) {
		m.caps[0], m.caps[1] = pos, end
		return m.caps
	}
	return nil
}

// find returns the capture positions of the leftmost match at or after
// pos, or nil.
func (re *Regexp) find(s string, pos int) []int {
	c, _ := re.findCounted(s, pos)
	return c
}

// findCounted is find, also giving the steps it took.
func (re *Regexp) findCounted(s string, pos int) ([]int, int) {
	if !re.mayMatch(s[pos:]) {
		return nil, 0
	}
	m := re.machine(s)
	for ; pos <= len(s) && m.steps > 0; pos++ {
		if c := m.at(pos); c != nil {
			return c, budget - m.steps
		}
		if pos < len(s) && s[pos] >= utf8.RuneSelf {
			_, w := utf8.DecodeRuneInString(s[pos:])
			pos += w - 1
		}
	}
	return nil, budget - max(m.steps, 0)
}

func (m *machine) alts(alts [][]*node, pos int, k func(int) bool) bool {
	for _, seq := range alts {
		if m.seq(seq, pos, k) {
			return true
		}
	}
	return false
}

func (m *machine) seq(seq []*node, pos int, k func(int) bool) bool {
	if len(seq) == 0 {
		return k(pos)
	}
	return m.repeat(seq[0], 0, pos, -1, func(p int) bool { return m.seq(seq[1:], p, k) })
}

// repeat matches n after it has matched count times, the last of them
// starting at prev.
func (m *machine) repeat(n *node, count, pos, prev int, k func(int) bool) bool {
	more := (n.max < 0 || count < n.max) && (count < n.min || pos != prev) // an empty iteration ends the loop
	if count >= n.min && (n.lazy || !more) {
		if k(pos) {
			return true
		}
		if !more {
			return false
		}
	}
	if more && m.one(n, pos, func(p int) bool { return m.repeat(n, count+1, p, pos, k) }) {
		return true
	}
	return count >= n.min && !n.lazy && k(pos)
}

// one matches n once at pos.
func (m *machine) one(n *node, pos int, k func(int) bool) bool {
	if m.steps--; m.steps < 0 {
		return false
	}
	s := m.s
	switch n.op {
	case opGroup:
		if n.cap < 0 {
			return m.alts(n.alts, pos, k)
		}
		i := 2 * n.cap
		old0, old1 := m.caps[i], m.caps[i+1]
		if m.alts(n.alts, pos, func(p int) bool {
			o0, o1 := m.caps[i], m.caps[i+1]
			m.caps[i], m.caps[i+1] = pos, p
			if k(p) {
				return true
			}
			m.caps[i], m.caps[i+1] = o0, o1
			return false
		}) {
			return true
		}
		m.caps[i], m.caps[i+1] = old0, old1
		return false
	case opBegin:
		return pos == 0 && k(pos)
	case opEnd:
		return pos == len(s) && k(pos)
	case opWord, opNoWord:
		b := isWord(s, pos-1) != isWord(s, pos)
		return b == (n.op == opWord) && k(pos)
	}
	if pos >= len(s) {
		return false
	}
	r, w := rune(s[pos]), 1
	if r >= utf8.RuneSelf {
		r, w = utf8.DecodeRuneInString(s[pos:])
	}
	var ok bool
	switch n.op {
	case opLit:
		ok = r == n.r || m.re.fold && folds(r, func(f rune) bool { return f == n.r })
	case opAny:
		ok = r != '\n'
	case opClass:
		ok = inClass(n.class, r) || m.re.fold && folds(r, func(f rune) bool { return inClass(n.class, f) })
		ok = ok != n.negate
	}
	return ok && k(pos+w)
}

func isWord(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return isAlnum(c) || c == '_'
}

func inClass(class []rune, r rune) bool {
	for i := 0; i < len(class); i += 2 {
		if class[i] <= r && r <= class[i+1] {
			return true
		}
	}
	return false
}

// folds reports whether any other rune of r's case-folding orbit satisfies f.
func folds(r rune, f func(rune) bool) bool {
	for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
		if f(o) {
			return true
		}
	}
	return false
}

// MatchString reports whether s contains a match of re.
func (re *Regexp) MatchString(s string) bool { return re.find(s, 0) != nil }

// FindStringSubmatch returns the leftmost match and its groups' texts ("" for a
// group that took no part), or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	c := re.find(s, 0)
	if c == nil {
		return nil
	}
	out := make([]string, len(c)/2)
	for i := range out {
		if c[2*i] >= 0 {
			out[i] = s[c[2*i]:c[2*i+1]]
		}
	}
	return out
}

// FindSubmatch is FindStringSubmatch on bytes: nil for a group that took
// no part.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	c := re.find(string(b), 0)
	if c == nil {
		return nil
	}
	out := make([][]byte, len(c)/2)
	for i := range out {
		if c[2*i] >= 0 {
			out[i] = b[c[2*i]:c[2*i+1]:c[2*i+1]]
		}
	}
	return out
}

// Split cuts s at each match of re, as regexp's Split does: n < 0 for all
// the pieces, else at most n.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	var out []string
	beg, end := 0, 0
	for pos, prevEnd := 0, -1; pos <= len(s); {
		c := re.find(s, pos)
		if c == nil {
			break
		}
		accept := true
		if c[1] == pos {
			// An empty match right after the previous one does not count;
			// either way the search moves on by one character.
			if c[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = c[1]
		}
		prevEnd = c[1]
		if !accept {
			continue
		}
		if n > 0 && len(out) == n-1 {
			break
		}
		end = c[0]
		if c[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = c[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
