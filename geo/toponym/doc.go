// Package toponym finds the place names of an English text, read once by
// data/text, and resolves each one to a single place of the gazetteer:
// which words are a name (not a person, an organisation, a common word
// capitalised at a sentence's start or a capital used for its government),
// and which of the places of that name the text means, from the countries
// and states it names, its demonyms, the places near the others it names,
// and whether a place bears the name or had it only as another.
//
// Files: tokens.go reads the words; candidates.go finds names; filters.go
// drops what is no place; states.go and divisions.go read state
// abbreviations and counties; resolve.go runs the passes, score.go scores a
// place, evidence.go, anchors.go and coherence.go hold what the text is
// about.
package toponym
