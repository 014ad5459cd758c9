package view

import (
	"net/url"
	"testing"
)

func TestParseEmbedOptions(t *testing.T) {
	for raw, want := range map[string]EmbedOptions{
		"":                                 {Theme: "auto", Title: true},
		"theme=dark&accent=7A1F2B&title=0": {Theme: "dark", Accent: "#7A1F2B", Title: false},
		"theme=light&id=story-1":           {Theme: "light", Title: true, ID: "story-1"},
		"theme=<script>&accent=red;x:url(x)&title=yes&id=a%22onload%3D": {Theme: "auto", Title: true},
		"accent=12345&accent=123456":                                    {Theme: "auto", Title: true},
	} {
		q, _ := url.ParseQuery(raw)
		if got := ParseEmbedOptions(q); got != want {
			t.Errorf("ParseEmbedOptions(%q) = %+v, want %+v", raw, got, want)
		}
	}
}
