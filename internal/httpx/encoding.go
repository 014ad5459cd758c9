// Package httpx holds the HTTP rules every LaborLens response follows, in
// one place for pages and assets alike: content negotiation by
// Accept-Encoding (RFC 9110 §12.5.3) and conditional and range requests
// (RFC 9110 §13 and §14, through http.ServeContent).
package httpx

import (
	"strconv"
	"strings"
)

// Coding names a content coding LaborLens serves.
const (
	Brotli   = "br"
	Gzip     = "gzip"
	Identity = "identity"
)

// Accepted is a parsed Accept-Encoding header: the quality of each coding
// it names, and of "*".
type Accepted struct {
	present bool               // the request had the header
	q       map[string]float64 // coding (lower case) -> quality, 0 to 1
}

// ParseAcceptEncoding reads the Accept-Encoding field values of a request
// (nil when it had none). Invalid members are ignored; an invalid quality
// counts as 0, refusing the coding, as the safest reading.
func ParseAcceptEncoding(values []string) Accepted {
	a := Accepted{present: len(values) > 0, q: map[string]float64{}}
	for _, v := range values {
		for _, member := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(member, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" || !isToken(name) {
				continue
			}
			q := 1.0
			for _, p := range strings.Split(params, ";") {
				k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
					continue
				}
				q = parseQ(strings.TrimSpace(val))
			}
			// A coding listed twice keeps its highest quality.
			if old, seen := a.q[name]; !seen || q > old {
				a.q[name] = q
			}
		}
	}
	return a
}

// parseQ reads a qvalue: "0" to "1" with up to three decimals. Anything
// else is 0.
func parseQ(s string) float64 {
	if len(s) == 0 || len(s) > 5 || (s[0] != '0' && s[0] != '1') {
		return 0
	}
	if len(s) > 1 && s[1] != '.' {
		return 0
	}
	for _, c := range s[min(2, len(s)):] {
		if c < '0' || c > '9' {
			return 0
		}
	}
	q, err := strconv.ParseFloat(s, 64)
	if err != nil || q > 1 {
		return 0
	}
	return q
}

func isToken(s string) bool {
	for _, c := range s {
		if c <= ' ' || c >= 0x7f || strings.ContainsRune(`"(),/:;<=>?@[\]{}`, c) {
			return false
		}
	}
	return true
}

// Quality is how much the request accepts coding, 0 meaning not at all.
// Without the header every coding is acceptable; identity is acceptable
// unless refused by name or by "*;q=0" (RFC 9110 §12.5.3).
func (a Accepted) Quality(coding string) float64 {
	if !a.present {
		return 1
	}
	if q, ok := a.q[coding]; ok {
		return q
	}
	if q, ok := a.q["*"]; ok {
		return q
	}
	if coding == Identity {
		return 1
	}
	return 0
}

// Choose picks the coding to send among available, listed in the server's
// order of preference (smallest first): the one the request accepts with
// the highest quality, ties going to the server's preference. A request
// without the header gets identity when available, as RFC 9110 advises
// for clients that said nothing. ok is false when none is acceptable: the
// answer is then 406 Not Acceptable.
func (a Accepted) Choose(available []string) (coding string, ok bool) {
	if !a.present {
		for _, c := range available {
			if c == Identity {
				return c, true
			}
		}
	}
	best := 0.0
	for _, c := range available {
		if q := a.Quality(c); q > best {
			coding, best = c, q
		}
	}
	return coding, best > 0
}
