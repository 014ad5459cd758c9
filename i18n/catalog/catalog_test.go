package catalog

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/charts"
	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
	"github.com/laborlens/laborlens/outcome"
)

// counted maps the base of each counted English key (events for
// events.one and events.other) to true.
func counted(c *i18n.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, k := range c.Keys() {
		if base, ok := strings.CutSuffix(k, "."+i18n.One); ok {
			out[base] = true
		}
	}
	return out
}

// TestComplete checks every catalogue against English's: the same keys
// (each counted message in each plural form of the language), no key
// English lacks, and the same placeholders in every message.
func TestComplete(t *testing.T) {
	en := i18n.English
	bases := counted(en)
	for base := range bases {
		if _, ok := en.Message(base + "." + i18n.Other); !ok {
			t.Errorf("en: %s.one without %s.other", base, base)
		}
	}
	for _, lang := range i18n.Languages[1:] {
		text, ok := Text(lang)
		if !ok {
			t.Fatalf("no catalogue for %s", lang)
		}
		c, err := i18n.Parse(lang, text)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range en.Keys() {
			base, form, _ := cutForm(k)
			if bases[base] {
				if form == i18n.One {
					for _, f := range i18n.Forms(lang) {
						checkMessage(t, c, base+"."+f, k)
					}
				}
				continue
			}
			checkMessage(t, c, k, k)
		}
		for _, k := range c.Keys() {
			base, form, _ := cutForm(k)
			if _, ok := en.Message(k); ok || strings.HasPrefix(k, "country.") {
				continue
			}
			if bases[base] && slices.Contains([]string{i18n.Few, i18n.Many, i18n.Other}, form) {
				continue
			}
			t.Errorf("%s: %s is not in English's catalogue", lang, k)
		}
		if c.Lang != "pl" {
			continue
		}
		for base := range bases { // Polish's other is for fractions: none here
			if _, ok := c.Message(base + "." + i18n.Other); ok {
				t.Errorf("pl: %s.other is never used", base)
			}
		}
	}
}

func cutForm(k string) (base, form string, ok bool) {
	i := strings.LastIndexByte(k, '.')
	if i < 0 {
		return k, "", false
	}
	return k[:i], k[i+1:], true
}

func checkMessage(t *testing.T, c *i18n.Catalog, key, enKey string) {
	t.Helper()
	m, ok := c.Message(key)
	if !ok {
		t.Errorf("%s: %s is missing", c.Lang, key)
		return
	}
	em, _ := i18n.English.Message(enKey)
	if got, want := i18n.Placeholders(m), i18n.Placeholders(em); !slices.Equal(got, want) {
		t.Errorf("%s: %s has placeholders %q, English %q", c.Lang, key, got, want)
	}
	if strings.TrimSpace(m) == "" {
		t.Errorf("%s: %s is empty", c.Lang, key)
	}
}

// Dynamic are the key prefixes the code completes at run time (a kind's
// key is "kind." plus the kind): a key with such a prefix is used when the
// code names its prefix. The tests of the packages that build these keys
// check that every value has its key.
var dynamic = []string{"kind.", "kind-plural.", "kind-def.", "outcome.", "orgkind.", "facility-type.", "chart.", "sort.", "lane.", "nav.", "related.by.", "map.table.at-"}

var literal = regexp.MustCompile(`"([a-z][a-z0-9-]*(?:\.[a-zA-Z0-9-]+)*\.?)"`)

// TestUsed fails for an English key no Go source of LaborLens names.
func TestUsed(t *testing.T) {
	used := map[string]bool{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "wip" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range literal.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bases := counted(i18n.English)
	for _, k := range i18n.English.Keys() {
		base, _, _ := cutForm(k)
		if used[k] || bases[base] && used[base] {
			continue
		}
		if slices.ContainsFunc(dynamic, func(p string) bool { return strings.HasPrefix(k, p) && used[p] }) {
			continue
		}
		t.Errorf("%s is in the catalogue but no Go source uses it", k)
	}
}

func TestPrinter(t *testing.T) {
	de := Printer("de")
	if de.Lang != "de" || de.Country("US") != "Vereinigte Staaten" || de.Country("XX") != "XX" {
		t.Errorf("German printer: %s, %s", de.Lang, de.Country("US"))
	}
	if Printer("xx").Lang != "en" || Printer("en").Country("US") != "United States" {
		t.Error("fallback to English")
	}
	if _, ok := Text("en"); ok {
		t.Error("English's catalogue is i18n's own")
	}
}

// TestEnumerations checks that every value the code builds a key of
// (see dynamic) has its message in English, and so in every language.
func TestEnumerations(t *testing.T) {
	var keys []string
	for _, k := range dataset.Kinds() {
		keys = append(keys, "kind."+string(k.Kind))
	}
	for _, o := range outcome.All() {
		keys = append(keys, "outcome."+string(o))
	}
	for _, k := range dataset.OrgKinds() {
		keys = append(keys, "orgkind."+string(k.Kind))
	}
	for _, f := range dataset.FacilityTypes() {
		keys = append(keys, "facility-type."+string(f.Type))
	}
	for _, c := range charts.All() {
		keys = append(keys, "chart."+c.ID+".title", "chart."+c.ID+".description")
	}
	for _, by := range []string{"campaign", "facility", "org"} {
		keys = append(keys, "related.by."+by)
	}
	for _, k := range keys {
		if _, ok := i18n.English.Message(k); !ok {
			t.Errorf("%s is missing", k)
		}
	}
}
