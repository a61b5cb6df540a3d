package toponym

import (
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// A place name that is only part of a longer capitalised name names
// something else: the Rapid Support Forces are not Rapid geo.City, Kafr Kila is
// not Kiel, King Abdullah is not King, Georgia Meloni is not Georgia. The
// exceptions are words that say what sort of place it is ("Kharkiv Oblast",
// "Lake Chad"), a compass or size word before it ("Northern Gaza", "Greater
// Khartoum"), a title after it ("Kharkiv Governor Oleh Syniehubov") and a
// country or region named attributively ("Ukraine Defence Ministry", "U.S.
// Central Command").

// modifierWords before a place leave it the same place.
const modifierWords = `north south east west northern southern eastern western central northeast
northwest southeast southwest northeastern northwestern southeastern southwestern greater upper lower
inner outer`

// inLongerName says whether a capitalised word that is not part of
// candidate n, nor of a name of its own, nor one of the exceptions, runs
// into it from either side.
func (a *analysis) inLongerName(n int) bool {
	c := &a.cands[n]
	if c.hinted || c.dateline || a.toks[c.i].Has(tTitleLine) {
		return false // a kind word joins it; headlines capitalise every word
	}
	// Two names side by side are two places: "the Armenia-Azerbaijan
	// Nagorno-Karabakh conflict".
	after := n+1 >= len(a.cands) || a.cands[n+1].i != c.j
	before := n == 0 || a.cands[n-1].j != c.i || a.toks[a.cands[n-1].i].Has(text.Lower)
	return after && a.nameWordAfter(c) || before && a.nameWordBefore(c)
}

// nameWordAfter says whether the word right after the name continues it.
func (a *analysis) nameWordAfter(c *candidate) bool {
	k := c.j
	if k >= len(a.toks) || a.gap(k-1) != " " || a.toks[k-1].Has(text.Possessive) {
		return false
	}
	t := &a.toks[k]
	if !t.Has(text.Cap) || t.Has(tDemonym) || a.is(k, wKind|wTitle|wOrg|wCalendar) {
		return false
	}
	if a.attributive(c) {
		// "Israel Defense Forces", "Kherson Regional Administration":
		// common words after a country or region, or a person in
		// apposition ("Minister of Armenia Ara Petrosyan").
		return !t.Has(tPerson) && !a.is(k, wStop)
	}
	return true
}

// attributive says whether the name may stand before a noun as an
// adjective: a country or an administrative region may.
func (a *analysis) attributive(c *candidate) bool {
	for _, p := range c.places {
		if p.Kind == geo.Country || p.Kind == geo.Region && p.Country != "" {
			return true
		}
	}
	return false
}

// nameWordBefore says whether the word right before the name starts a
// longer name: "Kafr Kila", "Deir al-Balah" (through a hyphenated article).
func (a *analysis) nameWordBefore(c *candidate) bool {
	k := c.i - 1
	if k < 0 {
		return false
	}
	if a.toks[k].Has(text.Lower) {
		if k == 0 || !a.is(k, wConnector) || a.gap(k) != "-" || a.gap(k-1) != " " {
			return false
		}
		k--
	} else if a.gap(k) != " " {
		return false
	}
	p := &a.toks[k]
	if !p.Has(text.Cap) || p.Has(text.Possessive|tDemonym|text.AllCaps|tPerson) {
		return false
	}
	if p.Has(text.AfterStop) && a.is(k, wStop) || a.is(k, wTitleConnector) {
		return false // "In Kyiv" opening a sentence, "in The Hague"
	}
	return !a.is(k, wModifier|wKind|wCalendar|wTitle)
}
