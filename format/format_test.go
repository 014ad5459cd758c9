package format

import (
	"html"
	"testing"
)

func TestThousandsAndPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 12345: "12,345", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
	if Plural(1, "event", "events") != "1 event" || Plural(2000, "event", "events") != "2,000 events" || Plural(0, "event", "events") != "0 events" {
		t.Error("Plural is wrong")
	}
}

func TestEscapeHTMLIsHTMLEscapeString(t *testing.T) {
	for _, s := range []string{"", "plain", `<a href="x">Tom & Jerry's</a>`, "&amp;<<>>\"'é"} {
		if g, w := EscapeHTML(s), html.EscapeString(s); g != w {
			t.Errorf("EscapeHTML(%q) = %q, want %q", s, g, w)
		}
	}
}
