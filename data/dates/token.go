package dates

import (
	"unicode"
	"unicode/utf8"
)

type tokenKind uint8

const (
	tokWord tokenKind = iota + 1
	tokNumber
	tokPunct
)

// token is one word, digit run or punctuation mark of a text. Spaces are
// not tokens: two tokens are adjacent when one ends where the next begins.
type token struct {
	bs, be int // byte offsets, start inclusive, end exclusive
	rs, re int // rune offsets
	kind   tokenKind
	upper  bool      // a word that starts with an ASCII capital
	caps   bool      // a word all in ASCII capitals: "GMT", "JULY"
	word   wordClass // what a word means to the tagger; wNone for most words
	plural bool      // a unit word in the plural ("weeks")
	abbr   bool      // an abbreviated month name ("Sept")
	val    int       // month, weekday, unit or number the word names; a digit run's value
	digits int       // length of a digit run
	punct  rune
}

// maxDigits keeps a digit run's value from overflowing; longer runs are
// numbers but never dates.
const maxDigits = 9

// tokenize appends the tokens of text to toks. It walks the text once,
// with a fast path for ASCII, and looks up only short ASCII words.
func tokenize(text string, toks []token) []token {
	runes := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c <= ' ' || c == 0x7f:
				i++
				runes++
			case '0' <= c && c <= '9':
				j, v := i, 0
				for j < len(text) && '0' <= text[j] && text[j] <= '9' {
					if j-i < maxDigits {
						v = v*10 + int(text[j]-'0')
					}
					j++
				}
				toks = append(toks, token{bs: i, be: j, rs: runes, re: runes + j - i, kind: tokNumber, val: v, digits: j - i})
				runes += j - i
				i = j
			case isASCIILetter(c):
				toks, i, runes = word(text, i, runes, toks)
			default:
				toks = append(toks, token{bs: i, be: i + 1, rs: runes, re: runes + 1, kind: tokPunct, punct: rune(c)})
				i++
				runes++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			toks, i, runes = word(text, i, runes, toks)
		case unicode.IsSpace(r):
			i += size
			runes++
		default:
			toks = append(toks, token{bs: i, be: i + size, rs: runes, re: runes + 1, kind: tokPunct, punct: r})
			i += size
			runes++
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return letters[c] }

var letters = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// word appends the word starting at byte i (rune runes) and returns the
// byte and rune offsets after it.
func word(text string, i, runes int, toks []token) ([]token, int, int) {
	j, n, ascii, caps := i, 0, true, true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			caps = caps && c <= 'Z'
			j++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
		n++
		ascii, caps = false, false
	}
	t := token{bs: i, be: j, rs: runes, re: runes + n, kind: tokWord, upper: 'A' <= text[i] && text[i] <= 'Z', caps: caps}
	if ascii && j-i <= maxWordLen && mayKnow(text[i], text[j-1], j-i) {
		var buf [maxWordLen]byte
		for k := i; k < j; k++ {
			c := text[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k-i] = c
		}
		if e, ok := vocabulary[string(buf[:j-i])]; ok {
			t.word, t.val, t.plural, t.abbr = e.class, int(e.val), e.plural, e.abbr
		}
	}
	return append(toks, t), j, runes + n
}
