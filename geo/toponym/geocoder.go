package toponym

import (
	"sync"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// Geocoder finds the toponyms of an English text and resolves each one to a
// single place of its gazetteer, using the rest of the document (countries
// named, demonyms, places already resolved nearby) to choose between places
// of one name. It is safe for concurrent use.
type Geocoder struct {
	g    *geo.Gazetteer
	lex  *lexicon
	pool sync.Pool // of *analysis, whose buffers are reused between texts
}

// NewGeocoder returns a geocoder over g.
func NewGeocoder(g *geo.Gazetteer) *Geocoder {
	c := &Geocoder{g: g, lex: newLexicon(g.Demonyms())}
	c.pool.New = func() any { return &analysis{g: g, lex: c.lex} }
	return c
}

// Analysis is what the geocoder reads in one text. Offsets are in runes
// (Unicode code points), start inclusive, end exclusive.
type Analysis struct {
	Places   []geo.Mention    // toponyms resolved to places, by Start, non-overlapping
	Demonyms []DemonymMention // "Azerbaijani forces", "Armenians": actors, not places
	Persons  []Span           // names of people ("President Ilham Aliyev" → "Ilham Aliyev")
}

// DemonymMention is a demonym or national adjective and the country it refers to.
type DemonymMention struct {
	Text       string
	Start, End int    // rune offsets
	Country    string // ISO 3166-1 alpha-2
}

// Span is a stretch of text with rune offsets.
type Span struct {
	Text       string
	Start, End int
}

// Analyze reads the toponyms, demonyms and person names of a document into
// an, whose slices it empties and reuses: a caller that reads many texts
// one after another allocates them once.
//
// The toponyms are sorted by Start and do not overlap. Capitals used for
// their governments ("Baku says") and places named inside organisations
// ("the OSCE Minsk Group") are left out. Demonyms and national adjectives
// name actors ("Azerbaijani forces", "the Armenian side"), not places.
func (c *Geocoder) Analyze(doc *text.Doc, an *Analysis) {
	a := c.pool.Get().(*analysis)
	defer c.done(a)
	a.run(doc)
	an.Places = a.appendPlaces(an.Places[:0])
	an.Demonyms = a.appendDemonyms(an.Demonyms[:0])
	an.Persons = a.appendPersons(an.Persons[:0])
}

func (c *Geocoder) done(a *analysis) {
	a.reset()
	c.pool.Put(a)
}

// analysis holds the state of reading one text; its slices are reused.
type analysis struct {
	g        *geo.Gazetteer
	lex      *lexicon
	doc      *text.Doc
	text     string // the document's text
	toks     []token
	key      []byte // the lookup key being built
	cands    []candidate
	placeBuf []*geo.Place // candidate lists narrowed down by a hint or a parenthesis
	bears    []bool       // whether each place of the name being scored bears it
	surnames wordSet
	words    [2]wordSet // scratch sets of the filters
	evidence countryEvidence
	anchors  anchorSet
	readings anchorSet // of the names in doubt after the first pass (see coherent)
	memo     choiceMemo
}

func (a *analysis) reset() {
	a.doc, a.text = nil, ""
	a.toks, a.key = a.toks[:0], a.key[:0]
	clear(a.cands)
	a.cands = a.cands[:0]
	clear(a.placeBuf)
	a.placeBuf = a.placeBuf[:0]
	a.surnames.reset()
	a.words[0].reset()
	a.words[1].reset()
	a.evidence = a.evidence[:0]
	a.anchors.reset()
	a.readings.reset()
	a.memo.reset()
}

func (a *analysis) run(doc *text.Doc) {
	a.doc, a.text = doc, doc.Text
	a.readTokens()
	markTitleLines(a.toks)
	a.markDemonyms()
	a.markPersons()
	a.findCandidates()
	a.filterCandidates()
	a.readStateAbbreviations()
	a.resolve()
}

// is says whether the word of token i is on one of the word lists of class.
func (a *analysis) is(i int, class wordClass) bool { return a.toks[i].class&class != 0 }

// entry is the lexicon entry of token i, which must have one.
func (a *analysis) entry(i int) *lexEntry { return a.lex.At(a.toks[i].lex) }

// folded is the folded form of token i.
func (a *analysis) folded(i int) string { return a.doc.Folded(i) }

// gap is the text between token i and token i+1.
func (a *analysis) gap(i int) string { return a.doc.Gap(i) }

// gapIsSpaceOrDot says whether token i and the next are separated by
// nothing but spaces, possibly after an abbreviation's dot ("Mr. Putin").
func (a *analysis) gapIsSpaceOrDot(i int) bool {
	g := a.gap(i)
	if len(g) > 0 && g[0] == '.' {
		g = g[1:]
	}
	return g == " "
}
