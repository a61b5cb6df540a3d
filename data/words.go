package data

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
	out := buf
	// Lowering the sentence once lets each ASCII word be a slice of it: one
	// string a sentence instead of one a capitalised word.
	lowered := asciiLower(text)
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
		lower := lowered[startByte:i]
		if !ascii {
			lower = lowerWord(text[startByte:i])
		}
		out = append(out, word{lower: lower, start: start, end: pos, from: byteBase + startByte,
			to: byteBase + i, upper: upper, lex: lookup(lower)})
	}
	return out
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

// asciiLower returns text with its ASCII capitals in lower case, without a
// copy where it has none.
func asciiLower(text string) string {
	i := 0
	for i < len(text) && !('A' <= text[i] && text[i] <= 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	from := 0 // the bytes from here to a capital are copied as they are
	for ; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(text[from:])
	return b.String()
}

// lowerWord returns a word in lower case with ASCII apostrophes, without a
// copy where it already is.
func lowerWord(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
