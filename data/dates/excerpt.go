package dates

import "github.com/chronomap/chronomap/data/text"

// Most of a news text holds no date. Every date expression holds an
// anchor, a token that only dates have (a capitalised month or weekday, a
// year, "yesterday", a unit of time ...), and reaches only a few tokens
// either side of it. Tag finds the words that hold an anchor among the
// document's tokens and reads only the excerpts around them.

// An expression starts at most maxLead tokens before its first anchor
// ("for the end of more than the past twenty-four hours") and reads at
// most 10 tokens past its last ("Sept. 27th to 30th, 20..." looks for a
// year). A number at an expression's start looks two tokens back to tell
// whether it ends a larger figure ("1,000"). Each word is at least one of
// the tagger's tokens, so an excerpt of that many words either side holds
// that many tokens at least.
const (
	maxLead    = 11
	lookBehind = maxLead + 2 // words kept before an anchor
	lookAhead  = 11          // words kept after an anchor
)

// read reads the tokens of the excerpts of doc: from lookBehind words
// before a word that holds an anchor to lookAhead words after the last
// such word within lookAhead words. A gap token separates excerpts.
func (s *scanner) read(doc *text.Doc) {
	s.toks, s.anchors = s.toks[:0], s.anchors[:0]
	words := doc.Tokens
	end := 0 // the word after the last excerpt
	for k := 0; k < len(words); k++ {
		if !holdsAnchor(doc, k) {
			continue
		}
		from := max(k-lookBehind, end)
		switch {
		case from > end && len(s.toks) > 0:
			s.toks = append(s.toks, gap)
		case from == end && end > 0:
			// The excerpt goes on the last one: read the text between.
			s.lex(doc.Text[:words[from].Start], int(words[from-1].End), int(words[from-1].RuneEnd))
		}
		to := k + 1 + lookAhead
		for j := k + 1; j < min(to, len(words)); j++ {
			if holdsAnchor(doc, j) {
				to = j + 1 + lookAhead
			}
		}
		to = min(to, len(words))
		s.readWords(doc, from, to)
		end, k = to, to-1
	}
}

// readWords appends the tokens of words [from, to) and of the text between
// them, and of the text before the first word or after the last when they
// are in the excerpt.
func (s *scanner) readWords(doc *text.Doc, from, to int) {
	words := doc.Tokens
	if from == 0 {
		s.lex(doc.Text[:words[0].Start], 0, 0)
	}
	for k := from; k < to; k++ {
		w := &words[k]
		if w.Flags&(text.ASCII|text.Letters) == text.ASCII|text.Letters {
			s.appendWord(doc, k)
		} else {
			s.lex(doc.Text[:w.End], int(w.Start), int(w.RuneStart))
		}
		end := len(doc.Text)
		if k+1 < len(words) {
			end = int(words[k+1].Start)
		}
		if k+1 < to || end == len(doc.Text) {
			s.lex(doc.Text[:end], int(w.End), int(w.RuneEnd))
		}
	}
}

// appendWord appends word k of doc, ASCII letters only, as one token.
func (s *scanner) appendWord(doc *text.Doc, k int) {
	w := &doc.Tokens[k]
	// Filled in place, as appendToken fills its tokens.
	s.toks = append(s.toks, token{})
	t := &s.toks[len(s.toks)-1]
	t.bs, t.be, t.rs, t.re, t.kind = int(w.Start), int(w.End), int(w.RuneStart), int(w.RuneEnd), tokWord
	// The word's flags tell its case: all capitals is AllCaps, or a
	// single capital letter.
	t.upper = w.Has(text.Cap)
	t.caps = w.Has(text.AllCaps) || t.upper && w.End-w.Start == 1
	if vocabularyHashes.mayHave(w.Hash) {
		t.mean(vocabulary.Find(doc.Folded(k), w.Hash))
	}
	if t.anchor() {
		s.anchors = append(s.anchors, len(s.toks)-1)
	}
}

// lex appends the tokens the lexer reads in text[i:], where byte i is rune
// r of the text.
func (s *scanner) lex(text string, i, r int) {
	l := lexer{text: text, i: i, runes: r}
	toks := s.toks // a local slice: appending to s.toks would cost a write barrier per token
	for l.next() {
		toks = appendToken(toks, &l)
		if toks[len(toks)-1].anchor() {
			s.anchors = append(s.anchors, len(toks)-1)
		}
	}
	s.toks = toks
}

// holdsAnchor says whether word k of doc holds an anchor: is one, or has
// one among its letters and digits ("1990s", "27September").
func holdsAnchor(doc *text.Doc, k int) bool {
	w := &doc.Tokens[k]
	switch {
	case w.Flags&(text.ASCII|text.Letters) == text.ASCII|text.Letters:
		// Nearly every word: one look in a bit set turns away those that
		// are no anchor word, as most are.
		if !anchorHashes.mayHave(w.Hash) {
			return false
		}
		e, ok := vocabulary.Find(doc.Folded(k), w.Hash)
		return ok && isAnchor(e.class, w.Has(text.Cap))
	case w.Has(text.ASCII):
		return asciiHoldsAnchor(doc.Word(k))
	}
	var sc scanner // a word outside ASCII: rare enough to lex whole
	sc.lex(doc.Text[:w.End], int(w.Start), 0)
	return len(sc.anchors) > 0
}

// asciiHoldsAnchor says whether an ASCII word of letters, digits and
// apostrophes holds an anchor: a year, or an anchor word among its runs of
// letters.
func asciiHoldsAnchor(w string) bool {
	for i := 0; i < len(w); {
		kind := byteKinds[w[i]]
		j := i + 1
		for j < len(w) && byteKinds[w[j]] == kind {
			j++
		}
		switch kind {
		case digit:
			if j-i == 4 && isYear(digitsValue(w[i:j])) {
				return true
			}
		case letter:
			if e, ok := vocabulary.Lookup(w[i:j]); ok && isAnchor(e.class, isUpper(w[i])) {
				return true
			}
		}
		i = j
	}
	return false
}

// isAnchor says whether a word of class c may anchor an expression, written
// with a capital or not.
func isAnchor(c wordClass, capital bool) bool {
	return anchorClass[c] && (capital || !capitalAnchor[c])
}

// anchor reports whether t may anchor an expression: a year, or a word
// that only dates have.
func (t *token) anchor() bool {
	switch t.kind {
	case tokNumber:
		return t.digits() == 4 && isYear(t.val)
	case tokWord:
		return isAnchor(t.word, t.upper)
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

// isYear reports whether a four-digit number may be a year of news.
func isYear(n int) bool { return n >= 1800 && n <= 2100 }
