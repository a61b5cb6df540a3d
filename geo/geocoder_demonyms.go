package geo

// markDemonyms flags capitalised words that are demonyms or national
// adjectives ("Azerbaijani", "Armenians"). They are not places, but they say
// which countries a document is about.
func (a *analysis) markDemonyms() {
	for i := range a.toks {
		t := &a.toks[i]
		if t.has(tCap) && !t.has(tHashtag) && t.class&wDemonym != 0 {
			t.flags |= tDemonym
		}
	}
}

// demonym returns the country of token i, a demonym singular or plural
// ("Armenians").
func (a *analysis) demonym(i int) string { return a.entry(i).country }

// isCountryOrDemonym says whether token i alone names a country or is a
// demonym, which a person's name never is in news text.
func (a *analysis) isCountryOrDemonym(i int) bool {
	if a.toks[i].has(tDemonym) {
		return true
	}
	ps := a.lookupWord(i)
	return len(ps) > 0 && ps[0].Kind == Country
}
