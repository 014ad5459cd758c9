package charts

import (
	"strings"
	"testing"

	"github.com/laborlens/laborlens/query"
)

// allowedTags are the only markup our own tooltip strings use.
var allowedTags = strings.NewReplacer("<b>", "", "</b>", "", "<br>", "")

// No string in any option can open an HTML tag, except our own <b> and
// <br>: text from the data is escaped or has its angle brackets replaced.
func TestEscaping(t *testing.T) {
	d, evs := fixture(t)
	var all []string
	check := func(name string, js []byte) {
		walkStrings(option(t, js), func(s string) {
			if strings.ContainsAny(allowedTags.Replace(s), "<>") {
				t.Errorf("%s: unescaped markup in %q", name, s)
			}
		})
		all = append(all, string(js))
	}
	for _, theme := range []string{"light", "dark"} {
		for _, c := range All() {
			js, _, err := Build(c.ID, evs, config(d, theme))
			if err != nil {
				t.Fatal(err)
			}
			check(c.ID, js)
		}
		for _, lane := range query.Lanes() {
			js, err := BuildTimeline(evs, lane, config(d, theme))
			if err != nil {
				t.Fatal(err)
			}
			check("timeline by "+string(lane), js)
		}
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		"&lt;img src=x onerror=alert(1)&gt;",                  // the hostile title, in tooltips
		"&lt;script&gt;alert(&#39;place&#39;)&lt;/script&gt;", // the hostile place
		"&lt;i&gt;surveyed&lt;/i&gt; (counted by Tom &amp; Jerry&#39;s)",
		"Workers&#39; &#34;Justice&#34; &amp; &lt;b&gt;Allies&lt;/b&gt;", // the hostile organization name
		"‹img src=x onerror=alert(1)›",                                   // the hostile title on the canvas
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q in the options", want)
		}
	}
	for _, bad := range []string{"<img", "<script", "<i>", "onerror=alert(1)>"} {
		if strings.Contains(joined, bad) {
			t.Errorf("%q appears unescaped", bad)
		}
	}
}

func walkStrings(v any, f func(string)) {
	switch x := v.(type) {
	case string:
		f(x)
	case map[string]any:
		for k, e := range x {
			f(k)
			walkStrings(e, f)
		}
	case []any:
		for _, e := range x {
			walkStrings(e, f)
		}
	}
}

// Options carry no JavaScript: no go-echarts function markers, and no
// template placeholders in item tooltips that hold text from the data.
func TestNoFunctions(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		js, _, _ := Build(c.ID, evs, config(d, "light"))
		for _, bad := range []string{"__f__", "function", "=>"} {
			if strings.Contains(string(js), bad) {
				t.Errorf("%s: option contains %q", c.ID, bad)
			}
		}
		for _, s := range list(option(t, js)["series"]) {
			for _, v := range list(obj(s)["data"]) {
				if f, _ := obj(obj(v)["tooltip"])["formatter"].(string); strings.Contains(f, "{") {
					t.Errorf("%s: tooltip %q has a placeholder", c.ID, f)
				}
			}
		}
	}
}

func TestText(t *testing.T) {
	if got := truncate("Corporate employees walk out in Seattle over climate", 30); got != "Corporate employees walk out…" {
		t.Errorf("truncate: %q", got)
	}
	if got := truncate("short", 30); got != "short" {
		t.Errorf("truncate: %q", got)
	}
	if got := plain("a<b>\nc & d's"); got != "a‹b› c & d's" {
		t.Errorf("plain: %q", got)
	}
	if got := esc(`<a href="x">O'Neil & {b}</a>`); got != "&lt;a href=&#34;x&#34;&gt;O&#39;Neil &amp; &#123;b}&lt;/a&gt;" {
		t.Errorf("esc: %q", got)
	}
}
