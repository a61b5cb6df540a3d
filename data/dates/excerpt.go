package dates

import "unicode/utf8"

// Most of a news text holds no date. Every date expression holds an
// anchor, a token that only dates have (a capitalised month or weekday, a
// year, "yesterday", a unit of time ...), and reaches only a few tokens
// either side of it. Tag tokenises and parses only the excerpts around
// anchors. Walking the text token by token costs a mispredicted branch or
// two at every word end, so it finds anchors with a byte filter instead
// (candidates) and tokenises from a little before each.

// An expression starts at most maxLead tokens before its first anchor
// ("for the end of more than the past twenty-four hours") and reads at
// most 10 tokens past its last ("Sept. 27th to 30th, 20..." looks for a
// year).
const (
	maxLead    = 11
	lookBehind = maxLead + 1 // tokens kept before an anchor: one more, that a reader looks at
	lookAhead  = 11          // tokens kept after an anchor
)

// excerpt is where a stretch of tokenised text starts.
type excerpt struct {
	bs, rs int // byte and rune offsets
}

// tokenize reads the tokens of the excerpts of text: from lookBehind
// tokens before an anchor to lookAhead tokens after the last anchor that
// follows within lookAhead tokens. A gap token separates excerpts.
func (s *scanner) tokenize(text string) {
	s.toks, s.excerpts, s.anchors = s.toks[:0], s.excerpts[:0], s.anchors[:0]
	pos, runes := 0, 0 // where the last excerpt ended
	for {
		a := nextCandidate(text, pos)
		if a < 0 {
			return
		}
		start := behind(text, a, pos)
		if start > pos || len(s.excerpts) == 0 {
			if len(s.excerpts) > 0 {
				s.toks = append(s.toks, gap)
			}
			runes += runeCount(text[pos:start])
			s.excerpts = append(s.excerpts, excerpt{bs: start, rs: runes})
		}
		pos, runes = s.tokenizeFrom(text, start, runes, a)
	}
}

// tokenizeFrom appends the tokens from byte start (rune runes) up to
// lookAhead tokens past the last anchor, and returns the byte and rune
// offsets where it stopped. It counts from the candidate at byte a too,
// which may prove no anchor ("Mayé").
func (s *scanner) tokenizeFrom(text string, start, runes, a int) (int, int) {
	l := lexer{text: text, i: start, runes: runes}
	toks := s.toks // a local slice: appending to s.toks would cost a write barrier per token
	ahead := -1    // tokens still to read; -1 before the candidate
	for ahead != 0 && l.next() {
		toks = appendToken(toks, &l)
		switch {
		case toks[len(toks)-1].anchor():
			ahead = lookAhead
			s.anchors = append(s.anchors, len(toks)-1)
		case ahead > 0:
			ahead--
		case l.be > a:
			ahead = lookAhead - 1
		}
	}
	s.toks = toks
	return l.i, l.runes
}

// anchor reports whether t may anchor an expression: a year, or a word
// that only dates have.
func (t *token) anchor() bool {
	switch t.kind {
	case tokNumber:
		return t.digits() == 4 && isYear(t.val)
	case tokWord:
		return anchorClass[t.word] && (t.upper || !capitalAnchor[t.word])
	}
	return false
}

// anchorClass tells the word classes that may anchor an expression; the
// others ("in", "the", "last", "nearly") only lead up to one. Day
// numbers need no anchor of their own: a month, a year or a unit always
// comes with them.
var anchorClass = func() (a [wordClasses]bool) {
	for _, c := range []wordClass{wMonth, wWeekday, wUnit, wToday, wYesterday, wOvernight, wDaytime, wNight, wWeekend} {
		a[c] = true
	}
	return a
}()

// capitalAnchor tells the anchor classes that are dates only when
// capitalised: "May 9", not "they may".
var capitalAnchor = [wordClasses]bool{wMonth: true, wWeekday: true}

// behind is where the excerpt around the anchor at byte a starts: at
// least lookBehind tokens before it, or at pos. It steps back over runs
// of non-space bytes, counting those that hold an ASCII character (they
// hold a token at least), and stops after an ASCII space, where a token
// always starts.
func behind(text string, a, pos int) int {
	i := a
	for i > pos && byteKinds[text[i-1]] != space { // the rest of a's run may hold no token
		i--
	}
	for runs := 0; i > pos && runs < lookBehind; {
		for i > pos && byteKinds[text[i-1]] == space {
			i--
		}
		ascii := false
		for i > pos && byteKinds[text[i-1]] != space {
			i--
			ascii = ascii || text[i] < utf8.RuneSelf
		}
		if ascii {
			runs++
		}
	}
	return i
}

// runeCount is utf8.RuneCountInString with a fast path for ASCII, 32
// bytes at a time: Tag counts the runes of the whole text.
func runeCount(s string) int {
	n := 0
	for len(s) >= 32 {
		if (load64(s)|load64(s[8:])|load64(s[16:])|load64(s[24:]))&0x8080808080808080 == 0 {
			s, n = s[32:], n+32
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		s, n = s[size:], n+1
	}
	return n + utf8.RuneCountInString(s)
}

// load64 is the first eight bytes of s, little-endian; the compiler makes
// one load of it.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
