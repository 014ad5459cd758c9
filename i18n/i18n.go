// Package i18n holds LaborLens's interface in several languages: message
// catalogues (one plain text file per language), each language's plural
// rules, and a Printer that writes messages, numbers, dates and country
// names the same way on the server (the prerender) and in the browser, so
// the app's first render matches the page it replaces.
//
// It imports only the standard library and dataset: the wasm carries the
// English catalogue (en.txt, embedded here) and fetches the one other
// catalogue it shows; the server embeds them all (package i18n/catalog).
//
// A catalogue file has one message per line, "key = text"; blank lines
// and lines starting with # are ignored. Placeholders are written {name}.
// A message that depends on a count has one key per plural form of its
// language, key.one, key.few, key.many, key.other (see Plural), and {n}
// is the count, written as a number of that language.
package i18n

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// Languages are the interface's languages, English first.
var Languages = []string{"en", "de", "fr", "es", "it", "pl"}

// Default is the language of a URL without lang.
const Default = "en"

// Supported reports whether lang is one of Languages.
func Supported(lang string) bool { return slices.Contains(Languages, lang) }

// Catalog is one language's messages by key.
type Catalog struct {
	Lang string
	msgs map[string]string
}

// Parse reads a catalogue file. It fails on a line that is not a
// comment, blank or "key = text", and on a key given twice.
func Parse(lang, text string) (*Catalog, error) {
	c := &Catalog{Lang: lang, msgs: map[string]string{}}
	return c, c.add(text)
}

func (c *Catalog) add(text string) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || strings.ContainsAny(k, " \t") {
			return fmt.Errorf("i18n: %s line %d: want \"key = text\"", c.Lang, i+1)
		}
		if _, dup := c.msgs[k]; dup {
			return fmt.Errorf("i18n: %s line %d: %s given twice", c.Lang, i+1, k)
		}
		c.msgs[k] = v
	}
	return nil
}

// Keys lists the catalogue's keys, sorted.
func (c *Catalog) Keys() []string {
	out := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Message returns the text of key.
func (c *Catalog) Message(key string) (string, bool) {
	m, ok := c.msgs[key]
	return m, ok
}

//go:embed en.txt
var englishText string

// English is the English catalogue, the reference every other one must
// match, and the fallback for a key another lacks.
var English = mustParse("en", englishText)

func mustParse(lang, text string) *Catalog {
	c, err := Parse(lang, text)
	if err != nil {
		panic(err)
	}
	return c
}

// Placeholders lists the {names} in a message, sorted and without
// duplicates.
func Placeholders(msg string) []string {
	var out []string
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, msg[i+1:i+j])
		msg = msg[i+j+1:]
	}
	slices.Sort(out)
	return slices.Compact(out)
}
