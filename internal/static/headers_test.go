package static

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/internal/server"
)

// headerRule is one block of a _headers file.
type headerRule struct {
	pattern string
	headers [][2]string
}

func parseHeaders(t *testing.T, text string) []headerRule {
	var rules []headerRule
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case !strings.HasPrefix(line, " "):
			rules = append(rules, headerRule{pattern: strings.TrimSpace(line)})
		default:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok || len(rules) == 0 {
				t.Fatalf("bad _headers line %q", line)
			}
			r := &rules[len(rules)-1]
			r.headers = append(r.headers, [2]string{strings.ToLower(k), strings.TrimSpace(v)})
		}
	}
	return rules
}

// matches is the hosts' pattern matching: * stands for any run of
// characters, and /x/* matches /x too (Netlify).
func matches(pattern, path string) bool {
	if pattern == path {
		return true
	}
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(path, prefix) || path+"/" == prefix
	}
	return false
}

// merge applies every matching rule the way each host documents it.
type mergeModel struct {
	name  string
	merge func(old, new string) string
}

var models = []mergeModel{
	{"Cloudflare Pages (joined with a comma)", func(old, new string) string { return old + ", " + new }},
	{"Netlify (the later rule wins)", func(old, new string) string { return new }},
	{"first rule wins", func(old, new string) string { return old }},
}

func effective(rules []headerRule, path string, m mergeModel) map[string]string {
	out := map[string]string{}
	for _, r := range rules {
		if !matches(r.pattern, path) {
			continue
		}
		for _, h := range r.headers {
			if old, ok := out[h[0]]; ok {
				out[h[0]] = m.merge(old, h[1])
			} else {
				out[h[0]] = h[1]
			}
		}
	}
	return out
}

// framing tells whether a response with these headers may be framed by
// another site: X-Frame-Options forbids it, and so does any of the
// comma-separated CSP policies whose frame-ancestors does not allow *.
func framing(h map[string]string) (crossSite bool, why string) {
	if x := h["x-frame-options"]; x != "" {
		return false, "X-Frame-Options: " + x
	}
	for _, policy := range strings.Split(h["content-security-policy"], ",") {
		for _, d := range strings.Split(policy, ";") {
			f := strings.Fields(d)
			if len(f) > 0 && f[0] == "frame-ancestors" && !strings.Contains(d, "*") {
				return false, "policy " + policy
			}
		}
	}
	return true, ""
}

// The _headers rules, merged as Netlify and Cloudflare Pages merge them,
// keep embeds frameable by partners, pages framed only by the site, and the
// script policy on both.
func TestHeadersFileMergesSafely(t *testing.T) {
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	s, err := server.New(d, fstest.MapFS{"build/app.wasm": {Data: []byte("\x00asm")}}, server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Export(dir, s, []string{"/"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseHeaders(t, string(b))
	ev := "/events/" + d.Events[0].ID
	for _, m := range models {
		for _, p := range []string{"/embed/list", "/embed/timeline", "/embed/charts/per-year", "/embed/event/" + d.Events[0].ID} {
			h := effective(rules, p, m)
			if ok, why := framing(h); !ok {
				t.Errorf("%s: %s cannot be framed by partners (%s):\n%s", m.name, p, why, b)
			}
			if !strings.Contains(h["content-security-policy"], "script-src 'self'") {
				t.Errorf("%s: %s lost the script policy: %q", m.name, p, h["content-security-policy"])
			}
		}
		for _, p := range []string{"/", "/index.html", "/about", "/about/", "/timeline", "/timeline/", "/charts/", ev, ev + "/", "/orgs/amazon/", "/facilities/JFK8/"} {
			h := effective(rules, p, m)
			if ok, _ := framing(h); ok {
				t.Errorf("%s: %s may be framed by any site: %v", m.name, p, h)
			}
			if !strings.Contains(h["content-security-policy"], "script-src 'self'") || h["x-content-type-options"] != "nosniff" {
				t.Errorf("%s: %s lacks the script policy or nosniff: %v", m.name, p, h)
			}
		}
		if h := effective(rules, "/"+s.Version+"/web/app.wasm", m); !strings.Contains(h["cache-control"], "immutable") {
			t.Errorf("%s: versioned assets are not immutable: %v", m.name, h)
		}
	}
}
