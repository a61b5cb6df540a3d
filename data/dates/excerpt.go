package dates

import "unicode/utf8"

// Most of a news text holds no date. Every date expression holds an
// anchor, a token that only dates have (a digit run, a capitalised month
// or weekday, "yesterday", a unit of time ...), and reaches only a few
// tokens either side of it. Tag tokenises and parses only the excerpts
// around anchors; a cheap walk over the token boundaries finds them.

// excerpt is a stretch of text from one token boundary to another.
type excerpt struct {
	bs, be int // byte offsets
	rs     int // rune offset of bs
}

// An expression starts at most 11 tokens before its first anchor ("for
// the end of more than the past twenty-four hours") and reads at most 4
// tokens past its last; the margins leave room to spare.
const (
	lookBehind = 15 // tokens kept before an anchor
	lookAhead  = 8  // tokens kept after an anchor
)

// excerpts appends to out the excerpts of text that hold its anchors with
// their margins, merging those that touch or overlap. It walks every
// token of the text, so ASCII words and numbers take a fast path here
// rather than through lexer.next.
func excerpts(text string, out []excerpt) []excerpt {
	var starts [lookBehind + 1]excerpt // the latest tokens' starts, a ring
	seen, ahead := 0, 0                // ahead: tokens still to keep; 0 when no excerpt is open
	extra := 0                         // bytes beyond one per rune before i
	for i := 0; i < len(text); {
		k := byteKinds[text[i]]
		if k == space {
			i++
			continue
		}
		bs, rs, anchor := i, i-extra, false
		switch end := run(text, i, k); {
		case k == digit:
			i = end
			anchor = dayOrYear(text[bs:i])
		case k == letter && !startsUnicode(text, end):
			i = end
			anchor = mayBeIn(&anchors, text[bs:i]) && anchorWord(text[bs:i])
		case k == other && text[i] < utf8.RuneSelf:
			i++
		default:
			bs, rs, i, extra, anchor = unicodeToken(text, i, extra)
		}
		starts[seen%len(starts)] = excerpt{bs: bs, rs: rs}
		seen++
		if !anchor {
			if ahead > 0 {
				if ahead--; ahead == 0 {
					out[len(out)-1].be = i
				}
			}
			continue
		}
		if ahead == 0 {
			first := starts[0]
			if seen > len(starts) {
				first = starts[seen%len(starts)]
			}
			if n := len(out); n == 0 || first.bs > out[n-1].be {
				out = append(out, first)
			}
		}
		ahead = lookAhead
	}
	if ahead > 0 {
		out[len(out)-1].be = len(text)
	}
	return out
}

// unicodeToken is the slow path of excerpts, where a multi-byte character
// starts or continues a token at byte i: it returns the token's byte and
// rune start, its end, the bytes beyond one per rune before its end, and
// whether it is an anchor.
//
//go:noinline
func unicodeToken(text string, i, extra int) (bs, rs, be, extraAfter int, anchor bool) {
	l := lexer{text: text, i: i, runes: i - extra}
	if !l.next() {
		return i, i - extra, len(text), len(text) - l.runes, false
	}
	anchor = l.kind == tokWord && l.ascii && mayBeIn(&anchors, text[l.bs:l.be]) && anchorWord(text[l.bs:l.be])
	return l.bs, l.rs, l.be, l.be - l.runes, anchor
}

// run is the end of the run of bytes of kind k from i.
func run(text string, i int, k byteKind) int {
	for i++; i < len(text) && byteKinds[text[i]] == k; i++ {
	}
	return i
}

// startsUnicode reports whether a multi-byte character starts at i,
// which may continue a word.
func startsUnicode(text string, i int) bool { return i < len(text) && text[i] >= utf8.RuneSelf }

// dayOrYear reports whether a digit run may be a day of the month or a
// year of news.
func dayOrYear(digits string) bool {
	switch len(digits) {
	case 1, 2:
		d := digitsValue(digits)
		return d >= 1 && d <= 31
	case 4:
		y := digitsValue(digits)
		return y >= 1800 && y <= 2100
	}
	return false
}

// anchorWord reports whether an ASCII word that mayBeIn anchors is an
// anchor.
func anchorWord(w string) bool {
	e, _ := lookup(w)
	return anchorClass[e.class] && (isUpper(w[0]) || !capitalAnchor[e.class])
}

// anchorClass tells the word classes that may anchor an expression; the
// others ("in", "the", "last", "nearly") only lead up to one.
var anchorClass = func() (a [wordClasses]bool) {
	for _, c := range []wordClass{wMonth, wWeekday, wUnit, wToday, wYesterday, wOvernight, wDaytime, wNight, wWeekend} {
		a[c] = true
	}
	return a
}()

// capitalAnchor tells the anchor classes that are dates only when
// capitalised: "May 9", not "they may".
var capitalAnchor = [wordClasses]bool{wMonth: true, wWeekday: true}

// anchors is known for the anchor words alone.
var anchors = firstLastLetters(func(e vocabularyEntry) bool { return anchorClass[e.class] })
