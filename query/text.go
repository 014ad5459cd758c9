package query

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/laborlens/laborlens/dataset"
)

// Text is searched in a folded form: lower case, Latin accents dropped
// ("Poznań" → "poznan"), one rune for one rune so that positions in the
// folded form are positions in the original. Words are runs of letters and
// digits; a run of words joined by single "-", ".", "/", "'" or "’" is also
// indexed as one word ("ver.di" → ver, di, verdi; "covid-19" → covid, 19,
// covid19).

// fold lower-cases r and drops its accent.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if f := dataset.Fold(r); f != "" {
		return rune(f[0])
	}
	return r
}

// isWordRune reports whether a folded rune belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isJoiner(r rune) bool {
	return r == '-' || r == '.' || r == '/' || r == '\'' || r == '’'
}

// asciiFold maps an ASCII byte to its folded form if it belongs to a
// word, to 0 otherwise.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// maxToken caps the length in bytes of an indexed word.
const maxToken = 48

// tokenizer splits text into folded words. Its buffers are reused.
type tokenizer struct {
	word, joined []byte
	pos, jpos    []int // rune index in the original text of each folded rune
}

// each calls fn for every word of text and for every joined word, with the
// folded word and the rune index in text of each of its runes. Both slices
// are only valid during the call.
func (t *tokenizer) each(text string, fn func(word []byte, pos []int)) {
	t.word, t.joined, t.pos, t.jpos = t.word[:0], t.joined[:0], t.pos[:0], t.jpos[:0]
	parts := 0 // words in the current joined run
	i := -1
	flushWord := func() {
		if len(t.word) == 0 {
			return
		}
		fn(t.word, t.pos)
		t.joined = append(t.joined, t.word...)
		t.jpos = append(t.jpos, t.pos...)
		parts++
		t.word, t.pos = t.word[:0], t.pos[:0]
	}
	flushJoined := func() {
		if parts > 1 && len(t.joined) <= maxToken {
			fn(t.joined, t.jpos)
		}
		t.joined, t.jpos, parts = t.joined[:0], t.jpos[:0], 0
	}
	for k := 0; k < len(text); {
		i++
		if c := text[k]; c < utf8.RuneSelf {
			k++
			switch f := asciiFold[c]; {
			case f != 0:
				if len(t.word) < maxToken {
					t.word = append(t.word, f)
					t.pos = append(t.pos, i)
				}
			case isJoiner(rune(c)) && len(t.word) > 0:
				flushWord()
			default:
				flushWord()
				flushJoined()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:])
		k += size
		f := fold(r)
		switch {
		case isWordRune(f):
			if len(t.word)+utf8.RuneLen(f) <= maxToken {
				t.word = utf8.AppendRune(t.word, f)
				t.pos = append(t.pos, i)
			}
		case len(t.word) > 0 && unicode.Is(unicode.Mn, r):
			// A combining accent inside a word: dropped, like precomposed ones.
		case isJoiner(r) && len(t.word) > 0:
			flushWord()
		default:
			flushWord()
			flushJoined()
		}
	}
	flushWord()
	flushJoined()
}

// foldPhrase folds text into its words separated by single spaces, with a
// space before the first, for the phrase bonus: " staten island ny".
func foldPhrase(b *strings.Builder, text string) {
	space := true
	for _, r := range text {
		f := fold(r)
		if isWordRune(f) {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(f)
		} else if !isJoiner(r) {
			space = true
		}
	}
}

// maxWords caps the words of a query that are searched.
const maxWords = 12

// Words splits a query into the folded words it searches for, without
// duplicates, at most 12. Words are separated by spaces and by punctuation
// other than the joiners ("-", ".", "/", "'"), which are dropped inside a
// word, so that "ver.di" and "covid-19" stay one word; quotes are ignored.
func Words(q string) []string {
	var words []string
	var w []byte
	flush := func() {
		if len(w) > 0 && len(words) < maxWords {
			s := string(w)
			dup := false
			for _, x := range words {
				dup = dup || x == s
			}
			if !dup {
				words = append(words, s)
			}
		}
		w = w[:0]
	}
	for _, r := range q {
		f := fold(r)
		switch {
		case isWordRune(f):
			if len(w)+utf8.RuneLen(f) <= maxToken {
				w = utf8.AppendRune(w, f)
			}
		case isJoiner(r), unicode.Is(unicode.Mn, r):
		default:
			flush()
		}
	}
	flush()
	return words
}

// collapse drops the second of two equal runes in a row: "bessemer" and
// "besemer" both give "besemer".
func collapse(s string) string {
	var prev rune = -1
	same := true
	for _, r := range s {
		if r == prev {
			same = false
			break
		}
		prev = r
	}
	if same {
		return s
	}
	var b strings.Builder
	prev = -1
	for _, r := range s {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// maskOf is the set of characters in s: a bit per letter a–z, five bits
// for the digits, one for anything else. A word can only be a subsequence
// of a token whose mask contains the word's.
func maskOf(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			m |= 1 << (c - 'a')
		case '0' <= c && c <= '9':
			m |= 1 << (26 + (c-'0')/2)
		case c >= utf8.RuneSelf:
			m |= 1 << 31
		}
	}
	return m
}

// hasLetter reports whether a folded word has a letter, i.e. is not a number.
func hasLetter(w string) bool {
	for _, r := range w {
		if !('0' <= r && r <= '9') {
			return true
		}
	}
	return false
}
