package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is where a sentence lies, in runes and in bytes, without the
// white space around it. Doc.Sentences are a text's sentences.
//
// A sentence ends at '.', '!' or '?' (and the closing quotes or brackets after
// it) when white space and then a capital letter or an opening quote follow,
// and at the end of a line: paragraphs, headlines and datelines are one line
// each in the articles Chronomap reads. A line that goes on in lower case is
// taken as a hard-wrapped sentence and joined to the next.
//
// A period does not end a sentence after a known abbreviation ("Mr.",
// "Gen.", "Sept."), a single-letter initial ("J. Smith"), or a dotted
// abbreviation ("U.S.", "a.m."); an ellipsis ends one only at a line end.
type Sentence struct {
	Runes, Bytes Span
	Tokens       Span // the indices in Doc.Tokens of its words
}

// splitter finds the sentences of a text as tokenize reads it: the words
// and the marks between them.
type splitter struct {
	out  []Sentence
	open Sentence // the sentence being read; Runes.Start is -1 between sentences
}

// word takes in a word at runes [rs, re) and bytes [bs, be), which is token
// number tok.
func (sp *splitter) word(rs int32, bs int, re int32, be int, tok int) {
	sp.start(rs, bs, tok)
	sp.open.Runes.End, sp.open.Bytes.End = int(re), be
}

// mark takes in a mark that is no space, of size bytes at rune r and byte
// i, before token number tok.
func (sp *splitter) mark(r int32, i, size, tok int) {
	sp.start(r, i, tok)
	sp.open.Runes.End, sp.open.Bytes.End = int(r)+1, i+size
}

func (sp *splitter) start(r int32, i, tok int) {
	if sp.open.Runes.Start < 0 {
		sp.open.Runes.Start, sp.open.Bytes.Start, sp.open.Tokens.Start = int(r), i, tok
	}
}

// lineEnd ends the sentence at a line end, unless the line that starts at
// byte next goes on with it.
func (sp *splitter) lineEnd(text string, next, tok int) {
	if !continuesLine(text, next) {
		sp.out = sp.emit(tok)
	}
}

// terminal takes in the terminal mark of size bytes at byte i and rune r,
// and the run of terminal marks and closers after it ("?!", ".\"", ".)"),
// ends the sentence there if it is its end, and returns the byte and rune
// offsets after the run.
func (sp *splitter) terminal(text string, i, size int, r int32, tok int) (int, int32) {
	sp.mark(r, i, size, tok)
	j := i + size
	for j < len(text) {
		d, n := utf8.DecodeRuneInString(text[j:])
		if !isTerminal(d) && !isCloser(d) {
			break
		}
		j += n
		r++
		sp.open.Runes.End, sp.open.Bytes.End = int(r)+1, j
	}
	if endsSentence(text, sp.open.Bytes.Start, i, j) {
		sp.out = sp.emit(tok)
	}
	return j, r + 1
}

// emit appends the sentence being read, if one was started, whose tokens
// end before token number tok, and returns the sentences.
func (sp *splitter) emit(tok int) []Sentence {
	if sp.open.Runes.Start >= 0 {
		sp.open.Tokens.End = tok
		sp.out = append(sp.out, sp.open)
	}
	sp.open = Sentence{Runes: Span{-1, -1}}
	return sp.out
}

// endsSentence reports whether the terminal mark at byte mark, whose run of
// marks and closers ends at byte after, ends the sentence that began at byte
// from. Line ends are left to the caller.
func endsSentence(text string, from, mark, after int) bool {
	if after >= len(text) || !isSpaceOrLineEnd(text, after) {
		return false // "3.5", "U.S.-backed", or the end of the text
	}
	next, nextAt := firstAfterSpace(text, after)
	if nextAt < 0 || isLineEnd(next) {
		return false // the line end decides
	}
	if !unicode.IsUpper(next) && !isOpener(next) && !('0' <= next && next <= '9') {
		return false // a digit may open one: "7 fatalities reported."
	}
	run := text[mark:after]
	if run[0] != '.' && run[0] != 0xE2 { // '!' or '?' (… and other marks start with 0xE2)
		return true
	}
	if isEllipsis(run) {
		return false
	}
	if run[0] != '.' {
		return true // another non-ASCII terminal mark
	}
	return !isAbbreviation(wordBefore(text, from, mark))
}

// wordBefore returns the word that ends at byte end, from the last white
// space or opening bracket or quote, not before byte from.
func wordBefore(text string, from, end int) string {
	i := end
	for i > from {
		c, n := utf8.DecodeLastRuneInString(text[from:i])
		if isSpace(c) || isLineEnd(c) || isOpener(c) {
			break
		}
		i -= n
	}
	return text[i:end]
}

// isAbbreviation reports whether a word followed by a period is an
// abbreviation rather than the end of a sentence.
func isAbbreviation(w string) bool {
	if abbreviations[w] {
		return true
	}
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(first) {
		return true // an initial: "J. Smith"
	}
	// Dotted abbreviations: letters, each but the last followed by a period
	// ("U.S", "a.m", "U.N", "e.g").
	letters := 0
	for i, c := range w {
		if (i%2 == 0) != unicode.IsLetter(c) || (i%2 == 1 && c != '.') || c >= utf8.RuneSelf {
			return false
		}
		letters++
	}
	return letters >= 3
}

// abbreviations end in a period but seldom end a sentence: titles, ranks,
// months and the like, as written in English news.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Rev": true,
	"Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Cpt": true,
	"Sgt": true, "Cpl": true, "Pvt": true, "Adm": true, "Cmdr": true, "Brig": true,
	"Gov": true, "Sen": true, "Rep": true, "Pres": true, "Amb": true,
	"St": true, "Mt": true, "Ft": true, "No": true, "Nos": true, "Vol": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"vs": true, "approx": true, "est": true,
	// Before a number: "Art. 5", "Fig. 2", "p. 12".
	"Art": true, "Fig": true, "p": true, "pp": true,
}

// continuesLine reports whether the line that starts at byte i goes on the
// sentence of the line before: it starts, after spaces, with a lower-case
// letter (a hard-wrapped line), not with a blank line, a capital or a bullet.
func continuesLine(text string, i int) bool {
	c, at := firstAfterSpace(text, i)
	return at >= 0 && unicode.IsLower(c)
}

// firstAfterSpace returns the first rune at or after byte i that is not a
// space (line ends count), and its byte offset, or -1 at the end of text.
func firstAfterSpace(text string, i int) (rune, int) {
	for i < len(text) {
		c, n := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isSpace(c) {
			return c, i
		}
		i += n
	}
	return 0, -1
}

func isSpaceOrLineEnd(text string, i int) bool {
	c, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(c) || isLineEnd(c)
}

func isEllipsis(run string) bool {
	return len(run) >= 3 && run[:3] == "..." || len(run) >= 3 && run[:3] == "…"
}

// isSpace reports white space within a line.
func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
	}
	return unicode.IsSpace(c) && !isLineEnd(c)
}

func isLineEnd(c rune) bool { return c == '\n' || c == '\u2028' || c == '\u2029' }

func isTerminal(c rune) bool { return c == '.' || c == '!' || c == '?' || c == '…' }

func isCloser(c rune) bool {
	switch c {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

func isOpener(c rune) bool {
	switch c {
	case '"', '\'', '(', '[', '“', '‘', '«':
		return true
	}
	return false
}
