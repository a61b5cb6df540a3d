package geojson

import (
	"math/bits"
	"unicode/utf8"
)

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s as a JSON string escaped as encoding/json
// escapes it by default: control characters, quotes and backslashes, the
// HTML-sensitive <, > and &, and the line and paragraph separators U+2028
// and U+2029, which JavaScript does not allow in strings; invalid UTF-8
// becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	plain := 0 // start of the bytes not yet appended, which need no escape
	for i := 0; i < len(s); {
		i = skipPlain(s, i)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[plain:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			plain = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[plain:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[plain:i]...), '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		plain = i
	}
	b = append(b, s[plain:]...)
	return append(b, '"')
}

const (
	byteOnes  = 0x0101010101010101
	byteHighs = 0x8080808080808080
)

// skipPlain returns the index of the first byte from i on that is not
// plain ASCII (see jsonPlain), or len(s). It reads 8 bytes at a time:
// the sentences, most of what the layers write, are nearly all plain, and
// a byte-by-byte loop was a tenth of the writing.
func skipPlain(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// Each term has the high bit of a byte set where that byte is
		// outside ASCII, below ' ', or one of the five escaped; a bit may
		// also be set above one truly set (a borrow), never below, so the
		// lowest set bit finds the first byte to escape.
		special := x | (x - ' '*byteOnes) | hasByte(x, '"') | hasByte(x, '\\') |
			hasByte(x, '<') | hasByte(x, '>') | hasByte(x, '&')
		if special &= byteHighs; special != 0 {
			return i + bits.TrailingZeros64(special)/8
		}
	}
	return i
}

// hasByte has the high bit of each byte of x that equals c set (and maybe
// of bytes above such a byte).
func hasByte(x uint64, c byte) uint64 {
	y := x ^ byteOnes*uint64(c)
	return (y - byteOnes) &^ y
}
