package dataset

import (
	"fmt"
	"hash/fnv"
	"strings"
)

// IsSlug reports whether s has the form of an id: lower-case ASCII letters
// and digits in words joined by single hyphens (^[a-z0-9]+(-[a-z0-9]+)*$).
func IsSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// IsFacilityCode reports whether s has the form of an Amazon site code:
// three to six upper-case ASCII letters and digits (^[A-Z0-9]{3,6}$).
func IsFacilityCode(s string) bool {
	if len(s) < 3 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// maxTitleSlug caps the length of a slug made from a title (an event id).
const maxTitleSlug = 60

// Slug turns text into an id: letters folded to lower-case ASCII (accents
// dropped), every other run of characters a single hyphen, cut at a word
// boundary to at most 60 characters. It returns "" when nothing is left,
// e.g. for text in a non-Latin script.
func Slug(text string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(text) {
		var s string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			s = string(r)
		case r == '\'' || r == '’':
			continue // "workers' rights" -> "workers-rights"
		default:
			s = Fold(r)
		}
		if s == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(s)
	}
	out := b.String()
	for len(out) > maxTitleSlug {
		i := strings.LastIndexByte(out[:maxTitleSlug+1], '-')
		if i <= 0 {
			out = strings.TrimRight(out[:maxTitleSlug], "-")
			break
		}
		out = out[:i]
	}
	return out
}

// slugOr is Slug(text), or, when that is empty, prefix plus a short hash
// of text, so that every non-empty name gets a stable id.
func slugOr(text, prefix string) string {
	if s := Slug(text); s != "" {
		return s
	}
	if strings.TrimSpace(text) == "" {
		return ""
	}
	h := fnv.New32a()
	h.Write([]byte(text))
	return fmt.Sprintf("%s-%08x", prefix, h.Sum32())
}

// suggest returns the candidate closest to s, if it is close enough to be
// a likely typo of it.
func suggest(s string, candidates []string) (string, bool) {
	best, bestD := "", len(s)/3+2
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := distance(ls, strings.ToLower(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

// distance is the Levenshtein edit distance between a and b, in bytes.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		if a == b {
			return 0
		}
		return max(len(a), len(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// didYouMean returns ` (did you mean "x"?)` when s is close to a candidate.
func didYouMean(s string, candidates []string) string {
	if c, ok := suggest(s, candidates); ok {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}
