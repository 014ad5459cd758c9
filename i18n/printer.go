package i18n

import (
	"strconv"
	"strings"
	"sync"

	"github.com/laborlens/laborlens/dataset"
)

// Printer writes the interface in one language: messages from its
// catalogue (English for a key it lacks), numbers, dates and country names.
// A nil *Printer writes English.
type Printer struct {
	Lang  string
	cat   *Catalog
	loc   *locale
	dates sync.Map // dateKey -> string, what date wrote
}

// New returns the Printer of catalogue c; nil is English.
func New(c *Catalog) *Printer {
	if c == nil {
		c = English
	}
	loc, ok := locales[c.Lang]
	if !ok {
		loc = locales[Default]
	}
	return &Printer{Lang: c.Lang, cat: c, loc: loc}
}

// EnglishPrinter writes English.
var EnglishPrinter = New(English)

func (p *Printer) or() *Printer {
	if p == nil {
		return EnglishPrinter
	}
	return p
}

// Has reports whether key has a message, in p's language or in English.
func (p *Printer) Has(key string) bool {
	_, ok := p.or().lookup(key)
	return ok
}

func (p *Printer) lookup(key string) (string, bool) {
	if m, ok := p.cat.msgs[key]; ok {
		return m, true
	}
	m, ok := English.msgs[key]
	return m, ok
}

// T writes the message of key with its placeholders replaced: args are
// pairs of a name and its value, T("x", "name", "Bessemer") for
// "… {name} …". An unknown key is written as itself, so that it shows.
func (p *Printer) T(key string, args ...string) string {
	p = p.or()
	m, ok := p.lookup(key)
	if !ok {
		return key
	}
	return fill(m, args)
}

func fill(m string, args []string) string {
	if len(args) == 0 || !strings.Contains(m, "{") {
		return m
	}
	var b strings.Builder
	b.Grow(len(m) + 16)
	for {
		i := strings.IndexByte(m, '{')
		if i < 0 {
			break
		}
		b.WriteString(m[:i])
		m = m[i:]
		if v, n, ok := placeholder(m, args); ok {
			b.WriteString(v)
			m = m[n:]
			continue
		}
		b.WriteByte('{') // not a placeholder: kept, and the scan goes on after it
		m = m[1:]
	}
	b.WriteString(m)
	return b.String()
}

// placeholder reports whether m starts with "{name}" for a name of args
// (name, value, name, value...; the first of a name counts) and returns
// its value and the placeholder's length.
func placeholder(m string, args []string) (string, int, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		name := args[i]
		if len(m) >= len(name)+2 && m[len(name)+1] == '}' && m[1:len(name)+1] == name {
			return args[i+1], len(name) + 2, true
		}
	}
	return "", 0, false
}

// N writes the counted message key for n: the message key.FORM of n's
// plural form in p's language (key.other when a French, Spanish or Italian
// catalogue has no key.many), with {n} the number as Number writes it.
func (p *Printer) N(key string, n int, args ...string) string {
	p = p.or()
	form := Plural(p.Lang, n)
	m, ok := p.cat.msgs[key+"."+form]
	if !ok && form == Many {
		m, ok = p.cat.msgs[key+"."+Other]
	}
	if !ok { // English's rules with English's text
		m, ok = English.msgs[key+"."+Plural(Default, n)]
	}
	if !ok {
		return key
	}
	return fill(m, append([]string{"n", p.Number(n)}, args...))
}

// Number writes the whole number n with its language's digit grouping:
// 1,800 (en), 1.800 (de, it), 1 800 with a narrow no-break space (fr);
// Spanish and Polish group only from five digits: 1800, 12.345, 12 345.
func (p *Printer) Number(n int) string {
	p = p.or()
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	if len(s) < 4 || len(s) < 4+p.loc.minGroup-1 {
		return sign + s
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(p.loc.group)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Country is the name of the ISO 3166-1 alpha-2 code in p's language:
// Vereinigte Staaten; the English name when the catalogue has none, the
// code when it is not a country.
func (p *Printer) Country(code string) string {
	p = p.or()
	if m, ok := p.cat.msgs["country."+code]; ok {
		return m
	}
	if n := dataset.CountryName(code); n != "" {
		return n
	}
	return code
}

// Countries lists an event's countries by name in p's language ("Deutschland,
// Polen"), or says International for an international event with none.
func (p *Printer) Countries(e *dataset.Event) string {
	names := make([]string, 0, len(e.Countries)+1)
	for _, c := range e.Countries {
		names = append(names, p.Country(c))
	}
	if e.International && len(names) == 0 {
		names = append(names, p.T("place.international"))
	}
	return strings.Join(names, ", ")
}

// Month is the name of month m, 1–12, standing alone, as in a list of
// months: March, März, Marzo; "" otherwise.
func (p *Printer) Month(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return capitalize(p.or().loc.months[m-1])
}

// MonthAbbr is the short name of month m, 1–12: Mar, März, mars.
func (p *Printer) MonthAbbr(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return p.or().loc.short[m-1]
}

// Date writes a date as precisely as it is known, in p's language:
// 3 March 2023, 3. März 2023, 1er mars 2023, 3 de marzo de 2023, 3 marca
// 2023; March 2023, März 2023, marzec 2023; 2023; "" for no date.
func (p *Printer) Date(d dataset.Date) string {
	p = p.or()
	return p.date(d, false)
}

// ShortDate is Date with short month names, for tight spaces such as a
// chart's tooltip: 2 Apr 2022, 2. Apr. 2022.
func (p *Printer) ShortDate(d dataset.Date) string {
	p = p.or()
	return p.date(d, true)
}

func (p *Printer) date(d dataset.Date, short bool) string {
	key := dateKey{d, short}
	if s, ok := p.dates.Load(key); ok {
		return s.(string)
	}
	dayMonths, months := p.loc.dayMonths, p.loc.months
	if short {
		dayMonths, months = p.loc.short, p.loc.short
	}
	s := p.formatDate(d, dayMonths, months)
	p.dates.Store(key, s)
	return s
}

// dateKey is a date as a Printer remembers it written: a list of results
// writes the same few hundred dates at every keystroke.
type dateKey struct {
	d     dataset.Date
	short bool
}

func (p *Printer) formatDate(d dataset.Date, dayMonths, months []string) string {
	l := p.loc
	switch d.Precision() {
	case dataset.Day:
		day := strconv.Itoa(d.Day)
		if d.Day == 1 && l.first != "" {
			day = l.first
		}
		return fill(l.dayPattern, []string{"d", day, "m", dayMonths[d.Month-1], "y", strconv.Itoa(d.Year)})
	case dataset.Month:
		return fill(l.monthPattern, []string{"m", months[d.Month-1], "y", strconv.Itoa(d.Year)})
	case dataset.Year:
		return strconv.Itoa(d.Year)
	}
	return ""
}

// MonthYear names the month of a date, for lists grouped by month:
// March 2023, Marzec 2023; or says that the month is not known.
func (p *Printer) MonthYear(d dataset.Date) string {
	p = p.or()
	if d.Month < 1 || d.Month > 12 {
		return p.T("date.month-unknown")
	}
	return capitalize(fill(p.loc.monthPattern, []string{"m", p.loc.months[d.Month-1], "y", strconv.Itoa(d.Year)}))
}

// DateRange writes an event's date, with its end date when it has one.
func (p *Printer) DateRange(e *dataset.Event) string {
	if e.EndDate.IsZero() {
		return p.Date(e.Date)
	}
	return p.Date(e.Date) + " – " + p.Date(e.EndDate)
}

func capitalize(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}
