package server

import (
	"regexp"
	"strings"
	"testing"
)

// falseBoolean finds a boolean attribute written as name="false", which
// HTML reads as on (go-app's prerender writes false booleans that way).
// tags returns the start tags named name in body (go-app writes their
// attributes in any order).
func tags(body, name string) []string {
	return regexp.MustCompile(`<`+name+`\b[^>]*>`).FindAllString(body, -1)
}

var falseBoolean = regexp.MustCompile(`\s(checked|selected|open|hidden|disabled|readonly|required|autofocus|multiple)="false"`)

// Before the wasm runs, the page shows the URL's state: only the boxes the
// URL ticks are ticked, one option per select is selected, and only the
// groups with a selection (or open by default) are open.
func TestPrerenderedBooleansAreTrue(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, path := range []string{
		"/", "/?kind=strike&country=DE&sort=size&from=2018&to=2022", "/timeline?lane=country",
		"/charts?kind=strike", "/about", "/embed/list", "/embed/timeline", "/nope",
	} {
		body := do(s, "GET", path).Body.String()
		if m := falseBoolean.FindString(body); m != "" {
			t.Errorf("%s: prerendered %q, which HTML reads as true", path, strings.TrimSpace(m))
		}
	}
	body := do(s, "GET", "/?kind=strike&sort=size").Body.String()
	var ticked, selected []string
	for _, tag := range tags(body, "input") {
		if strings.Contains(tag, ` id="f-`) && strings.Contains(tag, " checked") {
			ticked = append(ticked, tag)
		}
	}
	for _, tag := range tags(body, "option") {
		if strings.Contains(tag, " selected") {
			selected = append(selected, tag)
		}
	}
	if len(ticked) != 1 || !strings.Contains(ticked[0], `id="f-kind-strike"`) {
		t.Errorf("/?kind=strike: ticked facet boxes %v, want only f-kind-strike", ticked)
	}
	// The sort, both year selects and the language: one each.
	if len(selected) != 4 || !strings.Contains(strings.Join(selected, ""), `value="size"`) || !strings.Contains(strings.Join(selected, ""), `value="en"`) {
		t.Errorf("/?sort=size: selected options %v, want one per select with size among them", selected)
	}
}
