// Package jsontok reads JSON token by token as encoding/json's
// Decoder.Token does with UseNumber: the same tokens (Delim for [ ] { },
// string, Number, bool and nil), the same offsets (InputOffset) and the
// same syntax errors, message and offset alike (TestTokensAsEncodingJSON
// and FuzzTokens compare them). It exists so that the browser app reads
// JSON (a visitor's dataset file, its visit record) without encoding/json's
// decoder (Decoder.Token decodes every string and number through its
// reflection): with go-app's uses patched out (cmd/wasm-modules), 32 kB of
// brotli less to download.
package jsontok

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Tokens reads the tokens of one input.
type Tokens struct {
	b     []byte
	i     int   // the offset of the next byte to read
	state uint8 // what may come next, as the Decoder's tokenState
	stack []uint8
	// scanned is what encoding/json's scanner has counted: the bytes of
	// the strings, numbers and literals read, not the punctuation and
	// space between them. Its syntax errors inside a value are at that
	// count (plus the value's bytes up to the error), so ours are too.
	scanned int64
}

// Delim is one of [ ] { }.
type Delim byte

// Number is a number as it is written.
type Number string

// SyntaxError is a syntax error at Offset, as json.SyntaxError.
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// The states, as encoding/json's.
const (
	tokTop uint8 = iota
	tokArrayStart
	tokArrayValue
	tokArrayComma
	tokObjectStart
	tokObjectKey
	tokObjectColon
	tokObjectValue
	tokObjectComma
)

// New reads the tokens of b.
func New(b []byte) *Tokens { return &Tokens{b: b} }

// InputOffset is the offset just after the last token read.
func (t *Tokens) InputOffset() int64 { return int64(t.i) }

// More reports whether another element of the list or object comes.
func (t *Tokens) More() bool {
	c, ok := t.peek()
	return ok && c != ']' && c != '}'
}

// peek returns the next byte that is not space, and moves to it.
func (t *Tokens) peek() (byte, bool) {
	for i := t.i; i < len(t.b); i++ {
		switch c := t.b[i]; c {
		case ' ', '\t', '\r', '\n':
		default:
			t.i = i
			return c, true
		}
	}
	return 0, false
}

func (t *Tokens) valueAllowed() bool {
	switch t.state {
	case tokTop, tokArrayStart, tokArrayValue, tokObjectValue:
		return true
	}
	return false
}

func (t *Tokens) valueEnd() {
	switch t.state {
	case tokArrayStart, tokArrayValue:
		t.state = tokArrayComma
	case tokObjectValue:
		t.state = tokObjectComma
	}
}

// Token returns the next token; at the end of the input, nil and io.EOF.
func (t *Tokens) Token() (any, error) {
	for {
		c, ok := t.peek()
		if !ok {
			return nil, io.EOF
		}
		switch c {
		case '[', '{':
			if !t.valueAllowed() {
				return t.tokenError(c)
			}
			t.i++
			t.stack = append(t.stack, t.state)
			t.state = tokArrayStart
			if c == '{' {
				t.state = tokObjectStart
			}
			return Delim(c), nil
		case ']', '}':
			if c == ']' && t.state != tokArrayStart && t.state != tokArrayComma ||
				c == '}' && t.state != tokObjectStart && t.state != tokObjectComma {
				return t.tokenError(c)
			}
			t.i++
			t.state = t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.valueEnd()
			return Delim(c), nil
		case ':':
			if t.state != tokObjectColon {
				return t.tokenError(c)
			}
			t.i++
			t.state = tokObjectValue
		case ',':
			switch t.state {
			case tokArrayComma:
				t.state = tokArrayValue
			case tokObjectComma:
				t.state = tokObjectKey
			default:
				return t.tokenError(c)
			}
			t.i++
		default:
			key := c == '"' && (t.state == tokObjectStart || t.state == tokObjectKey)
			if !key && !t.valueAllowed() {
				return t.tokenError(c)
			}
			v, err := t.scalar()
			if err != nil {
				return nil, err
			}
			if key {
				t.state = tokObjectColon
			} else {
				t.valueEnd()
			}
			return v, nil
		}
	}
}

func (t *Tokens) tokenError(c byte) (any, error) {
	var context string // none just after "{", as encoding/json
	switch t.state {
	case tokTop, tokArrayStart, tokArrayValue, tokObjectValue:
		context = " looking for beginning of value"
	case tokArrayComma:
		context = " after array element"
	case tokObjectKey:
		context = " looking for beginning of object key string"
	case tokObjectColon:
		context = " after object key"
	case tokObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, t.InputOffset()}
}

// scalar reads the string, number or literal at t.i.
func (t *Tokens) scalar() (any, error) {
	start := t.i
	end, bad, context := scanScalar(t.b, start)
	switch {
	case context != "":
		return nil, &SyntaxError{"invalid character " + quoteChar(t.b[bad]) + " " + context, t.scanned + int64(bad-start+1)}
	case end < 0:
		return nil, io.ErrUnexpectedEOF
	}
	t.i = end
	t.scanned += int64(end - start)
	switch v := t.b[start:end]; v[0] {
	case '"':
		return unquote(v[1 : len(v)-1]), nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	case 'n':
		return nil, nil
	default:
		return Number(v), nil
	}
}

// scanScalar finds the end of the JSON string, number or literal that
// starts at b[i], with encoding/json's scanner's rules: end is -1 if the
// input ends first; context is set, and bad is the offset of the byte, if
// a byte is not allowed.
func scanScalar(b []byte, i int) (end, bad int, context string) {
	at := func(j int) (byte, bool) {
		if j < len(b) {
			return b[j], true
		}
		return 0, false
	}
	digits := func(j int) int {
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		return j
	}
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	switch c := b[i]; {
	case c == '"':
		for j := i + 1; ; j++ {
			c, ok := at(j)
			switch {
			case !ok:
				return -1, 0, ""
			case c == '"':
				return j + 1, 0, ""
			case c < 0x20:
				return 0, j, "in string literal"
			case c != '\\':
				continue
			}
			j++
			switch c, ok := at(j); {
			case !ok:
				return -1, 0, ""
			case c == 'u':
				for k := 0; k < 4; k++ {
					j++
					c, ok := at(j)
					if !ok {
						return -1, 0, ""
					}
					if !isDigit(c) && !('a' <= c && c <= 'f') && !('A' <= c && c <= 'F') {
						return 0, j, `in \u hexadecimal character escape`
					}
				}
			case c != 'b' && c != 'f' && c != 'n' && c != 'r' && c != 't' && c != '\\' && c != '/' && c != '"':
				return 0, j, "in string escape code"
			}
		}
	case c == '-' || isDigit(c):
		j := i
		if c == '-' {
			j++
			c, ok := at(j)
			if !ok {
				return -1, 0, ""
			}
			if !isDigit(c) {
				return 0, j, "in numeric literal"
			}
		}
		if b[j] == '0' {
			j++
		} else {
			j = digits(j)
		}
		if c, _ := at(j); c == '.' {
			j++
			c, ok := at(j)
			if !ok {
				return -1, 0, ""
			}
			if !isDigit(c) {
				return 0, j, "after decimal point in numeric literal"
			}
			j = digits(j)
		}
		if c, _ := at(j); c == 'e' || c == 'E' {
			j++
			if c, _ := at(j); c == '+' || c == '-' {
				j++
			}
			c, ok := at(j)
			if !ok {
				return -1, 0, ""
			}
			if !isDigit(c) {
				return 0, j, "in exponent of numeric literal"
			}
			j = digits(j)
		}
		return j, 0, ""
	case c == 't' || c == 'f' || c == 'n':
		lit := "true"
		if c == 'f' {
			lit = "false"
		} else if c == 'n' {
			lit = "null"
		}
		for k := 1; k < len(lit); k++ {
			c, ok := at(i + k)
			if !ok {
				return -1, 0, ""
			}
			if c != lit[k] {
				return 0, i + k, "in literal " + lit + " (expecting " + quoteChar(lit[k]) + ")"
			}
		}
		return i + len(lit), 0, ""
	}
	return 0, i, "looking for beginning of value"
}

// quoteChar formats c as encoding/json's messages do.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// unquote is the text of a string's content s, which scanScalar
// accepted, as encoding/json decodes it: escapes replaced, and each
// invalid UTF-8 byte and lone surrogate escape made U+FFFD.
func unquote(s []byte) string {
	r := 0
	for r < len(s) && s[r] != '\\' && s[r] < utf8.RuneSelf {
		r++
	}
	if r == len(s) || utf8.Valid(s[r:]) && bytes.IndexByte(s[r:], '\\') < 0 {
		return string(s)
	}
	b := make([]byte, r, len(s)+utf8.UTFMax)
	copy(b, s[:r])
	for r < len(s) {
		c := s[r]
		if c != '\\' {
			rr, size := utf8.DecodeRune(s[r:])
			b = utf8.AppendRune(b, rr) // U+FFFD for an invalid byte
			r += size
			continue
		}
		e := s[r+1]
		r += 2
		if e != 'u' {
			// One of " \ / b f n r t: the scanner allows no other.
			b = append(b, "\"\\/\b\f\n\r\t"[strings.IndexByte(`"\/bfnrt`, e)])
			continue
		}
		rr := hex4(s[r:])
		r += 4
		if utf16.IsSurrogate(rr) {
			// A pair is one character; a lone half, U+FFFD.
			high := rr
			rr = utf8.RuneError
			if r+6 <= len(s) && s[r] == '\\' && s[r+1] == 'u' {
				if dec := utf16.DecodeRune(high, hex4(s[r+2:])); dec != utf8.RuneError {
					rr = dec
					r += 6
				}
			}
		}
		b = utf8.AppendRune(b, rr)
	}
	return string(b)
}

// hex4 reads the 4 hexadecimal digits at the start of s (scanScalar
// checked them), or -1 when s is shorter or they are not hex digits.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
