package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence: a run of letters and digits, with inner
// hyphens, apostrophes and digit separators ("cease-fire", "Azerbaijan's",
// "1,000"), in rune offsets into the article text.
type word struct {
	lower      string // lower-cased text, apostrophes as ASCII
	start, end int
	upper      bool   // starts with an upper-case letter
	lex        lexeme // what the word can do
}

// words tokenises text.
func words(text string) []word {
	// Lower-case the whole text once, so that most words are substrings of it
	// rather than allocations of their own.
	lowered := strings.ToLower(text)
	if len(lowered) != len(text) {
		lowered = ""
	}
	out := make([]word, 0, len(text)/6)
	pos := 0
	start, startByte := -1, 0
	var upper bool
	var prev rune
	for i := 0; i <= len(text); {
		r, size := rune(0), 1
		if i < len(text) {
			r = rune(text[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		switch {
		case i < len(text) && isWordRune(r):
			if start < 0 {
				start, startByte, upper = pos, i, unicode.IsUpper(r)
			}
		case start >= 0 && i+size < len(text) && isInner(prev, r, nextRune(text[i+size:])):
			// an inner hyphen, apostrophe or digit separator: the word goes on
		case start >= 0:
			lower := lowerWord(text, lowered, startByte, i)
			out = append(out, word{lower: lower, start: start, end: pos, upper: upper, lex: lexicon[lower]})
			start = -1
		}
		prev = r
		i += size
		pos++
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isInner says whether r, between prev and next, joins them into one word:
// hyphens and apostrophes between letters, separators between digits.
func isInner(prev, r, next rune) bool {
	switch r {
	case '-', '\'', '’':
		return isWordRune(next)
	case ',', '.':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lowerWord returns text[from:to] in lower case with ASCII apostrophes,
// from the lowered text where it can.
func lowerWord(text, lowered string, from, to int) string {
	s := text[from:to]
	if lowered != "" && !strings.Contains(s, "’") {
		return lowered[from:to]
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}
