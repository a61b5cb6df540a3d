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

// appendSentences appends the sentences of text to out.
func appendSentences(out []Sentence, text string) []Sentence {
	// The sentence being read; its start is -1 between sentences.
	var s Sentence
	s.Runes.Start = -1
	for i, r := 0, 0; i < len(text); {
		if sentenceBytes[text[i]] != markByte {
			// Most bytes are ASCII letters, digits, spaces and punctuation
			// that ends nothing: skip the whole run of them.
			ascii := r - i // runes and bytes advance together over ASCII
			for i < len(text) {
				k := sentenceBytes[text[i]]
				if k == markByte {
					break
				}
				if k == spaceByte {
					i++
					continue
				}
				if s.Runes.Start < 0 {
					s.Runes.Start, s.Bytes.Start = i+ascii, i
				}
				for i++; i < len(text) && sentenceBytes[text[i]] == plainByte; i++ {
				}
				s.Runes.End, s.Bytes.End = i+ascii, i
			}
			r = i + ascii
			continue
		}
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isLineEnd(c):
			if !continuesLine(text, i+size) {
				out, s.Runes.Start = emit(out, s)
			}
		case isSpace(c):
		default:
			if s.Runes.Start < 0 {
				s.Runes.Start, s.Bytes.Start = r, i
			}
			s.Runes.End, s.Bytes.End = r+1, i+size
			if !isTerminal(c) {
				break
			}
			// Take in the run of terminal marks and closers ("?!", ".\"", ".)").
			j := i + size
			for j < len(text) {
				d, n := utf8.DecodeRuneInString(text[j:])
				if !isTerminal(d) && !isCloser(d) {
					break
				}
				j += n
				r++
				s.Runes.End, s.Bytes.End = r+1, j
			}
			if endsSentence(text, s.Bytes.Start, i, j) {
				out, s.Runes.Start = emit(out, s)
			}
			i, r = j, r+1
			continue
		}
		i += size
		r++
	}
	out, _ = emit(out, s)
	return out
}

// emit appends s if a sentence was started, and returns -1 for the start
// of the next.
func emit(out []Sentence, s Sentence) ([]Sentence, int) {
	if s.Runes.Start >= 0 {
		out = append(out, s)
	}
	return out, -1
}

// Classes of bytes for Sentences.
const (
	plainByte = iota // ASCII that is no space and ends nothing
	spaceByte        // ASCII white space within a line
	markByte         // may end a sentence or a line: . ! ? \n, and bytes outside ASCII
)

var sentenceBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf || isTerminal(rune(c)) || isLineEnd(rune(c)):
			t[c] = markByte
		case isSpace(rune(c)):
			t[c] = spaceByte
		}
	}
	return t
}()

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
	if !unicode.IsUpper(next) && !isOpener(next) {
		return false
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
