package toponym

import (
	"slices"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// token is what the geocoder knows of a word of the text beside the
// text's token (a.doc.Tokens, same index): the word lists its folded word
// is on, and the text's flags with what the rules found it to be. Kept
// apart from the text's tokens, and small, so that the geocoder's passes
// over every word read a few bytes a word.
type token struct {
	Flags text.Flags
	class wordClass // the word lists the folded word is on
	lex   int32     // index+1 of its lexicon entry, 0 if it has none
}

// Has says whether the token has any of the flags f.
func (t *token) Has(f text.Flags) bool { return t.Flags&f != 0 }

// The geocoder's flags, in the bits of text.Flags the text leaves free.
const (
	tTitleLine = text.FirstFreeFlag << iota // on a line where nearly every word is capitalised
	tPerson                                 // part of a person's name
	tDemonym                                // a demonym or adjective of a country
	tOrgName                                // part of an organisation's name ("Bank of America")
)

// weakCap says the capital letter may be due to position alone (start of a
// sentence, a title-case headline), not to the word being a name.
func (t *token) weakCap() bool { return t.Flags&(text.AfterStop|tTitleLine) != 0 }

// readTokens takes the document's tokens and looks each folded word up in
// the lexicon.
func (a *analysis) readTokens() {
	a.toks = slices.Grow(a.toks[:0], len(a.doc.Tokens))[:len(a.doc.Tokens)]
	for i := range a.doc.Tokens {
		w := &a.doc.Tokens[i]
		t := token{Flags: w.Flags}
		if t.lex = a.lex.Index(a.doc.Folded(i), w.Hash); t.lex != 0 {
			t.class = a.lex.At(t.lex).class
		}
		a.toks[i] = t
	}
}

// spanKey builds the lookup key of tokens [i, j): their folded words joined
// by single spaces, as text.Fold would make of the surface, and its
// text.KeyHash.
func (a *analysis) spanKey(i, j int) ([]byte, uint64) {
	a.key = append(a.key[:0], a.folded(i)...)
	h := a.doc.Tokens[i].Hash
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
func (a *analysis) extendHash(h uint64, k int) uint64 { return text.JoinHash(h, a.doc.Tokens[k].Hash) }

// markTitleLines flags the tokens of lines written in title case or capitals
// (headlines), whose capital letters say nothing about names.
func markTitleLines(toks []token) {
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && !toks[b].Has(text.LineStart) {
			b++
		}
		lower, content := 0, 0
		for i := a; i < b; i++ {
			t := &toks[i]
			// Only a word written as its fold can be one: "of", not "oF".
			if t.Has(text.Lower) && t.Has(text.SelfFolded) && t.class&wTitleConnector != 0 {
				continue
			}
			if t.Has(text.Cap | text.Lower) {
				content++
				if t.Has(text.Lower) {
					lower++
				}
			}
		}
		if content >= 3 && lower*10 <= content {
			for i := a; i < b; i++ {
				toks[i].Flags |= tTitleLine
			}
		}
		a = b
	}
}

func hasNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			return true
		}
	}
	return false
}

// lookupWord returns the places named by the word of token i alone.
func (a *analysis) lookupWord(i int) []*geo.Place {
	return a.g.LookupHashed(a.folded(i), a.doc.Tokens[i].Hash)
}

// wordLen is the length in bytes of the word of token i.
func (a *analysis) wordLen(i int) int32 { return a.doc.Tokens[i].End - a.doc.Tokens[i].Start }
