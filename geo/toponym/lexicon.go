package toponym

import (
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
	wStop           wordClass = 1 << iota // common or calendar word (toponym_stopwords.go)
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
	wOrgStart                             // first word of an organisation's name (toponym_orgs.go)
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

// lexEntry is one word of the lexicon.
type lexEntry struct {
	word    string
	hash    uint64 // text.KeyHash(word)
	class   wordClass
	kind    geo.Kind // the sort of place a wKind word names
	country string   // ISO alpha-2 code of a wDemonym word
}

// lexicon is an open-addressing hash table of lexEntry. Each slot holds
// the high half of its entry's hash beside the index, so that the many
// words on no list are turned away without reading an entry.
type lexicon struct {
	entries []lexEntry
	slots   []uint64 // high 32 bits of the hash | index+1 into entries; 0 is empty
	mask    uint64
}

// staticEntries are the entries of the static word lists, built once.
var staticEntries = sync.OnceValue(func() []lexEntry {
	var b lexiconBuilder
	for _, l := range wordLists {
		for _, w := range strings.Fields(l.words) {
			b.entry(w).class |= l.class
		}
	}
	for _, w := range strings.Fields(organisationFirstWords()) {
		b.entry(w).class |= wOrgStart
	}
	for w, k := range kindWords {
		e := b.entry(w)
		e.class |= wKind
		e.kind = k
	}
	return b.entries
})

// newLexicon returns the static word lists plus the demonyms of a gazetteer
// (folded demonym → country code), each also in the plural ("Armenians").
func newLexicon(demonyms map[string]string) *lexicon {
	b := lexiconBuilder{entries: append([]lexEntry(nil), staticEntries()...)}
	for d, cc := range demonyms {
		e := b.entry(d)
		e.class |= wDemonym
		e.country = cc
	}
	// A plural reads as its singular unless it is a demonym of its own.
	for d, cc := range demonyms {
		if len(d)+1 <= 3 {
			continue
		}
		if e := b.entry(d + "s"); e.class&wDemonym == 0 {
			e.class |= wDemonym
			e.country = cc
		}
	}
	return b.table()
}

// lexiconBuilder collects entries, merging the classes of a word on several
// lists.
type lexiconBuilder struct {
	entries []lexEntry
	index   map[string]int
}

func (b *lexiconBuilder) entry(w string) *lexEntry {
	if b.index == nil {
		b.index = make(map[string]int, len(b.entries))
		for i, e := range b.entries {
			b.index[e.word] = i
		}
	}
	i, ok := b.index[w]
	if !ok {
		i = len(b.entries)
		b.index[w] = i
		b.entries = append(b.entries, lexEntry{word: w, hash: text.KeyHash(w)})
	}
	return &b.entries[i]
}

func (b *lexiconBuilder) table() *lexicon {
	size := 64
	for size < 2*len(b.entries) {
		size <<= 1
	}
	l := &lexicon{entries: b.entries, slots: make([]uint64, size), mask: uint64(size - 1)}
	for i, e := range l.entries {
		s := e.hash & l.mask
		for l.slots[s] != 0 {
			s = (s + 1) & l.mask
		}
		l.slots[s] = e.hash>>32<<32 | uint64(i+1)
	}
	return l
}

// find returns index+1 of the entry of word w, whose keyHash is h, or 0.
func (l *lexicon) find(w string, h uint64) int32 {
	for s := h & l.mask; ; s = (s + 1) & l.mask {
		v := l.slots[s]
		if v == 0 {
			return 0
		}
		if i := int32(uint32(v)); v>>32 == h>>32 && l.entries[i-1].word == w {
			return i
		}
	}
}
