package text

import (
	"unicode"
	"unicode/utf8"
)

// Classes of ASCII bytes, so that the tokenizer tests one table entry per
// byte instead of a chain of comparisons.
const (
	bWord       = 1 << iota // letter or digit
	bUpper                  // A-Z
	bLower                  // a-z
	bSentence               // ends a sentence: . ! ? : ; "
	bNewline                // ends a line and a sentence
	bApostrophe             // ' or `, which may join two parts of a name
	bSpace                  // white space within a line (see isSpace)
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
	for _, c := range " \t\r\v\f" {
		t[c] = bSpace
	}
	return t
}()

// tokenize splits text into tokens and sentences in one pass, counting
// runes as it goes, and appends them to toks and sentences. ASCII is
// handled without decoding; the sentences are looked for only in the text
// between words, where their ends are.
func tokenize(text string, toks []Token, sentences []Sentence) ([]Token, []Sentence) {
	rpos := int32(0) // rune offset of byte i
	sentence := true // the next word starts a sentence, as the geocoder sees it
	line := true     // the next word starts a line
	sp := splitter{out: sentences}
	sp.open.Runes.Start = -1
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if k := asciiClass[c]; k&bWord == 0 {
				switch {
				case k&bNewline != 0:
					sentence, line = true, true
					sp.lineEnd(text, i+1, len(toks))
				case k&bSpace != 0: // a table entry: isSpace is no inlined call
				case isTerminal(rune(c)):
					sentence = true
					i, rpos = sp.terminal(text, i, 1, rpos, len(toks))
					continue
				default:
					if k&bSentence != 0 {
						sentence = true
					}
					sp.mark(rpos, i, 1, len(toks))
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
			switch {
			case isLineEnd(r):
				sp.lineEnd(text, i+size, len(toks))
			case isSpace(r):
			case isTerminal(r):
				i, rpos = sp.terminal(text, i, size, rpos, len(toks))
				continue
			default:
				sp.mark(rpos, i, size, len(toks))
			}
			i += size
			rpos++
			continue
		}
		// A word starts at i. The token is built in local variables and
		// stored once: this loop runs for every word of every article.
		s, rs := i, rpos
		var flags Flags
		if i > 0 && text[i-1] == '#' {
			flags |= Hashtag
		}
		if sentence {
			flags |= AfterStop
			sentence = false
		}
		if line {
			flags |= LineStart
			line = false
		}
		w, ok := scanASCIIWord(text, i, rpos)
		if !ok {
			w = scanWordSlowly(text, i, rpos)
		}
		flags |= w.flags
		i, rpos = w.e, w.re
		// Possessive: "Azerbaijan's", "Karabakh’s", "Armenians'".
		n := 0
		if mayStartApostrophe(text, i) {
			n = apostropheLen(text, i)
		}
		if n > 0 {
			j := i + n
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !startsWord(text, j+1)) {
				flags |= Possessive
				i = j + 1
				rpos += 2
			} else if j == len(text) || !startsWord(text, j) {
				flags |= Possessive
				i = j
				rpos++
			}
		}
		sp.word(rs, s, rpos, i, len(toks))
		// Filled in place: copying in a token built aside stalled on
		// loading what had just been stored, a third of this loop.
		toks = append(toks, Token{})
		t := &toks[len(toks)-1]
		t.Start, t.End, t.RuneStart, t.RuneEnd = int32(s), int32(w.e), rs, w.re
		t.Sentence, t.Hash, t.Flags = int32(len(sp.out)), w.hash, flags
	}
	return toks, sp.emit(len(toks))
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

// mayStartApostrophe says whether text[i] is ' or a byte outside ASCII.
// It is inlined: nearly every word ends at another byte, and then costs no
// call to apostropheLen.
func mayStartApostrophe(text string, i int) bool {
	return i < len(text) && (text[i] == '\'' || text[i] >= utf8.RuneSelf)
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
