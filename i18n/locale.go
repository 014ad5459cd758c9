package i18n

import "strings"

// locale is how a language writes numbers and dates (CLDR's data for its
// main country, checked against Chromium's Intl.DateTimeFormat and
// Intl.NumberFormat).
type locale struct {
	group        string // the thousands separator
	minGroup     int    // the fewest digits before a group: 2 groups only from 10,000
	months       []string
	dayMonths    []string // the month's form after a day: Polish's genitive
	short        []string
	dayPattern   string // {d} day, {m} month, {y} year
	monthPattern string
	first        string // the first of the month, when it is not "1": French's 1er
}

func months(s string) []string { return strings.Split(s, " ") }

var locales = map[string]*locale{
	"en": {group: ",", minGroup: 1,
		months:     months("January February March April May June July August September October November December"),
		short:      months("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
		dayPattern: "{d} {m} {y}", monthPattern: "{m} {y}"},
	"de": {group: ".", minGroup: 1,
		months:     months("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
		short:      months("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
		dayPattern: "{d}. {m} {y}", monthPattern: "{m} {y}"},
	"fr": {group: "\u202f", minGroup: 1,
		months:     months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
		short:      months("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
		dayPattern: "{d} {m} {y}", monthPattern: "{m} {y}", first: "1er"},
	"es": {group: ".", minGroup: 2,
		months:     months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
		short:      months("ene feb mar abr may jun jul ago sept oct nov dic"),
		dayPattern: "{d} de {m} de {y}", monthPattern: "{m} de {y}"},
	"it": {group: ".", minGroup: 1,
		months:     months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
		short:      months("gen feb mar apr mag giu lug ago set ott nov dic"),
		dayPattern: "{d} {m} {y}", monthPattern: "{m} {y}"},
	"pl": {group: "\u00a0", minGroup: 2,
		months:     months("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"),
		dayMonths:  months("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
		short:      months("sty lut mar kwi maj cze lip sie wrz paź lis gru"),
		dayPattern: "{d} {m} {y}", monthPattern: "{m} {y}"},
}

func init() {
	for _, l := range locales {
		if l.dayMonths == nil {
			l.dayMonths = l.months
		}
	}
}
