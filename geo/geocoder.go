package geo

import (
	"sync"
	"unicode/utf8"
)

// Geocoder finds the toponyms of an English text and resolves each one to a
// single place of its gazetteer, using the rest of the document (countries
// named, demonyms, places already resolved nearby) to choose between places
// of one name. It is safe for concurrent use.
type Geocoder struct {
	g      *Gazetteer
	filter *nameFilter
	pool   sync.Pool // of *analysis, whose buffers are reused between texts
}

// NewGeocoder returns a geocoder over g.
func NewGeocoder(g *Gazetteer) *Geocoder {
	c := &Geocoder{g: g, filter: newNameFilter(g)}
	c.pool.New = func() any { return &analysis{g: g, filter: c.filter} }
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
func (c *Geocoder) Geocode(text string) []Mention { return c.Analyze(text).Places }

// Demonyms returns the demonyms and national adjectives of text, which name
// actors ("Azerbaijani forces", "the Armenian side"), not places.
func (c *Geocoder) Demonyms(text string) []DemonymMention { return c.Analyze(text).Demonyms }

// Analyze returns the places, demonyms and person names of text in one pass.
func (c *Geocoder) Analyze(text string) Analysis {
	a := c.pool.Get().(*analysis)
	defer func() {
		a.reset()
		c.pool.Put(a)
	}()
	a.run(text)
	return a.result()
}

// analysis holds the state of reading one text; its slices are reused.
type analysis struct {
	g        *Gazetteer
	filter   *nameFilter
	text     string
	toks     []token
	fold     []byte // folded words of the tokens that need folding
	foldStr  string // fold as a string, so words are looked up without copying
	key      []byte // the lookup key being built
	cands    []candidate
	placeBuf []*Place // candidate lists narrowed down by a hint or a parenthesis
	surnames map[string]bool
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
	a.surnames = nil
	a.evidence = a.evidence[:0]
	a.anchors = a.anchors[:0]
	clear(a.memo)
	a.memo = a.memo[:0]
}

func (a *analysis) run(text string) {
	a.text = text
	a.toks = tokenize(text, a.toks)
	markTitleLines(text, a.toks)
	a.foldTokens()
	a.markDemonyms()
	a.markPersons()
	a.findCandidates()
	a.filterCandidates()
	a.resolve()
}

// foldTokens folds every token that is not already its own fold (ASCII
// lower case without apostrophes), into one buffer.
func (a *analysis) foldTokens() {
	for i := range a.toks {
		t := &a.toks[i]
		w := a.text[t.s:t.e]
		if isFoldedASCII(w) {
			t.fs, t.fe = -1, -1
			continue
		}
		t.fs = int32(len(a.fold))
		a.fold = appendFold(a.fold, w)
		t.fe = int32(len(a.fold))
	}
	a.foldStr = string(a.fold)
}

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

// spanKey builds the lookup key of tokens [i, j): their folded words joined
// by single spaces, as Fold would make of the surface.
func (a *analysis) spanKey(i, j int) []byte {
	a.key = a.key[:0]
	for k := i; k < j; k++ {
		if k > i {
			a.key = append(a.key, ' ')
		}
		a.key = append(a.key, a.folded(k)...)
	}
	return a.key
}

func isFoldedASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// appendFold appends Fold(w) for a single word w (letters, digits, marks and
// apostrophes only), with an ASCII fast path.
func appendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		for _, f := range foldRune(r) {
			if f > ' ' {
				dst = utf8.AppendRune(dst, f)
			}
		}
	}
	return dst
}

func (a *analysis) result() Analysis {
	var out Analysis
	n := 0
	for i := range a.cands {
		if !a.cands[i].drop && a.cands[i].place != nil {
			n++
		}
	}
	out.Places = make([]Mention, 0, n)
	for i := range a.cands {
		c := &a.cands[i]
		if c.drop || c.place == nil {
			continue
		}
		out.Places = append(out.Places, Mention{
			Text: a.text[c.s:c.e], Start: int(c.rs), End: int(c.re),
			Place: c.place, Confidence: c.conf,
		})
	}
	for i := 0; i < len(a.toks); i++ {
		t := &a.toks[i]
		if t.has(tDemonym) {
			cc, _ := a.demonym(i)
			out.Demonyms = append(out.Demonyms, DemonymMention{
				Text: a.text[t.s:t.e], Start: int(t.rs), End: int(t.re), Country: cc,
			})
			continue
		}
		if t.has(tPerson) {
			j := i + 1
			for j < len(a.toks) && a.toks[j].has(tPerson) && !a.toks[j-1].has(tPossessive) && a.gap(j-1) == " " {
				j++
			}
			e := a.toks[j-1]
			out.Persons = append(out.Persons, Span{Text: a.text[t.s:e.e], Start: int(t.rs), End: int(e.re)})
			i = j - 1
		}
	}
	return out
}
