package text

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to the key the gazetteer is indexed by, so that the
// spellings news writers use for one place meet: lower case, no diacritics
// (Şuşa → susa, Xankəndi → xankendi), no apostrophes (Hats’avan → hatsavan),
// and hyphens, dots and runs of spaces as one space (Nagorno-Karabakh →
// nagorno karabakh, U.S. → u s).
func Fold(s string) string {
	var short [64]byte // most names fit: then only the string is allocated
	return string(AppendFold(short[:0], s))
}

// AppendFold appends Fold(s) to dst.
func AppendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := false // a separator is pending
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		for _, f := range foldRune(r) {
			switch {
			case f == 0:
				// dropped: apostrophes and combining marks
			case f == ' ':
				space = len(dst) > start
			default:
				if space {
					dst = append(dst, ' ')
					space = false
				}
				dst = utf8.AppendRune(dst, f)
			}
		}
	}
	return dst
}

// FoldPrefix is Fold for the start of a name, as a user types it: a
// separator it ends with stays, as a space, since it says that the last
// word is whole ("San " → "san ", which "Sanaa" does not start with).
func FoldPrefix(s string) string {
	folded := Fold(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if f := foldRune(last); folded != "" && len(f) == 1 && f[0] == ' ' {
		return folded + " "
	}
	return folded
}

// FoldsTo says whether Fold(s) == key, without building the fold: it stops
// at the first letter that differs, as most names a reader compares do.
func FoldsTo(s, key string) bool {
	k := 0
	space := false // a separator is pending
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, nearly every byte of the names compared: as foldRune
			// maps it, without making its slice.
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case c == '\'' || c == '`':
				continue
			default:
				space = k > 0
				continue
			}
			if space {
				if k >= len(key) || key[k] != ' ' {
					return false
				}
				k, space = k+1, false
			}
			if k >= len(key) || key[k] != c {
				return false
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		for _, f := range foldRune(r) {
			switch {
			case f == 0:
			case f == ' ':
				space = k > 0
			default:
				if space {
					if k >= len(key) || key[k] != ' ' {
						return false
					}
					k, space = k+1, false
				}
				n := utf8.EncodeRune(enc[:], f)
				if len(key)-k < n || key[k:k+n] != string(enc[:n]) {
					return false
				}
				k += n
			}
		}
	}
	return k == len(key)
}

// foldRune maps one rune to what it contributes to a folded name: letters and
// digits in lower case without marks, 0 for what is dropped, ' ' for a separator.
func foldRune(r rune) []rune {
	if r < rune(len(latinFolds)) && latinFolds[r] != nil {
		return latinFolds[r]
	}
	return foldRuneSlowly(r)
}

// latinFolds holds foldRune's answers for the Latin letters of names,
// worked out once: the decomposition of a letter is slow, and names of
// every country repeat the same few hundred.
var latinFolds = func() (t [0x250][]rune) {
	for r := range t {
		t[r] = foldRuneSlowly(rune(r))
	}
	return t
}()

// foldRuneSlowly is foldRune worked out.
func foldRuneSlowly(r rune) []rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return asciiLower[r-'A' : r-'A'+1]
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return []rune{r}
		case r == '\'' || r == '`':
			return dropped
		default:
			return separator
		}
	case isApostrophe(r):
		return dropped
	}
	if f, ok := specialFolds[r]; ok {
		return []rune(f)
	}
	if unicode.Is(unicode.Mn, r) {
		return dropped
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return separator
	}
	var out []rune
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			out = append(out, unicode.ToLower(d))
		}
	}
	return out
}

var (
	asciiLower = []rune("abcdefghijklmnopqrstuvwxyz")
	dropped    = []rune{0}
	separator  = []rune{' '}
)

// specialFolds covers letters that Unicode does not decompose into a base
// letter and a mark, but that transliterate to one in English news.
var specialFolds = map[rune]string{
	'ə': "e", 'Ə': "e", 'ǝ': "e", 'Ǝ': "e", 'ı': "i", 'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ħ': "h", 'þ': "th",
	'ð': "d",
}

func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʼ', 'ʻ', 'ʹ', '′', '´', 'ʿ', 'ʾ':
		return true
	}
	return false
}

// foldTokens folds every token that is not already its own fold into one
// buffer, appended to fold, and gives those outside ASCII the hash of their
// fold (the scanner hashes ASCII words as it reads them).
func foldTokens(text string, toks []Token, fold []byte) []byte {
	for i := range toks {
		t := &toks[i]
		if t.Has(SelfFolded) {
			t.fs, t.fe = -1, -1
			continue
		}
		w := text[t.Start:t.End]
		t.fs = int32(len(fold))
		switch {
		case t.Flags&(ASCII|Letters) == ASCII|Letters:
			fold = appendLowerLetters(fold, w)
		case t.Has(ASCII):
			fold = appendLowerASCII(fold, w)
		default:
			fold = appendFold(fold, w)
		}
		t.fe = int32(len(fold))
		if !t.Has(ASCII) {
			t.Hash = WordHash(string(fold[t.fs:t.fe]))
		}
	}
	return fold
}

// appendLowerLetters appends the fold of a word of ASCII letters only: the
// word with every case bit (0x20) set, 8 bytes at a time. Nearly every word
// to fold is one, a capitalised word.
func appendLowerLetters(dst []byte, w string) []byte {
	n := len(dst)
	dst = append(dst, w...)
	b := dst[n:]
	for ; len(b) >= 8; b = b[8:] {
		binary.LittleEndian.PutUint64(b, binary.LittleEndian.Uint64(b)|0x2020202020202020)
	}
	for i := range b {
		b[i] |= 0x20
	}
	return dst
}

// appendLowerASCII appends the fold of an ASCII word: its letters and digits
// in lower case, without apostrophes.
func appendLowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if k := asciiClass[w[i]]; k&bUpper != 0 {
			dst = append(dst, w[i]+'a'-'A')
		} else if k&bWord != 0 {
			dst = append(dst, w[i])
		}
	}
	return dst
}

// appendFold appends Fold(w) for a single word w (letters, digits, marks and
// apostrophes only), with an ASCII fast path.
func appendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		for _, f := range foldRune(r) {
			if f > ' ' {
				dst = utf8.AppendRune(dst, f)
			}
		}
	}
	return dst
}
