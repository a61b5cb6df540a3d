package text

import (
	"strings"
	"unicode/utf8"
)

// A Lexicon holds what a reader knows of words: their word lists, their
// meaning. It is an open-addressing hash table keyed by the folded word and
// its WordHash, so that a token is looked up with the hash the tokenizer
// computed as it read it, in one probe for nearly every word. Each slot
// holds the high half of its entry's hash beside the entry's index, so that
// the many words on no list are turned away without reading an entry.
type Lexicon[V any] struct {
	words  []string
	values []V
	slots  []uint64 // high 32 bits of the hash | index+1; 0 is empty
	mask   uint64
}

// NewLexicon returns a lexicon of the words of m, each written as its
// readers will look it up: folded (see Fold) for the words of tokens, which
// are looked up by the tokens' hashes; with a hyphen or an apostrophe for
// the words a reader joins from several tokens ("cease-fire").
func NewLexicon[V any](m map[string]V) *Lexicon[V] {
	size := 64
	for size < 2*len(m) {
		size <<= 1
	}
	l := &Lexicon[V]{slots: make([]uint64, size), mask: uint64(size - 1)}
	for w, v := range m {
		l.words = append(l.words, w)
		l.values = append(l.values, v)
		h := WordHash(w)
		s := h & l.mask
		for l.slots[s] != 0 {
			s = (s + 1) & l.mask
		}
		l.slots[s] = h>>32<<32 | uint64(len(l.words))
	}
	return l
}

// Index returns index+1 of the folded word w, whose WordHash is h, or 0 if
// it is in no list. At gives its value.
func (l *Lexicon[V]) Index(w string, h uint64) int32 {
	for s := h & l.mask; ; s = (s + 1) & l.mask {
		v := l.slots[s]
		if v == 0 {
			return 0
		}
		if i := int32(uint32(v)); v>>32 == h>>32 && l.words[i-1] == w {
			return i
		}
	}
}

// At returns the value of the word whose Index is i.
func (l *Lexicon[V]) At(i int32) *V { return &l.values[i-1] }

// Find returns the value of the folded word w, whose WordHash is h.
func (l *Lexicon[V]) Find(w string, h uint64) (V, bool) {
	if i := l.Index(w, h); i != 0 {
		return l.values[i-1], true
	}
	var none V
	return none, false
}

// Lookup returns the value of w, a word in any case: its ASCII capitals are
// lowered as it is hashed; a word with other letters must be lowered by the
// caller as its entry was written.
func (l *Lexicon[V]) Lookup(w string) (V, bool) {
	var none V
	h := newByteHasher()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return l.Find(w, WordHash(w))
		}
		h.add(lowerASCII[c])
	}
	hash := h.sum()
	for s := hash & l.mask; ; s = (s + 1) & l.mask {
		v := l.slots[s]
		if v == 0 {
			return none, false
		}
		if i := int32(uint32(v)); v>>32 == hash>>32 && strings.EqualFold(l.words[i-1], w) {
			return l.values[i-1], true
		}
	}
}

// lowerASCII maps each ASCII byte to itself, capitals to lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()
