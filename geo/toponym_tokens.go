package geo

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a run of letters and digits, with the
// apostrophes inside a name (Hats’avan, d'Ivoire) but without a possessive
// "'s", which is recorded as a flag instead.
type token struct {
	s, e   int32 // byte offsets in the text
	rs, re int32 // rune offsets in the text
	fs, fe int32 // the folded word in the analysis' fold buffer
	flags  tokenFlags
}

type tokenFlags uint16

const (
	tCap        tokenFlags = 1 << iota // starts with an upper-case letter
	tAllCaps                           // two or more letters, all upper case
	tLower                             // starts with a lower-case letter
	tHashtag                           // written right after '#'
	tPossessive                        // followed by 's or ’s (or a bare ’ after s)
	tSentStart                         // first word of a sentence, a line or a quotation
	tTitleLine                         // on a line where nearly every word is capitalised
	tPerson                            // part of a person's name
	tDemonym                           // a demonym or adjective of a country
	tLineStart                         // first word of a line
)

func (t *token) has(f tokenFlags) bool { return t.flags&f != 0 }

// weakCap says the capital letter may be due to position alone (start of a
// sentence, a title-case headline), not to the word being a name.
func (t *token) weakCap() bool { return t.flags&(tSentStart|tTitleLine) != 0 }

// tokenize splits text into tokens in one pass, counting runes as it goes.
// ASCII is handled without decoding. Tokens are appended to toks.
func tokenize(text string, toks []token) []token {
	rpos := int32(0) // rune offset of byte i
	sentence := true // the next word starts a sentence
	line := true     // the next word starts a line
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIIWordByte(c) {
			switch c {
			case '\n':
				sentence, line = true, true
			case '.', '!', '?', ':', ';', '"':
				sentence = true
			}
			i++
			rpos++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				switch r {
				case '“', '”', '«', '»', '—', '•':
					sentence = true
				}
				i += size
				rpos++
				continue
			}
		}
		// A word starts at i.
		t := token{s: int32(i), rs: rpos}
		if i > 0 && text[i-1] == '#' {
			t.flags |= tHashtag
		}
		if sentence {
			t.flags |= tSentStart
			sentence = false
		}
		if line {
			t.flags |= tLineStart
			line = false
		}
		upper, lower, letters := 0, 0, 0
		first := true
		for i < len(text) {
			c := text[i]
			var r rune
			size := 1
			if c < utf8.RuneSelf {
				r = rune(c)
				if !isASCIIWordByte(c) {
					if (c == '\'' || c == '`') && t.apostropheContinues(text, i+1) {
						i++
						rpos++
						continue
					}
					break
				}
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					if isApostrophe(r) && t.apostropheContinues(text, i+size) {
						i += size
						rpos++
						continue
					}
					break
				}
			}
			switch {
			case 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
				upper++
				letters++
			case 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
				lower++
				letters++
			}
			if first {
				first = false
				switch {
				case upper == 1:
					t.flags |= tCap
				case lower == 1:
					t.flags |= tLower
				}
			}
			i += size
			rpos++
		}
		t.e, t.re = int32(i), rpos
		if upper >= 2 && lower == 0 {
			t.flags |= tAllCaps
		}
		// Possessive: "Azerbaijan's", "Karabakh’s", "Armenians'".
		if n := apostropheLen(text, i); n > 0 {
			j := i + n
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !startsWord(text, j+1)) {
				t.flags |= tPossessive
				i = j + 1
				rpos += 2
			} else if j == len(text) || !startsWord(text, j) {
				t.flags |= tPossessive
				i = j
				rpos++
			}
		}
		toks = append(toks, t)
	}
	return toks
}

// apostropheContinues says whether an apostrophe inside a word at byte j-1
// joins two parts of one name (d'Ivoire, Hats’avan) rather than starting a
// possessive or closing a quotation.
func (t *token) apostropheContinues(text string, j int) bool {
	if j >= len(text) || !startsWord(text, j) {
		return false
	}
	// "'s" followed by a non-letter is a possessive, handled by the caller.
	if (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !startsWord(text, j+1)) {
		return false
	}
	return true
}

// apostropheLen is the byte length of an apostrophe at text[i], or 0.
func apostropheLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if c == '\'' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if isApostrophe(r) {
		return size
	}
	return 0
}

func startsWord(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIIWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// markTitleLines flags the tokens of lines written in title case or capitals
// (headlines), whose capital letters say nothing about names.
func markTitleLines(text string, toks []token) {
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && !toks[b].has(tLineStart) {
			b++
		}
		lower, content := 0, 0
		for i := a; i < b; i++ {
			t := &toks[i]
			if t.has(tLower) && t.e-t.s <= 4 && isConnectorLike(text[t.s:t.e]) {
				continue
			}
			if t.has(tCap | tLower) {
				content++
				if t.has(tLower) {
					lower++
				}
			}
		}
		if content >= 3 && lower*10 <= content {
			for i := a; i < b; i++ {
				toks[i].flags |= tTitleLine
			}
		}
		a = b
	}
}

func hasNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			return true
		}
	}
	return false
}

// isConnectorLike reports short function words that stay lower case in
// English titles.
func isConnectorLike(w string) bool {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "vs":
		return true
	}
	return false
}
