package dates

// This file finds the anchors of a text without tokenising it: every
// window of four bytes is looked up, without a branch, in a set of the
// three-letter starts of anchor words and years with what may come before
// them. Only the rare hits take a branch and are checked.

// candidateBits is the size of the candidate set, a bit set indexed by a
// hash: large enough that few windows collide with an anchor's start,
// small enough to stay in the L1 cache (8 KiB).
const candidateBits = 16

var candidates [1 << candidateBits / 64]uint64

// What comes before a token's first byte.
const (
	afterLetter uint32 = iota // an ASCII letter: no token starts after it
	afterDigit
	afterOther // a space, punctuation, a multi-byte character or the start of the text
)

var preceding = func() (b [256]uint32) {
	for c := range b {
		switch {
		case c >= 0x80:
			b[c] = afterOther // which may end a letter: checked later
		case byteKinds[c] == letter:
			b[c] = afterLetter
		case byteKinds[c] == digit:
			b[c] = afterDigit
		default:
			b[c] = afterOther
		}
	}
	return b
}()

// A window is four bytes of text, the first in the low byte: what comes
// before a token and the token's first three bytes.

// isCandidate reports whether the window w may hold the start of an
// anchor. Its key is what comes before and the three bytes with letters
// in lower case (other bytes may change too, which only makes more
// candidates).
func isCandidate(w uint32) bool {
	h := candidateHash(preceding[w&0xff] | (w|0x20202000)&0xffffff00)
	return candidates[h/64]&(1<<(h%64)) != 0
}

func candidateHash(key uint32) uint32 { return key * 0x9e3779b1 >> (32 - candidateBits) }

func addCandidate(after uint32, start string) {
	h := candidateHash(after | (uint32(start[0])<<8|uint32(start[1])<<16|uint32(start[2])<<24|0x20202000)&0xffffff00)
	candidates[h/64] |= 1 << (h % 64)
}

func init() {
	for w, e := range vocabulary {
		if anchorClass[e.class] {
			// after a digit too: "7November 8" holds "November 8"
			addCandidate(afterDigit, w)
			addCandidate(afterOther, w)
		}
	}
	// A year right after a letter ("A2020") is never free to be one.
	for y := 1800; y <= 2100; y += 10 {
		addCandidate(afterOther, string(rune('0'+y/1000))+string(rune('0'+y/100%10))+string(rune('0'+y/10%10)))
	}
}

// nextCandidate is the byte offset of the first anchor at or after pos,
// or -1. It may return a word or number that is no anchor, never miss
// one. Most of the text goes four windows at a time, from one load of
// eight bytes: they are independent, so the processor overlaps them.
func nextCandidate(text string, pos int) int {
	end := pos + 2 // the window of a token that starts at pos
	for ; end < 3 && end < len(text); end++ {
		if isCandidate(window(text, end)) && isAnchorAt(text, end-2) {
			return end - 2
		}
	}
	for ; end+5 <= len(text); end += 4 {
		x := load64(text[end-3:]) // the windows that end at bytes end .. end+3
		if isCandidate(uint32(x)) || isCandidate(uint32(x>>8)) || isCandidate(uint32(x>>16)) || isCandidate(uint32(x>>24)) {
			for e := end; e < end+4; e++ {
				if isCandidate(window(text, e)) && isAnchorAt(text, e-2) {
					return e - 2
				}
			}
		}
	}
	for ; end < len(text); end++ {
		if isCandidate(window(text, end)) && isAnchorAt(text, end-2) {
			return end - 2
		}
	}
	return -1
}

// window is the window that ends at byte end, as if spaces came before
// the text.
func window(text string, end int) uint32 {
	w := uint32(0)
	for i := end - 3; i <= end; i++ {
		c := byte(' ')
		if i >= 0 {
			c = text[i]
		}
		w = w>>8 | uint32(c)<<24
	}
	return w
}

// isAnchorAt reports whether the word or number that starts at byte i may
// be an anchor.
func isAnchorAt(text string, i int) bool {
	switch byteKinds[text[i]] {
	case digit:
		end := run(text, i, digit)
		return end-i == 4 && isYear(digitsValue(text[i:end]))
	case letter:
		// A non-ASCII word that goes on with these letters is no anchor,
		// but taking it for one costs only time.
		return anchorWord(text[i:run(text, i, letter)])
	}
	return false
}

// run is the end of the run of bytes of kind k from i.
func run(text string, i int, k byteKind) int {
	for i++; i < len(text) && byteKinds[text[i]] == k; i++ {
	}
	return i
}

// isYear reports whether a four-digit number may be a year of news.
func isYear(n int) bool { return n >= 1800 && n <= 2100 }

// anchorWord reports whether the ASCII word w is an anchor.
func anchorWord(w string) bool {
	e, ok := lookup(w)
	return ok && anchorClass[e.class] && (isUpper(w[0]) || !capitalAnchor[e.class])
}
