// Package rx is a small backtracking regular expression matcher for the
// few patterns LaborLens's browser code needs (routes, outcome rules, CSV
// dates, embed options). Go's regexp package, with regexp/syntax and the
// Unicode tables it brings, is ~90 kB of brotli in the wasm; this is a few.
//
// It reads the subset of Go's RE2 syntax those patterns use, and matches
// as Go's regexp does (leftmost-first, ASCII \b \d \s \w, $ at the end of
// the text only, . not matching a newline): literals and escaped
// punctuation, ., classes with ranges and negation, \d \D \s \S \w \W,
// ^ $ \b \B, groups ( ) and (?: ), |, the quantifiers * + ? {n} {n,}
// {n,m} (and lazy forms), and a leading (?i). Anything else is refused by
// Compile. Backtracking is exponential in the worst case: it is meant for
// the program's own patterns over short texts, not for patterns from
// visitors, and a search stops after a budget of steps (2^20), reporting
// no match, so that no text can hold the browser's thread for long.
package rx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type op uint8

const (
	opLit    op = iota // one rune
	opClass            // a character class
	opAny              // . (not \n)
	opBegin            // ^
	opEnd              // $
	opWord             // \b
	opNoWord           // \B
	opGroup            // ( ), (?: ): alternatives
)

// A node is one term of a sequence, repeated min to max times (max -1:
// unbounded).
type node struct {
	op       op
	r        rune
	class    []rune // pairs of inclusive bounds
	negate   bool
	cap      int // opGroup: capture index, or -1
	alts     [][]*node
	min, max int
	lazy     bool
}

// Regexp is a compiled pattern. It is safe for concurrent use.
type Regexp struct {
	expr  string
	fold  bool
	ncap  int // capture groups, the whole match not counted
	alts  [][]*node
	needs []string // every match contains one of these; nil if unknown
}

// MustCompile is Compile, panicking on a pattern it cannot read.
func MustCompile(expr string) *Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic(err)
	}
	return re
}

// Compile reads expr.
func Compile(expr string) (*Regexp, error) {
	p := parser{src: expr}
	re := &Regexp{expr: expr}
	if strings.HasPrefix(p.src, "(?i)") {
		re.fold, p.pos = true, 4
	}
	alts, err := p.alternation()
	if err != nil {
		return nil, fmt.Errorf("rx: %q: %w", expr, err)
	}
	if p.pos < len(p.src) {
		return nil, fmt.Errorf("rx: %q: unexpected ) at %d", expr, p.pos)
	}
	re.alts, re.ncap = alts, p.ncap
	if !re.fold {
		re.needs = needs(alts)
	}
	return re, nil
}

// String is the pattern the Regexp was compiled from.
func (re *Regexp) String() string { return re.expr }

type parser struct {
	src  string
	pos  int
	ncap int
}

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() byte { return p.src[p.pos] }

func (p *parser) alternation() ([][]*node, error) {
	var alts [][]*node
	for {
		seq, err := p.sequence()
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		if !p.more() || p.peek() != '|' {
			return alts, nil
		}
		p.pos++
	}
}

func (p *parser) sequence() ([]*node, error) {
	var seq []*node
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		n, err := p.term()
		if err != nil {
			return nil, err
		}
		if err := p.quantifier(n); err != nil {
			return nil, err
		}
		seq = append(seq, n)
	}
	return seq, nil
}

func (p *parser) term() (*node, error) {
	n := &node{min: 1, max: 1, cap: -1}
	c := p.peek()
	switch c {
	case '(':
		p.pos++
		if strings.HasPrefix(p.src[p.pos:], "?:") {
			p.pos += 2
		} else if p.more() && p.peek() == '?' {
			return nil, fmt.Errorf("unsupported group at %d", p.pos)
		} else {
			p.ncap++
			n.cap = p.ncap
		}
		alts, err := p.alternation()
		if err != nil {
			return nil, err
		}
		if !p.more() || p.peek() != ')' {
			return nil, fmt.Errorf("missing ) at %d", p.pos)
		}
		p.pos++
		n.op, n.alts = opGroup, alts
	case '[':
		return n, p.class(n)
	case '.':
		p.pos++
		n.op = opAny
	case '^':
		p.pos++
		n.op = opBegin
	case '$':
		p.pos++
		n.op = opEnd
	case '\\':
		return n, p.escape(n, false)
	case '*', '+', '?', '{':
		return nil, fmt.Errorf("missing argument to repetition operator at %d", p.pos)
	default:
		r, w := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += w
		n.op, n.r = opLit, r
	}
	return n, nil
}

var perlClasses = map[byte][]rune{
	'd': {'0', '9'},
	's': {'\t', '\n', '\f', '\r', ' ', ' '},
	'w': {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
}

// escape reads a backslash escape into n; in a class only characters and
// \d \s \w are allowed.
func (p *parser) escape(n *node, inClass bool) error {
	if p.pos+1 >= len(p.src) {
		return fmt.Errorf("trailing \\")
	}
	c := p.src[p.pos+1]
	p.pos += 2
	lower := c | 0x20
	switch {
	case perlClasses[lower] != nil:
		n.op, n.class, n.negate = opClass, perlClasses[lower], c != lower
		if inClass && n.negate {
			return fmt.Errorf("\\%c in a class is not supported", c)
		}
	case c == 'b' && !inClass:
		n.op = opWord
	case c == 'B' && !inClass:
		n.op = opNoWord
	case c == 'n':
		n.op, n.r = opLit, '\n'
	case c == 't':
		n.op, n.r = opLit, '\t'
	case c < utf8.RuneSelf && !isAlnum(c):
		n.op, n.r = opLit, rune(c)
	default:
		return fmt.Errorf("unsupported escape \\%c", c)
	}
	return nil
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (p *parser) class(n *node) error {
	start := p.pos
	p.pos++ // [
	n.op = opClass
	if p.more() && p.peek() == '^' {
		n.negate = true
		p.pos++
	}
	for first := true; ; first = false {
		if !p.more() {
			return fmt.Errorf("missing ] for the class at %d", start)
		}
		if p.peek() == ']' && !first {
			p.pos++
			return nil
		}
		lo, err := p.classRune(n)
		if err != nil {
			return err
		}
		if lo < 0 {
			continue // a Perl class, added
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			if hi, err = p.classRune(n); err != nil {
				return err
			}
			if hi < lo {
				return fmt.Errorf("invalid class range at %d", p.pos)
			}
		}
		n.class = append(n.class, lo, hi)
	}
}

// classRune reads one character of a class, or adds a Perl class to n and
// returns -1.
func (p *parser) classRune(n *node) (rune, error) {
	if p.peek() == '\\' {
		var e node
		if err := p.escape(&e, true); err != nil {
			return 0, err
		}
		if e.op == opClass {
			n.class = append(n.class, e.class...)
			return -1, nil
		}
		return e.r, nil
	}
	r, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	return r, nil
}

func (p *parser) quantifier(n *node) error {
	if !p.more() {
		return nil
	}
	switch p.peek() {
	case '*':
		n.min, n.max = 0, -1
	case '+':
		n.min, n.max = 1, -1
	case '?':
		n.min, n.max = 0, 1
	case '{':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return fmt.Errorf("missing } at %d", p.pos)
		}
		lo, hi, comma := strings.Cut(p.src[p.pos+1:p.pos+end], ",")
		var err error
		if n.min, err = strconv.Atoi(lo); err != nil {
			return fmt.Errorf("invalid repeat count at %d", p.pos)
		}
		switch {
		case !comma:
			n.max = n.min
		case hi == "":
			n.max = -1
		default:
			if n.max, err = strconv.Atoi(hi); err != nil || n.max < n.min {
				return fmt.Errorf("invalid repeat count at %d", p.pos)
			}
		}
		p.pos += end
	default:
		return nil
	}
	if n.op == opBegin || n.op == opEnd || n.op == opWord || n.op == opNoWord {
		return fmt.Errorf("repetition of an empty-width assertion at %d", p.pos)
	}
	p.pos++
	if p.more() && p.peek() == '?' {
		n.lazy = true
		p.pos++
	}
	if p.more() && strings.IndexByte("*+?{", p.peek()) >= 0 {
		return fmt.Errorf("invalid nested repetition operator at %d", p.pos)
	}
	return nil
}

// QuoteMeta escapes every metacharacter of s, as regexp.QuoteMeta does.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
