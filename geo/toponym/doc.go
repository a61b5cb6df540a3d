// Package toponym finds the place names of an English text, read once by
// data/text, and resolves each one to a single place of the gazetteer:
// which words are a name (not a person, an organisation, a common word
// capitalised at a sentence's start or a capital used for its government),
// and which of the places of that name the text means, from the countries
// it names, its demonyms and the places near the others it names.
package toponym
