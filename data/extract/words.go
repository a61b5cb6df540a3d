package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/text"
)

// word is one word of a sentence as the rules read it: a token of the text,
// or several joined by an inner hyphen ("cease-fire"), a possessive
// ("Azerbaijan's") or a digit separator ("1,000").
type word struct {
	lower      string // lower-cased text, apostrophes as ASCII
	start, end int    // rune offsets in the article text
	from, to   int    // byte offsets in the article text
	upper      bool   // starts with an upper-case letter
	lex        lexeme // what the word can do
}

// words appends to buf the words of sentence s of doc.
func words(doc *text.Doc, s text.Sentence, buf []word) []word {
	toks := doc.Tokens
	for k := s.Tokens.Start; k < s.Tokens.End; k++ {
		first := k
		to := int(toks[k].End)
		for {
			to = possessiveEnd(doc, k, to)
			if k+1 >= s.Tokens.End || !joined(doc, k, to) {
				break
			}
			k++
			to = int(toks[k].End)
		}
		// Filled in place: copying in a word built aside stalls on loading
		// what was just stored.
		buf = append(buf, word{})
		w := &buf[len(buf)-1]
		w.start, w.end, w.from, w.to = int(toks[first].RuneStart), int(toks[first].RuneEnd), int(toks[first].Start), to
		w.upper = toks[first].Has(text.Cap)
		w.end += utf8.RuneCountInString(doc.Text[toks[first].End:to])
		if lower, ok := foldOf(doc, first, k, to); ok {
			// The word is its token's fold, whose hash the token has.
			w.lower = lower
			w.lex, _ = lexicon.Find(lower, toks[first].Hash)
		} else {
			w.lower = strings.ReplaceAll(strings.ToLower(doc.Text[toks[first].Start:to]), "’", "'")
			w.lex, _ = lexicon.Lookup(w.lower)
		}
	}
	return buf
}

// possessiveEnd is where a word that ends at byte to with token k goes on to
// take in a possessive "'s" or "’s", which the tokens leave out.
func possessiveEnd(doc *text.Doc, k, to int) int {
	if !doc.Tokens[k].Has(text.Possessive) {
		return to
	}
	rest := doc.Text[to:]
	for _, apostrophe := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasPrefix(rest, apostrophe) {
			return to + len(apostrophe)
		}
	}
	return to // a bare ’ after s: "Armenians’"
}

// joined says whether the word that ends at byte to with token k goes on
// with token k+1: across a hyphen, or a comma or point between digits.
func joined(doc *text.Doc, k, to int) bool {
	next := int(doc.Tokens[k+1].Start)
	switch doc.Text[to:next] {
	case "-":
		return true
	case ",", ".":
		last, _ := utf8.DecodeLastRuneInString(doc.Text[:to])
		first, _ := utf8.DecodeRuneInString(doc.Text[next:])
		return unicode.IsDigit(last) && unicode.IsDigit(first)
	}
	return false
}

// foldOf is the lower-cased text of the word of tokens first..last that
// ends at byte to, when that is the fold of its one token: a word of ASCII
// letters and digits, nearly every word. Others, in capitals outside ASCII
// or joining tokens, are lowered as written, apostrophes as ASCII.
func foldOf(doc *text.Doc, first, last, to int) (string, bool) {
	t := &doc.Tokens[first]
	if first != last || to != int(t.End) {
		return "", false
	}
	switch {
	case t.Has(text.SelfFolded):
		return doc.Word(first), true
	case t.Has(text.ASCII) && len(doc.Folded(first)) == int(t.End-t.Start):
		return doc.Folded(first), true // no apostrophe, which folding drops
	}
	return "", false
}
