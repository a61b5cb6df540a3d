package geo

import "unicode/utf8"

// foldTokens folds every token that is not already its own fold into one
// buffer, and looks each folded word up in the lexicon.
func (a *analysis) foldTokens() {
	for i := range a.toks {
		t := &a.toks[i]
		w := a.text[t.s:t.e]
		if t.has(tFolded) {
			t.fs, t.fe = -1, -1
			t.lex = a.lex.find(w, t.hash)
		} else {
			t.fs = int32(len(a.fold))
			if t.has(tASCII) {
				a.fold = appendLowerASCII(a.fold, w)
			} else {
				a.fold = appendFold(a.fold, w)
			}
			t.fe = int32(len(a.fold))
			f := a.fold[t.fs:t.fe]
			if !t.has(tASCII) {
				t.hash = wordHash(string(f))
			}
			t.lex = a.lex.findBytes(f, t.hash)
		}
		if t.lex != 0 {
			t.class = a.lex.entries[t.lex-1].class
		}
	}
	a.foldStr = string(a.fold)
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

// spanKey builds the lookup key of tokens [i, j): their folded words joined
// by single spaces, as Fold would make of the surface, and its keyHash.
func (a *analysis) spanKey(i, j int) ([]byte, uint64) {
	a.key = append(a.key[:0], a.folded(i)...)
	h := a.toks[i].hash
	for k := i + 1; k < j; k++ {
		a.key = append(a.key, ' ')
		a.key = append(a.key, a.folded(k)...)
		h = a.extendHash(h, k)
	}
	return a.key, h
}

// spanString is the lookup key of tokens [i, j) as a string.
func (a *analysis) spanString(i, j int) string {
	key, _ := a.spanKey(i, j)
	return string(key)
}

// extendHash continues the hash h of a key with a space and the word of
// token k: the hash of "nagorno karabakh" is that of "nagorno" joined with
// the token hash of "karabakh", so no byte is hashed twice.
func (a *analysis) extendHash(h uint64, k int) uint64 { return joinHash(h, a.toks[k].hash) }

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
