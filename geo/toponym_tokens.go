package geo

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a run of letters and digits, with the
// apostrophes inside a name (Hats’avan, d'Ivoire) but without a possessive
// "'s", which is recorded as a flag instead.
type token struct {
	s, e   int32     // byte offsets in the text
	rs, re int32     // rune offsets in the text
	fs, fe int32     // the folded word in the analysis' fold buffer, -1 if the word is its own fold
	hash   uint64    // wordHash of the folded word
	class  wordClass // the word lists the folded word is on
	lex    int32     // index+1 of its lexicon entry, 0 if it has none
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
	tFolded                            // ASCII lower case and digits only: its own fold
	tASCII                             // ASCII only: its fold is its letters in lower case
	tOrgName                           // part of an organisation's name ("Bank of America")
)

func (t *token) has(f tokenFlags) bool { return t.flags&f != 0 }

// weakCap says the capital letter may be due to position alone (start of a
// sentence, a title-case headline), not to the word being a name.
func (t *token) weakCap() bool { return t.flags&(tSentStart|tTitleLine) != 0 }

// Classes of ASCII bytes, so that the tokenizer tests one table entry per
// byte instead of a chain of comparisons.
const (
	bWord       = 1 << iota // letter or digit
	bUpper                  // A-Z
	bLower                  // a-z
	bSentence               // ends a sentence: . ! ? : ; "
	bNewline                // ends a line and a sentence
	bApostrophe             // ' or `, which may join two parts of a name
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = bWord | bUpper
		case 'a' <= c && c <= 'z':
			t[c] = bWord | bLower
		case '0' <= c && c <= '9':
			t[c] = bWord
		}
	}
	for _, c := range ".!?:;\"" {
		t[c] = bSentence
	}
	t['\n'] = bNewline
	t['\''], t['`'] = bApostrophe, bApostrophe
	return t
}()

// tokenize splits text into tokens in one pass, counting runes as it goes.
// ASCII is handled without decoding. Tokens are appended to toks.
func tokenize(text string, toks []token) []token {
	rpos := int32(0) // rune offset of byte i
	sentence := true // the next word starts a sentence
	line := true     // the next word starts a line
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if k := asciiClass[c]; k&bWord == 0 {
				if k&bNewline != 0 {
					sentence, line = true, true
				} else if k&bSentence != 0 {
					sentence = true
				}
				i++
				rpos++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			switch r {
			case '“', '”', '«', '»', '—', '•':
				sentence = true
			}
			i += size
			rpos++
			continue
		}
		// A word starts at i. The token is built in local variables and
		// stored once: this loop runs for every word of every article.
		s, rs := i, rpos
		var flags tokenFlags
		if i > 0 && text[i-1] == '#' {
			flags |= tHashtag
		}
		if sentence {
			flags |= tSentStart
			sentence = false
		}
		if line {
			flags |= tLineStart
			line = false
		}
		w := scanWord(text, i, rpos)
		flags |= w.flags
		i, rpos = w.e, w.re
		// Possessive: "Azerbaijan's", "Karabakh’s", "Armenians'".
		if n := apostropheLen(text, i); n > 0 {
			j := i + n
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !startsWord(text, j+1)) {
				flags |= tPossessive
				i = j + 1
				rpos += 2
			} else if j == len(text) || !startsWord(text, j) {
				flags |= tPossessive
				i = j
				rpos++
			}
		}
		toks = append(toks, token{s: int32(s), e: int32(w.e), rs: rs, re: w.re, hash: w.hash, flags: flags})
	}
	return toks
}

func firstRune(s string) rune {
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isUpper(r rune) bool {
	return 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
}

func isLower(r rune) bool {
	return 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r)
}

// apostropheContinues says whether an apostrophe inside a word at byte j-1
// joins two parts of one name (d'Ivoire, Hats’avan) rather than starting a
// possessive or closing a quotation.
func apostropheContinues(text string, j int) bool {
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
func markTitleLines(toks []token) {
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && !toks[b].has(tLineStart) {
			b++
		}
		lower, content := 0, 0
		for i := a; i < b; i++ {
			t := &toks[i]
			// Only a word written as its fold can be one: "of", not "oF".
			if t.has(tLower) && t.has(tFolded) && t.class&wTitleConnector != 0 {
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
