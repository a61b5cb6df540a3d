package geo

import "sync"

// Geocoder finds the toponyms of an English text and resolves each one to a
// single place of its gazetteer, using the rest of the document (countries
// named, demonyms, places already resolved nearby) to choose between places
// of one name. It is safe for concurrent use.
type Geocoder struct {
	g    *Gazetteer
	lex  *lexicon
	pool sync.Pool // of *analysis, whose buffers are reused between texts
}

// NewGeocoder returns a geocoder over g.
func NewGeocoder(g *Gazetteer) *Geocoder {
	c := &Geocoder{g: g, lex: newLexicon(g.demonyms)}
	c.pool.New = func() any { return &analysis{g: g, lex: c.lex} }
	return c
}

// Analysis is what the geocoder reads in one text. Offsets are in runes
// (Unicode code points), start inclusive, end exclusive.
type Analysis struct {
	Places   []Mention        // toponyms resolved to places, by Start, non-overlapping
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

// Geocode returns the toponyms of text, sorted by Start and non-overlapping.
// Capitals used for their governments ("Baku says") and places named inside
// organisations ("the OSCE Minsk Group") are left out.
func (c *Geocoder) Geocode(text string) []Mention {
	a := c.start(text)
	defer c.done(a)
	return a.places()
}

// Demonyms returns the demonyms and national adjectives of text, which name
// actors ("Azerbaijani forces", "the Armenian side"), not places.
func (c *Geocoder) Demonyms(text string) []DemonymMention {
	a := c.start(text)
	defer c.done(a)
	return a.demonyms()
}

// Analyze returns the places, demonyms and person names of text in one pass.
func (c *Geocoder) Analyze(text string) Analysis {
	a := c.start(text)
	defer c.done(a)
	return Analysis{Places: a.places(), Demonyms: a.demonyms(), Persons: a.persons()}
}

// AnalyzeInto is Analyze writing into an, whose slices it empties and
// reuses: a caller that reads many texts one after another allocates them
// once. Where Analyze leaves a list nil, AnalyzeInto leaves it empty.
func (c *Geocoder) AnalyzeInto(text string, an *Analysis) {
	a := c.start(text)
	defer c.done(a)
	an.Places = a.appendPlaces(an.Places[:0])
	an.Demonyms = a.appendDemonyms(an.Demonyms[:0])
	an.Persons = a.appendPersons(an.Persons[:0])
}

// start reads text with a pooled analysis, which done gives back.
func (c *Geocoder) start(text string) *analysis {
	a := c.pool.Get().(*analysis)
	a.run(text)
	return a
}

func (c *Geocoder) done(a *analysis) {
	a.reset()
	c.pool.Put(a)
}

// analysis holds the state of reading one text; its slices are reused.
type analysis struct {
	g        *Gazetteer
	lex      *lexicon
	text     string
	toks     []token
	fold     []byte // folded words of the tokens that need folding
	foldStr  string // fold as a string, so words are looked up without copying
	key      []byte // the lookup key being built
	cands    []candidate
	placeBuf []*Place // candidate lists narrowed down by a hint or a parenthesis
	surnames wordSet
	words    [2]wordSet // scratch sets of the filters
	evidence countryEvidence
	anchors  []anchor
	memo     []choice
}

func (a *analysis) reset() {
	a.text, a.foldStr = "", ""
	a.toks, a.fold, a.key = a.toks[:0], a.fold[:0], a.key[:0]
	clear(a.cands)
	a.cands = a.cands[:0]
	clear(a.placeBuf)
	a.placeBuf = a.placeBuf[:0]
	a.surnames.reset()
	a.words[0].reset()
	a.words[1].reset()
	a.evidence = a.evidence[:0]
	a.anchors = a.anchors[:0]
	clear(a.memo)
	a.memo = a.memo[:0]
}

func (a *analysis) run(text string) {
	a.text = text
	a.toks = tokenize(text, a.toks)
	a.foldTokens()
	markTitleLines(a.toks)
	a.markDemonyms()
	a.markPersons()
	a.findCandidates()
	a.filterCandidates()
	a.resolve()
}

// is says whether the word of token i is on one of the word lists of class.
func (a *analysis) is(i int, class wordClass) bool { return a.toks[i].class&class != 0 }

// entry is the lexicon entry of token i, which must have one.
func (a *analysis) entry(i int) *lexEntry { return &a.lex.entries[a.toks[i].lex-1] }

// folded is the folded form of token i.
func (a *analysis) folded(i int) string {
	t := &a.toks[i]
	if t.fs < 0 {
		return a.text[t.s:t.e]
	}
	return a.foldStr[t.fs:t.fe]
}

// gap is the text between token i and token i+1.
func (a *analysis) gap(i int) string {
	if i+1 >= len(a.toks) {
		return a.text[a.toks[i].e:]
	}
	return a.text[a.toks[i].e:a.toks[i+1].s]
}

// gapIsSpaceOrDot says whether token i and the next are separated by
// nothing but spaces, possibly after an abbreviation's dot ("Mr. Putin").
func (a *analysis) gapIsSpaceOrDot(i int) bool {
	g := a.gap(i)
	if len(g) > 0 && g[0] == '.' {
		g = g[1:]
	}
	return g == " "
}
