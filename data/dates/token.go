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
// Tag reads tokens by the thousand, so they hold no more than it needs.
type token struct {
	bs, be int // byte offsets, start inclusive, end exclusive
	rs, re int // rune offsets
	val    int // month, weekday, unit or number the word names; a digit run's value
	punct  rune
	kind   tokenKind
	upper  bool      // a word that starts with an ASCII capital
	caps   bool      // a word all in ASCII capitals: "GMT", "JULY"
	word   wordClass // what a word means to the tagger; wNone for most words
	plural bool      // a unit word in the plural ("weeks")
	abbr   bool      // an abbreviated month name ("Sept")
}

// digits is the length of a digit run, 0 for other tokens.
func (t *token) digits() int {
	if t.kind != tokNumber {
		return 0
	}
	return t.be - t.bs
}

// gap separates the tokens of two excerpts: it is no word, number or
// punctuation and touches nothing, as the ends of the text.
var gap = token{bs: -1, be: -1, rs: -1, re: -1}

// maxDigits keeps a digit run's value from overflowing; longer runs are
// numbers but never dates.
const maxDigits = 9

// appendToken appends the token l is at.
func appendToken(toks []token, l *lexer) []token {
	// Filled in place: copying in a token built aside costs a stalled load.
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.bs, t.be, t.rs, t.re, t.kind = l.bs, l.be, l.rs, l.runes, l.kind
	w := l.text[l.bs:l.be]
	switch l.kind {
	case tokNumber:
		t.val = digitsValue(w[:min(len(w), maxDigits)])
	case tokWord:
		readWord(t, w, l.ascii)
	case tokPunct:
		t.punct, _ = utf8.DecodeRuneInString(w)
	}
	return toks
}

func digitsValue(s string) (v int) {
	for _, c := range []byte(s) {
		v = v*10 + int(c-'0')
	}
	return v
}

// readWord fills in what the word w tells: its case and, for an ASCII
// word, its meaning.
func readWord(t *token, w string, ascii bool) {
	readCase(t, w, ascii)
	if ascii {
		t.mean(vocabulary.Lookup(w))
	}
}

// readCase fills in the case of the word w.
func readCase(t *token, w string, ascii bool) {
	t.upper = isUpper(w[0])
	t.caps = ascii
	for i := 0; i < len(w) && t.caps; i++ {
		t.caps = isUpper(w[i])
	}
}

// mean fills in the meaning of a word of the vocabulary, if it is one.
func (t *token) mean(e vocabularyEntry, ok bool) {
	if ok {
		t.word, t.val, t.plural, t.abbr = e.class, int(e.val), e.plural, e.abbr
	}
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// lexer finds the tokens of a text without reading them: where they are
// and what kind they are. Words are runs of letters, digit runs are
// numbers, and any other character but a space is punctuation.
type lexer struct {
	text     string
	i, runes int // byte and rune offsets of the end of the current token
	rs       int // rune offset of its start
	// the current token
	kind   tokenKind
	bs, be int  // byte offsets
	ascii  bool // a word of ASCII letters only
}

// next moves to the next token and reports whether there is one. ASCII
// text, most of it, takes a fast path.
func (l *lexer) next() bool {
	text, i := l.text, l.i
	for i < len(text) && byteKinds[text[i]] == space {
		i++
	}
	l.runes += i - l.i
	if i == len(text) {
		l.i = i
		return false
	}
	l.bs, l.rs, l.ascii = i, l.runes, true
	switch k := byteKinds[text[i]]; k {
	case letter, digit:
		j := i + 1
		for j < len(text) && byteKinds[text[j]] == k {
			j++
		}
		l.kind = tokWord
		if k == digit {
			l.kind = tokNumber
		} else if j < len(text) && text[j] >= utf8.RuneSelf {
			l.i = i
			return l.slow()
		}
		l.be, l.i = j, j
		l.runes += j - i
		return true
	case other:
		if text[i] < utf8.RuneSelf {
			l.kind, l.be, l.i = tokPunct, i+1, i+1
			l.runes++
			return true
		}
	}
	l.i = i
	return l.slow()
}

// slow is next where a non-ASCII character starts or continues the token
// at l.i.
func (l *lexer) slow() bool {
	text, i := l.text, l.i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r < utf8.RuneSelf && byteKinds[r] == space, r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
			l.runes++
			continue
		case r < utf8.RuneSelf && byteKinds[r] == digit:
			l.i = i
			return l.next()
		}
		l.bs, l.rs = i, l.runes
		if !isLetter(r) {
			l.kind, l.be, l.i = tokPunct, i+size, i+size
			l.runes++
			return true
		}
		l.kind, l.ascii = tokWord, true
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				break
			}
			i += size
			l.runes++
			l.ascii = l.ascii && r < utf8.RuneSelf
		}
		l.be, l.i = i, i
		return true
	}
	l.i = i
	return false
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return byteKinds[r] == letter
	}
	return unicode.IsLetter(r)
}

type byteKind uint8

const (
	other byteKind = iota // ASCII punctuation, or a byte of a multi-byte character
	space                 // control characters too
	digit
	letter
)

// byteKinds classes the ASCII bytes; a table of all 256 lets loops index
// it with any byte.
var byteKinds = func() (k [256]byteKind) {
	for c := range utf8.RuneSelf {
		switch {
		case c <= ' ' || c == 0x7f:
			k[c] = space
		case '0' <= c && c <= '9':
			k[c] = digit
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			k[c] = letter
		}
	}
	return k
}()
