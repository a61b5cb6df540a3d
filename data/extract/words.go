package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence: a run of letters and digits, with inner
// hyphens, apostrophes and digit separators ("cease-fire", "Azerbaijan's",
// "1,000").
type word struct {
	lower      string // lower-cased text, apostrophes as ASCII
	start, end int    // rune offsets in the article text
	from, to   int    // byte offsets in the article text
	upper      bool   // starts with an upper-case letter
	lex        lexeme // what the word can do
}

// words tokenises text, a sentence whose first rune and byte lie at offsets
// runeBase and byteBase of the article, appending to buf.
func words(text string, runeBase, byteBase int, buf []word) []word {
	out, first := buf, len(buf)
	// The capitalised ASCII words, lowered, go into one string that they are
	// then sliced from: one string a sentence instead of one a word.
	var capitals strings.Builder
	pos := runeBase // rune offset of byte i
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += size
			pos++
			continue
		}
		start, startByte := pos, i
		upper := unicode.IsUpper(r)
		ascii := r < utf8.RuneSelf
		prev := r
		i += size
		pos++
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf && asciiWord[c] { // the common case
				prev = rune(c)
				i++
				pos++
				continue
			}
			if c == ' ' { // the next most common: no inner mark
				break
			}
			r, size := rune(c), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !isWordRune(r) && !isInner(prev, r, text[i+size:]) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			prev = r
			i += size
			pos++
		}
		lower := text[startByte:i]
		switch {
		case !ascii:
			lower = lowerWord(lower)
		case hasCapital(lower):
			if capitals.Cap() == 0 {
				capitals.Grow(len(text) / 3) // mostly enough: one allocation
			}
			for j := 0; j < len(lower); j++ {
				capitals.WriteByte(lowerASCII[lower[j]])
			}
			lower = "" // sliced from capitals below
		}
		var lex lexeme
		if lower != "" {
			lex = lookup(lower)
		}
		out = append(out, word{lower: lower, start: start, end: pos, from: byteBase + startByte,
			to: byteBase + i, upper: upper, lex: lex})
	}
	if capitals.Len() == 0 {
		return out
	}
	all := capitals.String()
	for k := first; k < len(out); k++ {
		if w := &out[k]; w.lower == "" {
			n := w.to - w.from
			w.lower, all = all[:n], all[n:]
			w.lex = lookup(w.lower)
		}
	}
	return out
}

// lowerASCII maps each byte to itself, but ASCII capitals to lower case.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

func hasCapital(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// asciiWord marks the ASCII bytes that are letters or digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isInner says whether r, between prev and the text after, joins them into
// one word: hyphens and apostrophes between letters, separators between
// digits. The rune after is read only for those.
func isInner(prev, r rune, after string) bool {
	switch r {
	case '-', '\'', '’':
		return isWordRune(nextRune(after))
	case ',', '.':
		return unicode.IsDigit(prev) && unicode.IsDigit(nextRune(after))
	}
	return false
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lowerWord returns a word with letters outside ASCII in lower case, with
// ASCII apostrophes.
func lowerWord(s string) string { return strings.ReplaceAll(strings.ToLower(s), "’", "'") }
