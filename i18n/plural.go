package i18n

// The plural forms (CLDR's categories) a whole number can take.
const (
	One   = "one"
	Few   = "few"
	Many  = "many"
	Other = "other"
)

// Plural is the plural form of the whole number n in lang, by CLDR's
// rules for integers: Polish has one (1), few (2–4, 22–24, … but not
// 12–14) and many (0, 5–21, 25–31, …); French's one is 0 and 1, and a
// multiple of a million is many in French, Spanish and Italian ("un
// million d'événements"); English and German have one (1) and other.
func Plural(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	switch lang {
	case "pl":
		switch {
		case n == 1:
			return One
		case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
			return Few
		}
		return Many
	case "fr":
		if n == 0 || n == 1 {
			return One
		}
		if n%1000000 == 0 {
			return Many
		}
		return Other
	case "es", "it":
		if n == 1 {
			return One
		}
		if n != 0 && n%1000000 == 0 {
			return Many
		}
		return Other
	}
	if n == 1 {
		return One
	}
	return Other
}

// Forms lists the plural forms a catalogue of lang must give for each
// counted message. French, Spanish and Italian may leave out many (a
// million or more): other is used instead.
func Forms(lang string) []string {
	if lang == "pl" {
		return []string{One, Few, Many}
	}
	return []string{One, Other}
}
