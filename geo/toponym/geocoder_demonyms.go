package toponym

import (
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// markDemonyms flags capitalised words that are demonyms or national
// adjectives ("Azerbaijani", "Armenians"). They are not places, but they say
// which countries a document is about. The same pass over the words flags
// the organisation names ("Bank of America"), which are no places either.
func (a *analysis) markDemonyms() {
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		if t.class&(wDemonym|wOrgStart) == 0 || !t.Has(text.Cap) || t.Has(text.Hashtag) {
			continue
		}
		if t.class&wOrgStart != 0 {
			if end := a.organisationAt(i); end > i {
				i = end - 1
				continue
			}
		}
		if t.class&wDemonym != 0 {
			t.Flags |= tDemonym
		}
	}
}

// demonym returns the country of token i, a demonym singular or plural
// ("Armenians").
func (a *analysis) demonym(i int) string { return a.entry(i).country }

// isCountryOrDemonym says whether token i alone names a country or is a
// demonym, which a person's name never is in news text.
func (a *analysis) isCountryOrDemonym(i int) bool {
	if a.toks[i].Has(tDemonym) {
		return true
	}
	ps := a.lookupWord(i)
	return len(ps) > 0 && ps[0].Kind == geo.Country
}
