package dataset

// Fold gives the ASCII letters that stand for a lower-case accented Latin
// letter: "e" for "é", "ae" for "æ", "ss" for "ß"; "" for any other rune.
// Slugs use it whole; search, which must keep one rune per rune, uses its
// first letter. It is the one table of its kind.
func Fold(r rune) string { return foldings[r] }

var foldings = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ā': "a", 'ă': "a",
	'ą': "a", 'ç': "c", 'ć': "c", 'ĉ': "c", 'ċ': "c", 'č': "c", 'ð': "d", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ĕ': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ĝ': "g", 'ğ': "g", 'ġ': "g", 'ģ': "g", 'ĥ': "h", 'ħ': "h", 'ì': "i", 'í': "i", 'î': "i",
	'ï': "i", 'ĩ': "i", 'ī': "i", 'ĭ': "i", 'į': "i", 'ı': "i", 'ĵ': "j", 'ķ': "k", 'ĺ': "l",
	'ļ': "l", 'ľ': "l", 'ŀ': "l", 'ł': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n", 'ŉ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ŏ': "o", 'ő': "o",
	'œ': "oe", 'ŕ': "r", 'ŗ': "r", 'ř': "r", 'ß': "ss", 'ś': "s", 'ŝ': "s", 'ş': "s", 'š': "s",
	'ſ': "s", 'ș': "s", 'þ': "th", 'ţ': "t", 'ť': "t", 'ŧ': "t", 'ț': "t", 'ù': "u", 'ú': "u",
	'û': "u", 'ü': "u", 'ũ': "u", 'ū': "u", 'ŭ': "u", 'ů': "u", 'ű': "u", 'ų': "u", 'ŵ': "w",
	'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}
