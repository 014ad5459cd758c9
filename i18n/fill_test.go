package i18n

import (
	"strings"
	"testing"
)

// fillReference is what fill did before it was rewritten for speed:
// strings.Replacer over the "{name}" placeholders.
func fillReference(m string, args []string) string {
	if len(args) == 0 || !strings.Contains(m, "{") {
		return m
	}
	var pairs []string
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(m)
}

func TestFill(t *testing.T) {
	for _, tc := range []struct {
		m    string
		args []string
		want string
	}{
		{"{n} events", []string{"n", "1,800"}, "1,800 events"},
		{"{d}. {m} {y}", []string{"d", "3", "m", "März", "y", "2023"}, "3. März 2023"},
		{"{x} and {n}", []string{"n", "2"}, "{x} and 2"},
		{"{{n}}", []string{"n", "2"}, "{2}"},
		{"{n", []string{"n", "2"}, "{n"},
		{"{n}{n}", []string{"n", "a", "n", "b"}, "aa"},
		{"no placeholder", []string{"n", "2"}, "no placeholder"},
		{"{n} <b>", []string{"n", "<script>"}, "<script> <b>"},
	} {
		if got := fill(tc.m, tc.args); got != tc.want {
			t.Errorf("fill(%q, %q) = %q, want %q", tc.m, tc.args, got, tc.want)
		}
	}
}

// FuzzFill checks fill against strings.Replacer on any message and values.
func FuzzFill(f *testing.F) {
	f.Add("{n} of {total} events", "n", "3", "total", "1.800")
	f.Add("{{n}}{", "n", "}", "n", "x")
	f.Add("{}", "", "empty", "a", "b")
	f.Fuzz(func(t *testing.T, m, k1, v1, k2, v2 string) {
		args := []string{k1, v1, k2, v2}
		if got, want := fill(m, args), fillReference(m, args); got != want {
			t.Errorf("fill(%q, %q) = %q, strings.Replacer gives %q", m, args, got, want)
		}
	})
}
