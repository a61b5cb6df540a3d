package text

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// scannedWord is what the scanners read of a word.
type scannedWord struct {
	e     int    // byte offset after the word
	re    int32  // rune offset after the word
	flags Flags  // case flags, SelfFolded, ASCII
	hash  uint64 // WordHash of the fold of an ASCII word
}

// A word is read by scanASCIIWord, or when it cannot by scanWordSlowly.
// The tokenizer calls the two itself: a function that chose between them
// would be one more call for every word, too large to inline.

// scanWordSlowly reads the word that starts at byte i (rune rpos) byte by
// byte and rune by rune, for the words with an apostrophe or a letter
// outside ASCII, or at the end of the text.
func scanWordSlowly(text string, i int, rpos int32) scannedWord {
	start := i
	upper, lower := 0, 0
	plain := true        // ASCII lower case and digits only
	ascii := true        //
	letters := true      // letters only
	h := newByteHasher() // of the fold, while the word is ASCII
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			k := asciiClass[c]
			if k&bWord == 0 {
				if k&bApostrophe != 0 && apostropheContinues(text, i+1) {
					plain, letters = false, false // folding drops the apostrophe
					i++
					rpos++
					continue
				}
				break
			}
			if k&bUpper != 0 {
				upper++
				plain = false
				c += 'a' - 'A'
			} else if k&bLower != 0 {
				lower++
			} else {
				letters = false // a digit
			}
			h.add(c)
			i++
			rpos++
			continue
		}
		plain, ascii = false, false
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if isApostrophe(r) && apostropheContinues(text, i+size) {
				letters = false
				i += size
				rpos++
				continue
			}
			break
		}
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
		letters = letters && unicode.IsLetter(r)
		i += size
		rpos++
	}
	w := scannedWord{e: i, re: rpos}
	switch first := firstRune(text[start:]); {
	case isUpper(first):
		w.flags |= Cap
	case isLower(first):
		w.flags |= Lower
	}
	if upper >= 2 && lower == 0 {
		w.flags |= AllCaps
	}
	if plain {
		w.flags |= SelfFolded
	}
	if letters {
		w.flags |= Letters
	}
	if ascii {
		w.flags |= ASCII
		w.hash = h.sum()
	}
	return w
}

// scanASCIIWord reads the word that starts at byte i (rune rpos), one of
// ASCII letters and digits, 8 bytes at a time: the classes of 8 bytes are
// computed at once, so finding the end of the word takes no branch per byte. ok is false when the word
// runs into an apostrophe, a byte outside ASCII or the end of the text.
func scanASCIIWord(text string, i int, rpos int32) (w scannedWord, ok bool) {
	start := i
	h := uint64(hashSeed)
	upper, lower := 0, 0
	var firstUpper, firstLower uint64
	for i+8 <= len(text) {
		x := load64(text[i:])
		up, low, word := asciiByteClasses(x)
		if i == start {
			firstUpper, firstLower = up&0x80, low&0x80
		}
		n := bits.TrailingZeros64(^word&byteHighs) >> 3 // word bytes in x
		if n < 8 {
			if c := text[i+n]; c >= utf8.RuneSelf || asciiClass[c]&bApostrophe != 0 {
				return w, false
			}
		}
		keep := uint64(1)<<(8*n) - 1 // all ones when n is 8
		up, low = up&keep, low&keep
		upper += bits.OnesCount64(up)
		lower += bits.OnesCount64(low)
		if n > 0 {
			h = mixChunk(h, (x|up>>2)&keep) // 0x80>>2 is the case bit, 0x20
		}
		i += n
		if n == 8 {
			continue
		}
		w = scannedWord{e: i, re: rpos + int32(i-start), hash: finishHash(h, i-start), flags: ASCII}
		switch {
		case firstUpper != 0:
			w.flags |= Cap
		case firstLower != 0:
			w.flags |= Lower
		}
		if upper >= 2 && lower == 0 {
			w.flags |= AllCaps
		}
		if upper == 0 {
			w.flags |= SelfFolded
		}
		if upper+lower == i-start {
			w.flags |= Letters
		}
		return w, true
	}
	return w, false
}

// asciiByteClasses returns, for each byte of x, 0x80 in up if it is A-Z, in
// low if it is a-z and in word if it is a letter or a digit. Each test adds
// a constant to the bytes' low 7 bits, which cannot carry into the next byte.
func asciiByteClasses(x uint64) (up, low, word uint64) {
	x7 := x &^ byteHighs
	up = (x7 + 0x3f*byteOnes) &^ (x7 + 0x25*byteOnes)     // >= 'A' and not > 'Z'
	low = (x7 + 0x1f*byteOnes) &^ (x7 + 0x05*byteOnes)    // >= 'a' and not > 'z'
	digit := (x7 + 0x50*byteOnes) &^ (x7 + 0x46*byteOnes) // >= '0' and not > '9'
	ascii := ^x & byteHighs
	up, low = up&ascii, low&ascii
	return up, low, (up | low | digit) & ascii
}
