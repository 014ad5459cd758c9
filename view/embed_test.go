package view

import (
	"net/url"
	"testing"
)

func TestEmbed(t *testing.T) {
	for _, c := range []struct {
		page, want string
		ok         bool
	}{
		{"/?kind=strike&theme=dark", "/embed/list?kind=strike", true},
		{"/timeline?lane=country&country=DE", "/embed/timeline?country=DE&lane=country", true},
		{"/charts?from=2020", "/embed/charts/per-year?from=2020", true},
		{"/map?area=us&zoom=2&region=New+York", "/embed/map?area=us&region=New+York&zoom=2", true},
		{"/events/2022-04-01-jfk8-union-election?q=x", "/embed/events/2022-04-01-jfk8-union-election", true},
		{"/events/2022-04-01-jfk8-union-election/", "/embed/events/2022-04-01-jfk8-union-election", true},
		{"/orgs/amazon-labor-union", "/embed/list?org=amazon-labor-union", true},
		{"/facilities/jfk8/", "/embed/list?facility=JFK8", true},
		{"/about", "", false},
		{"/nope", "", false},
	} {
		u, _ := url.Parse(c.page)
		path, q, ok := Embed(u.Path, u.Query())
		got := ""
		if ok {
			got = path
			if e := q.Encode(); e != "" {
				got += "?" + e
			}
		}
		if got != c.want || ok != c.ok {
			t.Errorf("Embed(%q) = %q, %v; want %q, %v", c.page, got, ok, c.want, c.ok)
		}
	}
}

func TestPageKind(t *testing.T) {
	for page, want := range map[string]string{
		"": "list ", "/": "list ", "/timeline": "timeline ", "/charts/": "charts ", "/map": "map ",
		"/events/2022-04-01-jfk8-union-election": "events 2022-04-01-jfk8-union-election",
		"/orgs/amazon-labor-union/":              "orgs amazon-labor-union",
		"/facilities/jfk8":                       "facilities JFK8",
		"/about":                                 "", "/nope": "", "/events/": "", "/events/a/b": "", "/orgs": "", "/embed/list": "",
	} {
		kind, id, ok := PageKind(page)
		got := ""
		if ok {
			got = kind + " " + id
		}
		if got != want {
			t.Errorf("PageKind(%q) = %q, %q, %v; want %q", page, kind, id, ok, want)
		}
	}
}

func TestFull(t *testing.T) {
	q, _ := url.ParseQuery("kind=strike&theme=dark&accent=112233&title=0&id=x")
	for _, c := range []struct{ view, arg, want string }{
		{"list", "", "/?kind=strike"},
		{"timeline", "", "/timeline?kind=strike"},
		{"charts", "per-year", "/charts?kind=strike"},
		{"map", "", "/map?kind=strike"},
		{"events", "e1", "/events/e1?kind=strike"},
	} {
		if got := Full(c.view, c.arg, q); got != c.want {
			t.Errorf("Full(%q, %q) = %q, want %q", c.view, c.arg, got, c.want)
		}
	}
}
