package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to the key the gazetteer is indexed by, so that the
// spellings news writers use for one place meet: lower case, no diacritics
// (Şuşa → susa, Xankəndi → xankendi), no apostrophes (Hats’avan → hatsavan),
// and hyphens, dots and runs of spaces as one space (Nagorno-Karabakh →
// nagorno karabakh, U.S. → u s).
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		for _, f := range foldRune(r) {
			switch {
			case f == 0:
				// dropped: apostrophes and combining marks
			case f == ' ':
				space = b.Len() > 0
			default:
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteRune(f)
			}
		}
	}
	return b.String()
}

// foldRune maps one rune to what it contributes to a folded name: letters and
// digits in lower case without marks, 0 for what is dropped, ' ' for a separator.
func foldRune(r rune) []rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return asciiLower[r-'A' : r-'A'+1]
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return []rune{r}
		case r == '\'' || r == '`':
			return dropped
		default:
			return separator
		}
	case isApostrophe(r):
		return dropped
	}
	if f, ok := specialFolds[r]; ok {
		return []rune(f)
	}
	if unicode.Is(unicode.Mn, r) {
		return dropped
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return separator
	}
	var out []rune
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			out = append(out, unicode.ToLower(d))
		}
	}
	return out
}

var (
	asciiLower = []rune("abcdefghijklmnopqrstuvwxyz")
	dropped    = []rune{0}
	separator  = []rune{' '}
)

// specialFolds covers letters that Unicode does not decompose into a base
// letter and a mark, but that transliterate to one in English news.
var specialFolds = map[rune]string{
	'ə': "e", 'Ə': "e", 'ǝ': "e", 'Ǝ': "e", 'ı': "i", 'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ħ': "h", 'þ': "th",
	'ð': "d",
}

func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʼ', 'ʻ', 'ʹ', '′', '´', 'ʿ', 'ʾ':
		return true
	}
	return false
}
