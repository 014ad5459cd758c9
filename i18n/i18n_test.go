package i18n

import (
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"pl", 0, Many}, {"pl", 1, One}, {"pl", 2, Few}, {"pl", 4, Few}, {"pl", 5, Many},
		{"pl", 11, Many}, {"pl", 12, Many}, {"pl", 14, Many}, {"pl", 21, Many}, {"pl", 22, Few},
		{"pl", 24, Few}, {"pl", 25, Many}, {"pl", 112, Many}, {"pl", 122, Few}, {"pl", 1000, Many},
		{"fr", 0, One}, {"fr", 1, One}, {"fr", 2, Other}, {"fr", 1000000, Many}, {"fr", 1000001, Other},
		{"en", 0, Other}, {"en", 1, One}, {"en", 2, Other}, {"de", 1, One}, {"de", 0, Other},
		{"es", 1, One}, {"es", 0, Other}, {"es", 2000000, Many}, {"it", 1, One}, {"it", 3, Other},
	} {
		if got := Plural(c.lang, c.n); got != c.want {
			t.Errorf("Plural(%s, %d) = %s, want %s", c.lang, c.n, got, c.want)
		}
	}
}

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1800, "1,800"}, {"en", -1234567, "-1,234,567"}, {"en", 999, "999"},
		{"de", 1800, "1.800"}, {"it", 1234567, "1.234.567"},
		{"fr", 1800, "1\u202f800"}, {"fr", 12345, "12\u202f345"},
		{"es", 1800, "1800"}, {"es", 12345, "12.345"}, {"es", 1234567, "1.234.567"},
		{"pl", 1800, "1800"}, {"pl", 12345, "12\u00a0345"},
	} {
		if got := printer(t, c.lang).Number(c.n); got != c.want {
			t.Errorf("%s Number(%d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}

// printer is a Printer of lang with only the locale's data, for the
// tests of numbers and dates (the catalogues are tested in package catalog).
func printer(t *testing.T, lang string) *Printer {
	t.Helper()
	c, err := Parse(lang, "")
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

func TestDates(t *testing.T) {
	day, _ := dataset.ParseDate("2023-03-03")
	first, _ := dataset.ParseDate("2023-03-01")
	month, _ := dataset.ParseDate("2022-09")
	for _, c := range []struct {
		lang                                string
		day, first, month, short, monthYear string
	}{
		{"en", "3 March 2023", "1 March 2023", "September 2022", "3 Mar 2023", "September 2022"},
		{"de", "3. März 2023", "1. März 2023", "September 2022", "3. März 2023", "September 2022"},
		{"fr", "3 mars 2023", "1er mars 2023", "septembre 2022", "3 mars 2023", "Septembre 2022"},
		{"es", "3 de marzo de 2023", "1 de marzo de 2023", "septiembre de 2022", "3 de mar de 2023", "Septiembre de 2022"},
		{"it", "3 marzo 2023", "1 marzo 2023", "settembre 2022", "3 mar 2023", "Settembre 2022"},
		{"pl", "3 marca 2023", "1 marca 2023", "wrzesień 2022", "3 mar 2023", "Wrzesień 2022"},
	} {
		p := printer(t, c.lang)
		got := [5]string{p.Date(day), p.Date(first), p.Date(month), p.ShortDate(day), p.MonthYear(month)}
		if want := [5]string{c.day, c.first, c.month, c.short, c.monthYear}; got != want {
			t.Errorf("%s: got %q, want %q", c.lang, got, want)
		}
	}
	var p *Printer // nil writes English
	if p.Month(3) != "March" || p.Month(0) != "" || p.MonthAbbr(12) != "Dec" || p.Date(dataset.Date{}) != "" {
		t.Error("English edge cases")
	}
	if p.MonthYear(dataset.Date{Year: 2021}) != "Month not known" {
		t.Error("MonthYear without a month")
	}
}

func TestMessages(t *testing.T) {
	c, err := Parse("xx", "# comment\n\na = Hello {name}, {name}!\nn.one = {n} thing\nn.other = {n} things\nn.many = {n} many\n")
	if err != nil {
		t.Fatal(err)
	}
	p := New(c)
	if got := p.T("a", "name", "<b>"); got != "Hello <b>, <b>!" {
		t.Errorf("T = %q", got)
	}
	if got := p.T("date.month-unknown"); got != "Month not known" {
		t.Errorf("English fallback = %q", got)
	}
	if got := p.T("no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key = %q", got)
	}
	if got := p.N("n", 1); got != "1 thing" {
		t.Errorf("N(1) = %q", got)
	}
	if got := p.N("n", 1234); got != "1,234 things" {
		t.Errorf("N(1234) = %q", got)
	}
	if got := Placeholders("{b} and {a} and {b}"); len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("Placeholders = %q", got)
	}
	for _, bad := range []string{"no equals sign", " = no key", "a = 1\na = 2", "two words = x"} {
		if _, err := Parse("xx", bad); err == nil {
			t.Errorf("Parse(%q) did not fail", bad)
		}
	}
	if pl, _ := Parse("pl", "e.one = {n} wydarzenie\ne.few = {n} wydarzenia\ne.many = {n} wydarzeń\n"); New(pl).N("e", 22) != "22 wydarzenia" || New(pl).N("e", 12) != "12 wydarzeń" {
		t.Error("Polish plural forms")
	}
	if fr, _ := Parse("fr", "e.one = {n} événement\ne.other = {n} événements\n"); New(fr).N("e", 0) != "0 événement" || New(fr).N("e", 2000000) != "2\u202f000\u202f000 événements" {
		t.Error("French plural forms")
	}
}
