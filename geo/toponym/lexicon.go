package toponym

import (
	"maps"
	"strings"
	"sync"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// The rules ask of most words whether they are on one or another word list
// (stop words, titles, given names, connectors, demonyms...). Every token is
// looked up once, in one table keyed by the hash of its folded word that
// folding computes anyway, and carries the answer as bits: the rules then
// test bits instead of hashing the same word into a dozen maps.

// wordClass says which word lists a folded word is on.
type wordClass uint32

const (
	wStop           wordClass = 1 << iota // common or calendar word (stopwords.go)
	wCalendar                             // month, weekday, season
	wTitle                                // title or role before a person's name
	wSpeech                               // speech verb that may precede a person's name
	wGiven                                // given name
	wConnector                            // lower-case word inside names ("of", "de")
	wTitleConnector                       // function word that stays lower case in headlines
	wLocative                             // announces a place ("in", "near")
	wOfLocative                           // announces a place before "of" ("town", "north")
	wKind                                 // sort of place ("district", "lake"); see lexEntry.kind
	wOrg                                  // heads organisations ("group", "ministry")
	wClaim                                // claim verb after a capital ("says")
	wAuxiliary                            // between a capital and its claim verb ("has")
	wGovNoun                              // government noun after a capital's possessive
	wGovObject                            // verb before a capital used for its government
	wFromGov                              // word before "from" + capital ("independence")
	wDemonym                              // demonym, singular or plural; see lexEntry.country
	wModifier                             // compass or size word before a place ("Northern")
	wRoute                                // names a route between places ("road", "pipeline")
	wOrgStart                             // first word of an organisation's name (organisations.go)
	wSaid                                 // a person's verb of speech after the name ("Nelson says")
)

// wordLists are the static lists of the lexicon, by class.
var wordLists = []struct {
	class wordClass
	words string
}{
	{wStop, commonWords},
	{wStop | wCalendar, calendarWords},
	{wTitle, titleWords},
	{wSpeech, speechWords},
	{wSaid, saidWords},
	{wGiven, givenNames},
	{wConnector, connectorWords},
	{wTitleConnector, titleConnectors},
	{wLocative, locativeWords},
	{wOfLocative, ofLocatives},
	{wOrg, orgWords},
	{wClaim, claimVerbs},
	{wAuxiliary, auxiliaryWords},
	{wGovNoun, governmentNouns},
	{wGovObject, governmentObjects},
	{wFromGov, fromGovernment},
	{wModifier, modifierWords},
	{wRoute, routeWords},
}

// titleConnectors are short function words that stay lower case in English
// titles.
const titleConnectors = `a an the of in on at to for and or by with from as vs`

// lexEntry is what the lexicon knows of a word.
type lexEntry struct {
	class   wordClass
	kind    geo.Kind // the sort of place a wKind word names
	country string   // ISO alpha-2 code of a wDemonym word
}

// lexicon holds the word lists and the demonyms, by folded word.
type lexicon = text.Lexicon[lexEntry]

// staticEntries are the entries of the static word lists, built once.
var staticEntries = sync.OnceValue(func() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(w string, f func(*lexEntry)) {
		e := m[w]
		f(&e)
		m[w] = e
	}
	for _, l := range wordLists {
		for _, w := range strings.Fields(l.words) {
			add(w, func(e *lexEntry) { e.class |= l.class })
		}
	}
	for _, w := range strings.Fields(organisationFirstWords()) {
		add(w, func(e *lexEntry) { e.class |= wOrgStart })
	}
	for w, k := range kindWords {
		add(w, func(e *lexEntry) { e.class, e.kind = e.class|wKind, k })
	}
	return m
})

// newLexicon returns the static word lists plus the demonyms of a gazetteer
// (folded demonym → country code), each also in the plural ("Armenians").
func newLexicon(demonyms map[string]string) *lexicon {
	m := maps.Clone(staticEntries())
	for d, cc := range demonyms {
		e := m[d]
		e.class |= wDemonym
		e.country = cc
		m[d] = e
	}
	// A plural reads as its singular unless it is a demonym of its own.
	for d, cc := range demonyms {
		if len(d)+1 <= 3 {
			continue
		}
		if e := m[d+"s"]; e.class&wDemonym == 0 {
			e.class |= wDemonym
			e.country = cc
			m[d+"s"] = e
		}
	}
	return text.NewLexicon(m)
}
