package toponym

import (
	"slices"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// filterCandidates drops the candidate names that are not toponyms in their
// context, and marks those that need evidence from the document (weak).
func (a *analysis) filterCandidates() {
	var lowerNeeded bool
	for n := range a.cands {
		c := &a.cands[n]
		c.dateline = a.dateline(c)
		if c.dateline {
			c.locative = true
		}
		a.filterCandidate(n)
		if !c.drop && c.weak && c.j-c.i == 1 {
			lowerNeeded = true
		}
	}
	if lowerNeeded {
		a.dropWordsUsedInLowerCase()
	}
	a.dropRouteEnds()
	a.shareLocativeInLists()
	a.sharePluralKinds()
	a.dropSpeakers()
}

// sharePluralKinds gives every name of a list the kind a plural kind word
// gives it: "the Terter, Aghdam and Tovuz districts" are three districts,
// "the cities of Ganja and Mingachevir" two cities.
func (a *analysis) sharePluralKinds() {
	for n := range a.cands {
		c := &a.cands[n]
		if !c.hinted {
			continue
		}
		if k := a.kindTokenAfter(c); k >= 0 && a.pluralKind(k) {
			for m := n - 1; m >= 0 && a.inList(m) && !a.cands[m].hinted; m-- {
				a.giveKind(&a.cands[m], c.hint, k)
			}
		}
		if c.i >= 2 && a.folded(c.i-1) == "of" && a.pluralKind(c.i-2) {
			for m := n + 1; m < len(a.cands) && a.inList(m-1) && !a.cands[m].hinted; m++ {
				a.giveKind(&a.cands[m], c.hint, c.i-2)
			}
		}
	}
}

// giveKind gives name c the kind of plural kind word k, and the places
// named with its singular ("Terter district" for "Terter") when c has
// none of that kind.
func (a *analysis) giveKind(c *candidate, kind geo.Kind, k int) {
	c.hint, c.hinted, c.locative = kind, true, true
	if hasKind(c.places, kind) {
		return
	}
	base, _ := a.spanKey(c.i, c.j)
	key := string(base) + " " + a.singular(k)
	if ps := a.g.LookupHashed(key, text.KeyHash(key)); len(ps) > 0 {
		c.places = ps
	}
}

// kindTokenAfter is the kind word that ends name c or follows it, or -1.
func (a *analysis) kindTokenAfter(c *candidate) int {
	switch {
	case c.j < len(a.toks) && a.gapIsSpaceOrHyphen(c.j-1) && a.is(c.j, wKind):
		return c.j
	case a.is(c.j-1, wKind):
		return c.j - 1
	}
	return -1
}

// inList says whether candidate m and the next one are names of one list:
// only a comma or "and" between them.
func (a *analysis) inList(m int) bool {
	if m+1 >= len(a.cands) {
		return false
	}
	switch a.text[a.cands[m].e:a.cands[m+1].s] {
	case ", ", " and ", ", and ":
		return true
	}
	return false
}

// dropSpeakers drops a single word that speaks ("Nelson says") when it
// names no seat of government (see saidWords), and the same word elsewhere
// in the text unless a cue there makes it a place ("in Nelson").
func (a *analysis) dropSpeakers() {
	found := false
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || c.j-c.i != 1 || c.j >= len(a.toks) || a.gap(c.i) != " " || !a.is(c.j, wSaid) || governs(c.places) {
			continue
		}
		a.surnames.add(a.folded(c.i), a.doc.Tokens[c.i].Hash)
		found = true
	}
	if !found {
		return
	}
	for n := range a.cands {
		c := &a.cands[n]
		if !c.drop && c.j-c.i == 1 && !c.locative && a.surnames.has(a.folded(c.i), a.doc.Tokens[c.i].Hash) {
			c.drop = true
		}
	}
}

// governs says whether one of ps may stand for a government: a country, a
// first-level division or its seat, a capital, or a city of millions.
func governs(ps []*geo.Place) bool {
	for _, p := range ps {
		switch {
		case p.Kind == geo.Country, p.Feature == "ADM1", p.Feature == "PPLC", p.Feature == "PPLA",
			p.Feature == "PPLG", p.Population >= largeCity:
			return true
		}
	}
	return false
}

// shareLocativeInLists passes a locative cue along a list of names: in "from
// Sotk, Vardenis and Kut" all three follow "from".
func (a *analysis) shareLocativeInLists() {
	for n := 1; n < len(a.cands); n++ {
		prev, c := &a.cands[n-1], &a.cands[n]
		if !prev.locative || c.locative {
			continue
		}
		switch g := a.text[prev.e:c.s]; g {
		case ", ", " and ", ", and ", " or ", ", or ", "/":
			c.locative = true
		}
	}
}

func (a *analysis) filterCandidate(n int) {
	c := &a.cands[n]
	single := c.j-c.i == 1
	first := &a.toks[c.i]
	key, _ := a.spanKey(c.i, c.j)
	switch {
	case institutionNames[string(key)]:
		c.drop = true
		return
	case single && first.Has(tDemonym):
		if namesCountry(c.places, string(key)) {
			// "Philippines" reads as the plural of "Philippine", but a
			// country bears it: the country.
			first.Flags &^= tDemonym
			break
		}
		c.drop = true
		return
	case single && a.is(c.i, wKind):
		c.drop = true // "Lake", "District": a kind of place, not one
		return
	case single && a.is(c.i, wOrg):
		c.drop = true // "Academy", "Museum": a kind of institution, not a place
		return
	case a.toks[c.i].Has(tOrgName) || a.inOrganisation(c):
		// "the New York Times", "University of Kentucky": the place is
		// mentioned, by its own name only, with no other meaning there.
		c.inName = true
		if single && a.is(c.i, wStop|wModifier|wOrg|wKind) {
			c.drop = true // "Central Bank", "University Hospital"
			return
		}
		a.keepKnownBearers(c, string(key))
		return
	case a.inLongerName(n):
		c.drop = true // "Rapid Support Forces", "Kafr Kila": part of a longer name
		return
	}
	if single && first.Has(text.AllCaps) && a.wordLen(c.i) <= 4 && !c.dateline && !first.Has(tTitleLine) {
		// An acronym (OSCE, TASS, AFP) is a place only when it abbreviates
		// a country (US, UK, UAE).
		a.keepKinds(c, geo.Country)
		return
	}
	if single && a.wordLen(c.i) <= 3 && !first.Has(text.AllCaps) {
		// Short alternates are codes written in capitals (LA, NYC): "La"
		// and "Li" name only the places that bear them.
		a.keepBearers(c, string(key))
		if c.drop {
			return
		}
	}
	if calendar, stop := a.stopSpan(c); stop {
		if calendar && single || !c.locative || first.weakCap() {
			if single {
				c.drop = true
				return
			}
			// "United States", "Red Sea": common words, one specific name.
			a.keepKinds(c, geo.Country, geo.Region, geo.Feature)
			return
		}
		c.weak = true
	}
	if single && (first.weakCap() || a.is(c.i, wGiven)) && !c.dateline {
		c.weak = true
	}
}

// stopSpan says whether every word of the name is a common word, and
// whether one of them is a calendar word.
func (a *analysis) stopSpan(c *candidate) (calendar, stop bool) {
	for k := c.i; k < c.j; k++ {
		if a.toks[k].Has(text.Lower) {
			continue
		}
		if !a.is(k, wStop) {
			return false, false
		}
		calendar = calendar || a.is(k, wCalendar)
	}
	return calendar, true
}

// namesCountry says whether a country among ps bears the name key.
func namesCountry(ps []*geo.Place, key string) bool {
	for _, p := range ps {
		if p.Kind == geo.Country && bearsName(p, key) {
			return true
		}
	}
	return false
}

// keepPlaces narrows the candidate's places to those keep says yes to,
// dropping it if none is left.
func (a *analysis) keepPlaces(c *candidate, keep func(p *geo.Place) bool) {
	start := len(a.placeBuf)
	for _, p := range c.places {
		if keep(p) {
			a.placeBuf = append(a.placeBuf, p)
		}
	}
	c.places = a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]
	c.drop = len(c.places) == 0
}

// keepBearers keeps the places that bear the name key.
func (a *analysis) keepBearers(c *candidate, key string) {
	a.keepPlaces(c, func(p *geo.Place) bool { return bearsName(p, key) })
}

// keepKnownBearers keeps the places that bear the name key and that a name
// of an organisation would be named after: a country, a first-level
// division, a continent, an ocean, a city of a hundred thousand or a seat.
// Names of organisations are full of words that some small town bears
// ("Supreme", "Commerce", "Post").
func (a *analysis) keepKnownBearers(c *candidate, key string) {
	a.keepPlaces(c, func(p *geo.Place) bool {
		known := p.Kind == geo.Country || p.Feature == "ADM1" || p.Feature == "CONT" || p.Feature == "OCN" ||
			p.Kind == geo.City && (p.Population >= mediumCity || p.Feature == "PPLC" || p.Feature == "PPLA")
		return known && bearsName(p, key)
	})
}

// keepKinds keeps the places of the given kinds.
func (a *analysis) keepKinds(c *candidate, kinds ...geo.Kind) {
	a.keepPlaces(c, func(p *geo.Place) bool { return slices.Contains(kinds, p.Kind) })
}

// inOrganisation says whether the name belongs to an organisation's name:
// an organisation word follows in the same capitalised run ("OSCE Minsk
// Group", "Moscow State University"), or the name ends an of-phrase headed by
// one ("University of Baku"), which countries may ("the Prosecutor General's
// Office of Azerbaijan" names Azerbaijan).
func (a *analysis) inOrganisation(c *candidate) bool {
	for k := c.j; k < len(a.toks) && k < c.j+3; k++ {
		if !a.gapIsSpaceOrDot(k-1) || a.toks[k-1].Has(text.Possessive) || !a.toks[k].Has(text.Cap) {
			break
		}
		if a.is(k, wOrg) {
			return true
		}
	}
	if c.i >= 2 && a.folded(c.i-1) == "of" && a.toks[c.i-2].Has(text.Cap) && a.is(c.i-2, wOrg) {
		for _, p := range c.places {
			if p.Kind == geo.Country {
				return false
			}
		}
		return true
	}
	return false
}

// dropWordsUsedInLowerCase drops weak one-word candidates whose word the
// document also writes in lower case: a common word capitalised at the
// start of a sentence or in a headline ("Police said", "Split decision").
func (a *analysis) dropWordsUsedInLowerCase() {
	weak, lower := &a.words[0], &a.words[1]
	weak.reset()
	lower.reset()
	for n := range a.cands {
		if c := &a.cands[n]; !c.drop && c.weak && c.j-c.i == 1 {
			weak.add(a.folded(c.i), a.doc.Tokens[c.i].Hash)
		}
	}
	for i := range a.toks {
		if t := &a.toks[i]; t.Has(text.Lower) && weak.has(a.folded(i), a.doc.Tokens[i].Hash) {
			lower.add(a.folded(i), a.doc.Tokens[i].Hash)
		}
	}
	for n := range a.cands {
		if c := &a.cands[n]; !c.drop && c.weak && c.j-c.i == 1 && lower.has(a.folded(c.i), a.doc.Tokens[c.i].Hash) {
			c.drop = true
		}
	}
}

// governmentUse says whether a capital city is named for its government:
// "Baku says", "Yerevan has accused", "Moscow's concern", "urged Baku",
// "independence from Baku", "Baku and Yerevan accuse each other".
func (a *analysis) governmentUse(c *candidate) bool {
	if c.dateline || c.i > 0 && a.folded(c.i-1) == "in" {
		return false // "the ministry in Taipei said": where it sits
	}
	k := c.j
	last := &a.toks[c.j-1]
	if last.Has(text.Possessive) {
		return k < len(a.toks) && a.is(k, wGovNoun)
	}
	// "Baku and Yerevan say": look past the other capital.
	if k+1 < len(a.toks) && a.folded(k) == "and" && a.toks[k+1].Has(text.Cap) {
		k += 2
		for k < len(a.toks) && a.toks[k].Has(text.Cap) && a.gapIsSpaceOrHyphen(k-1) {
			k++
		}
		if a.toks[k-1].Has(text.Possessive) {
			return k < len(a.toks) && a.is(k, wGovNoun)
		}
	}
	for n := 0; k < len(a.toks) && n < 3; n, k = n+1, k+1 {
		if !a.toks[k].Has(text.Lower) || hasNewline(a.gap(k-1)) {
			break
		}
		if a.is(k, wClaim) {
			return true
		}
		if !a.is(k, wAuxiliary) {
			break
		}
	}
	if c.i == 0 {
		return false
	}
	p := a.folded(c.i - 1)
	switch {
	case a.is(c.i-1, wGovObject):
		return true
	case p == "to" && c.i >= 2:
		return a.folded(c.i-2) == "according" // "according to Baku": a source
	case p == "from" && c.i >= 2:
		return a.is(c.i-2, wFromGov)
	case p == "on" && c.i >= 2:
		w := a.folded(c.i - 2)
		return w == "called" || w == "calls" || w == "calling" || w == "pressure"
	case p == "between" || p == "and" && c.i >= 3 && a.folded(c.i-3) == "between":
		return true
	}
	return false
}
