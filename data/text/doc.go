// Package text reads an article's text once, for everything that reads it
// after: the words as tokens (byte and rune offsets, case, folded form and
// its hash, the sentence they are in), the sentences, the name folding the
// gazetteer is keyed by, the hash tables the word lists are looked up in,
// and the vocabularies that more than one reader shares. It knows nothing
// of places, dates or events.
package text
