package cite

import (
	"fmt"
	"strings"
	"unicode"
)

// bibEntry is one BibTeX entry as parseBibTeX reads it.
type bibEntry struct {
	Type, Key string
	Fields    map[string]string // values with the outer braces removed, escapes undone
}

// parseBibTeX is a strict parser of the BibTeX this package writes and of
// the grammar BibTeX accepts for it: @type{key, name = {value}, ...} with
// balanced braces, field names once each, nothing outside entries but
// white space.
func parseBibTeX(s string) ([]bibEntry, error) {
	var out []bibEntry
	i := 0
	skip := func() {
		for i < len(s) && unicode.IsSpace(rune(s[i])) {
			i++
		}
	}
	ident := func() string {
		j := i
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || strings.IndexByte("-_.:", s[i]) >= 0) {
			i++
		}
		return s[j:i]
	}
	for {
		skip()
		if i == len(s) {
			return out, nil
		}
		if s[i] != '@' {
			return nil, fmt.Errorf("offset %d: text outside an entry", i)
		}
		i++
		e := bibEntry{Type: strings.ToLower(ident()), Fields: map[string]string{}}
		if e.Type == "" || i >= len(s) || s[i] != '{' {
			return nil, fmt.Errorf("offset %d: want @type{", i)
		}
		i++
		if e.Key = ident(); e.Key == "" || i >= len(s) || s[i] != ',' {
			return nil, fmt.Errorf("offset %d: want a key and a comma", i)
		}
		i++
		for {
			skip()
			if i < len(s) && s[i] == '}' {
				i++
				break
			}
			name := strings.ToLower(ident())
			skip()
			if name == "" || i >= len(s) || s[i] != '=' {
				return nil, fmt.Errorf("offset %d: want name =", i)
			}
			i++
			skip()
			if i >= len(s) || s[i] != '{' {
				return nil, fmt.Errorf("field %s: want a braced value", name)
			}
			depth, j := 0, i
			for ; j < len(s); j++ {
				switch s[j] {
				case '\\':
					j++ // an escaped character does not count
				case '{':
					depth++
				case '}':
					depth--
				}
				if depth == 0 {
					break
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("field %s: unbalanced braces", name)
			}
			if _, dup := e.Fields[name]; dup {
				return nil, fmt.Errorf("field %s twice", name)
			}
			e.Fields[name] = unBib(s[i+1 : j])
			i = j + 1
			skip()
			if i < len(s) && s[i] == ',' {
				i++
			} else if i >= len(s) || s[i] != '}' {
				return nil, fmt.Errorf("offset %d: want , or }", i)
			}
		}
		out = append(out, e)
	}
}

var unBibber = strings.NewReplacer(`\textbackslash{}`, `\`, `\{`, `{`, `\}`, `}`, `\&`, `&`, `\%`, `%`, `\$`, `$`,
	`\#`, `#`, `\_`, `_`, `\^{}`, `^`, `\~{}`, `~`)

func unBib(v string) string {
	v = unBibber.Replace(v)
	if strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") {
		v = v[1 : len(v)-1]
	}
	return v
}

// parseRIS is a strict RIS reader: every line is "XX  - value" with CRLF,
// the first tag TY, the last ER; it returns the values by tag.
func parseRIS(s string) (map[string][]string, error) {
	if !strings.HasSuffix(s, "\r\n") {
		return nil, fmt.Errorf("the last line does not end in CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	out := map[string][]string{}
	for n, l := range lines {
		if len(l) < 6 || l[2:6] != "  - " || !isTag(l[:2]) || strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d %q is not TAG  - value", n+1, l)
		}
		tag := l[:2]
		switch {
		case n == 0 && tag != "TY":
			return nil, fmt.Errorf("the first tag is %s, not TY", tag)
		case n == len(lines)-1 && tag != "ER":
			return nil, fmt.Errorf("the last tag is %s, not ER", tag)
		case n > 0 && n < len(lines)-1 && (tag == "TY" || tag == "ER"):
			return nil, fmt.Errorf("line %d: %s inside the record", n+1, tag)
		}
		out[tag] = append(out[tag], l[6:])
	}
	return out, nil
}

func isTag(t string) bool {
	return t[0] >= 'A' && t[0] <= 'Z' && (t[1] >= 'A' && t[1] <= 'Z' || t[1] >= '0' && t[1] <= '9')
}
