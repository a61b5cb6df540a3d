package toponym

import (
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// candidate is a span of text whose words name one or more gazetteer places.
type candidate struct {
	i, j     int   // tokens [i, j) of the name
	s, e     int32 // bytes of the surface, with a kind word if it belongs to the name
	rs, re   int32 // runes of the surface
	places   []*geo.Place
	hint     geo.Kind // the kind a neighbouring word gives ("Tovuz district"), if hinted
	hinted   bool
	locative bool // a word before it announces a place ("in", "town of")
	definite bool // "the" comes first: "the Caucasus", "the Netherlands"
	dateline bool // an all-capitals place opening a line ("BAKU, September 28")
	weak     bool // one word capitalised only by its position, or a common word
	inName   bool // part of an organisation's name: "University of Kentucky"
	locates  bool // names where the name before it lies: "Texas" in "Paris, Texas"
	drop     bool
	place    *geo.Place
	conf     float64
	score    float64
}

// startsName says whether token i may start a name.
func (a *analysis) startsName(i int) bool {
	t := &a.toks[i]
	if t.Has(tPerson) {
		return false
	}
	if t.Has(text.Cap | text.Hashtag) {
		return true
	}
	// "al-Bab", "el-Arish": a lower-case article joined to a name.
	return t.Has(text.Lower) && i+1 < len(a.toks) && a.toks[i+1].Has(text.Cap) && a.gap(i) == "-" &&
		a.is(i, wConnector)
}

// joins says whether token k continues the name that token k-1 belongs to.
func (a *analysis) joins(k int) bool {
	prev, t := &a.toks[k-1], &a.toks[k]
	if prev.Has(text.Possessive|text.Hashtag) || t.Has(tPerson|text.Hashtag) || prev.Has(tOrgName) != t.Has(tOrgName) {
		return false
	}
	switch g := a.gap(k - 1); g {
	case " ", "-", "‐", "‑":
	case ".", ". ":
		// Only inside an abbreviation (U.S., U.K.) or after one that opens
		// names: St. Louis, Ft. Worth, Mt. Kenya.
		if (a.wordLen(k-1) != 1 || a.wordLen(k) != 1 && g == ".") && !(g == ". " && a.opensName(k-1)) {
			return false
		}
	default:
		return false
	}
	if t.Has(text.Cap) {
		return true
	}
	// A connector joins two capitalised words.
	return t.Has(text.Lower) && a.is(k, wConnector) && k+1 < len(a.toks) && a.toks[k+1].Has(text.Cap)
}

// opensName says whether token k is an abbreviation that opens place names
// when a dot follows it: St., Ste., Ft., Mt.
func (a *analysis) opensName(k int) bool {
	if !a.toks[k].Has(text.Cap) {
		return false
	}
	switch a.folded(k) {
	case "st", "ste", "ft", "mt":
		return true
	}
	return false
}

// findCandidates looks up, from each token that may start a name, the
// longest run of words that the gazetteer knows.
func (a *analysis) findCandidates() {
	maxWords := a.g.MaxWords()
	for i := 0; i < len(a.toks); {
		if !a.startsName(i) {
			i++
			continue
		}
		end := i + 1
		for end < len(a.toks) && end-i < maxWords && a.joins(end) {
			end++
		}
		if a.toks[i].Has(text.Possessive) {
			if j, places := a.possessiveName(i); j > 0 {
				a.addCandidate(i, j, places)
				i = j
				continue
			}
		}
		j, places := -1, []*geo.Place(nil)
		startsKnown := a.g.MayStartName(a.doc.Tokens[i].Hash)
		if startsKnown || i > 0 && a.folded(i-1) == "the" {
			j, places = a.longestMatch(i, end)
		}
		if j < 0 {
			switch {
			case a.toks[i].Has(text.Hashtag):
				a.hashtag(i)
			case end == i+1 && startsKnown:
				// "Mingechevir water reservoir": the name ends on a kind word.
				c := candidate{i: i, j: i + 1}
				if a.kindWordAfter(&c); c.places != nil {
					c.s, c.rs = a.doc.Tokens[i].Start, a.doc.Tokens[i].RuneStart
					a.contextBefore(&c)
					a.cands = append(a.cands, c)
					i = c.j
					continue
				}
			}
			i++
			continue
		}
		a.addCandidate(i, j, places)
		i = j
	}
}

// longestMatch returns the end of the longest name in tokens [i, end) that
// starts at i and its places, or -1.
func (a *analysis) longestMatch(i, end int) (int, []*geo.Place) {
	the := i > 0 && a.folded(i-1) == "the" && a.gap(i-1) == " "
	if !the {
		// Shorten the run to the words that some name starts with.
		h := a.doc.Tokens[i].Hash
		for j := i + 2; j <= end; j++ {
			if h = a.extendHash(h, j-1); !a.g.MayStartName(h) {
				end = j - 1
				break
			}
		}
	}
	for j := end; j > i; j-- {
		if j-1 > i && a.toks[j-1].Has(text.Lower) {
			continue // a name does not end on a connector
		}
		key, h := a.spanKey(i, j)
		if ps := a.g.LookupHashed(string(key), h); len(ps) > 0 {
			return j, ps
		}
		if !the {
			continue
		}
		if ps := a.lookupThe(i, j); len(ps) > 0 {
			return j, ps
		}
	}
	return -1, nil
}

// possessiveName returns the end and places of a name whose first word is a
// possessive ("Cox's Bazar", "St John's Wood"), or -1.
func (a *analysis) possessiveName(i int) (int, []*geo.Place) {
	if i+1 >= len(a.toks) || !a.toks[i+1].Has(text.Cap) || !a.gapIsPossessiveSpace(i) {
		return -1, nil
	}
	a.key = append(append(a.key[:0], a.folded(i)...), 's')
	h := text.WordHash(string(a.key))
	if !a.g.MayStartName(h) {
		return -1, nil
	}
	a.key = append(append(a.key, ' '), a.folded(i+1)...)
	h = a.extendHash(h, i+1)
	if ps := a.g.LookupHashed(string(a.key), h); len(ps) > 0 {
		return i + 2, ps
	}
	return -1, nil
}

// gapIsPossessiveSpace says whether token i is followed by 's and a space.
func (a *analysis) gapIsPossessiveSpace(i int) bool {
	switch a.gap(i) {
	case "'s ", "’s ":
		return true
	}
	return false
}

// theHash is the text.WordHash of "the", which some names begin with.
var theHash = text.WordHash("the")

// lookupThe looks tokens [i, j) up with "the" before them ("the Hague"),
// building the key only if the Bloom filter may have it.
func (a *analysis) lookupThe(i, j int) []*geo.Place {
	h := text.JoinHash(theHash, a.doc.Tokens[i].Hash)
	for k := i + 1; k < j; k++ {
		h = a.extendHash(h, k)
	}
	if !a.g.MayStartName(h) {
		return nil
	}
	return a.g.LookupHashed("the "+a.spanString(i, j), h)
}

func (a *analysis) addCandidate(i, j int, places []*geo.Place) {
	c := candidate{i: i, j: j, s: a.doc.Tokens[i].Start, e: a.doc.Tokens[j-1].End, rs: a.doc.Tokens[i].RuneStart, re: a.doc.Tokens[j-1].RuneEnd, places: places}
	if j-i > 1 && a.wordLen(j-1) == 1 && strings.HasPrefix(a.gap(j-1), ".") && a.gap(j-2) == "." {
		c.e, c.re = c.e+1, c.re+1 // the closing dot of an abbreviation: "U.S."
	}
	a.kindWordAfter(&c)
	if !c.hinted && j-i > 1 && a.is(j-1, wKind) {
		a.preferKind(&c, a.entry(j-1).kind)
	}
	a.contextBefore(&c)
	a.cands = append(a.cands, c)
}

// preferKind narrows the places of a name that ends on a kind word to that
// kind, if it has any: "the Red Sea" is the sea, not Sudan's Red Sea state.
func (a *analysis) preferKind(c *candidate, k geo.Kind) {
	start := len(a.placeBuf)
	for _, p := range c.places {
		if p.Kind == k {
			a.placeBuf = append(a.placeBuf, p)
		}
	}
	if len(a.placeBuf) > start {
		c.places = a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]
	}
}

// kindWordAfter looks at the words after a name: a kind word may belong to
// the name ("Tovuz district", "Mingechevir water reservoir") or only say what
// sort of place it is ("Terter city").
func (a *analysis) kindWordAfter(c *candidate) {
	for n := 1; n <= 2; n++ {
		k := c.j + n - 1
		if k >= len(a.toks) || !a.gapIsSpaceOrHyphen(k-1) {
			return
		}
		lowerState := a.toks[k].Has(text.Lower) && a.folded(k) == "state"
		if !a.is(k, wKind) && !lowerState {
			if n == 1 && a.toks[k].Has(text.Lower) {
				continue // one word may come between: "water reservoir"
			}
			return
		}
		if n == 2 && a.pluralKind(k) {
			// "the Atlantic flooded towns": other places; right after
			// names, a plural is theirs ("the Fuzuli and Jabrail districts").
			return
		}
		kind := geo.Region // "Ondo state": not a kind word elsewhere, where "State" opens names
		if !lowerState {
			kind = a.entry(k).kind
		}
		key, h := a.spanKey(c.i, k+1)
		ps := a.g.LookupHashed(string(key), h)
		if len(ps) == 0 && kind == geo.Region {
			ps = a.lookupDivision(c.i, k)
		}
		if len(ps) > 0 {
			c.places, c.j = ps, k+1
			c.e, c.re = a.doc.Tokens[k].End, a.doc.Tokens[k].RuneEnd
		}
		c.hint, c.hinted = kind, true
		c.locative = true // the text says what sort of place it is
		return
	}
}

// pluralKind says whether kind word k is the plural of another ("towns"),
// which names places other than the one before it.
func (a *analysis) pluralKind(k int) bool {
	e, ok := a.lex.Lookup(a.singular(k))
	return ok && e.class&wKind != 0
}

// singular is the folded word k without a plural's ending: "district" of
// "districts", "city" of "cities"; "" for a word that ends in no "s".
func (a *analysis) singular(k int) string {
	w := a.folded(k)
	if len(w) < 4 || w[len(w)-1] != 's' {
		return ""
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return stem + "y"
	}
	return w[:len(w)-1]
}

// divisionWords are the words the gazetteer's first-level divisions are
// named with; news writes any of them ("the Kursk region" for Kursk Oblast).
var divisionWords = [...]string{"oblast", "region", "province", "governorate", "state"}

// lookupDivision looks up the name of tokens [i, k) with each division word.
func (a *analysis) lookupDivision(i, k int) []*geo.Place {
	base, _ := a.spanKey(i, k)
	n := len(base)
	for _, w := range divisionWords {
		if w == a.folded(k) {
			continue
		}
		a.key = append(append(a.key[:n], ' '), w...)
		if ps := a.g.LookupHashed(string(a.key), text.KeyHash(string(a.key))); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

func (a *analysis) gapIsSpaceOrHyphen(i int) bool {
	g := a.gap(i)
	return g == " " || g == "-"
}

// contextBefore reads the words before a name: locative cues and kind words
// ("the village of Talish", "Lake Sevan" when only "Sevan" matched).
func (a *analysis) contextBefore(c *candidate) {
	i := c.i
	if i == 0 {
		return
	}
	p := a.folded(i - 1)
	if p == "the" && i >= 2 {
		c.definite = true
		p = a.folded(i - 2)
		i--
	}
	switch {
	case a.is(i-1, wLocative):
		c.locative = true
	case i == c.i && a.gap(i-1) == " (" && a.toks[i-1].Has(text.Cap) && !a.toks[i-1].Has(text.AllCaps):
		// "Cite Soleil (Port-au-Prince)", "Kitshanga (North Kivu)": where
		// the name before lies, even when the gazetteer does not know it.
		c.locative = true
	case p == "capital" && a.toks[i-1].Has(text.Lower):
		c.locative = true // "the Syrian capital Damascus": the city, named as such
	case a.listAfterLocative(i):
		c.locative = true
	case p == "of" && i >= 2:
		if a.is(i-2, wOfLocative) {
			c.locative = true
			if a.is(i-2, wKind) && !c.hinted {
				c.hint, c.hinted = a.entry(i-2).kind, true
			}
		}
	default:
		if a.is(i-1, wKind) && !c.hinted && a.gapIsSpaceOrHyphen(i-1) {
			c.hint, c.hinted = a.entry(i-1).kind, true
			c.locative = true
		}
	}
}

// listAfterLocative says whether the name at token i ends a list that a
// locative cue opens, through a name the gazetteer lacks: "attacked Kfar
// Aza and Sderot", "in Bel Air, Cite Soleil and Delmas". Lists of names it
// knows share their cue later (see shareLocativeInLists).
func (a *analysis) listAfterLocative(i int) bool {
	k := i - 1
	switch {
	case k >= 1 && (a.folded(k) == "and" || a.folded(k) == "or") && a.gap(k-1) == " ":
		k--
	case a.gap(k) == ", " && a.toks[k].Has(text.Cap):
	default:
		return false
	}
	run := 0
	for k >= 0 && run < 4 && a.toks[k].Has(text.Cap) && !a.toks[k].Has(text.AllCaps) && (run == 0 || a.gap(k) == " ") {
		k--
		run++
	}
	return run > 0 && k >= 0 && a.gap(k) == " " && a.is(k, wLocative)
}

// hashtag tries to split a hashtag the gazetteer does not know into two
// known words ("#Lachincorridor" → "lachin corridor").
func (a *analysis) hashtag(i int) {
	w := a.folded(i)
	if len(w) > 40 {
		return
	}
	for cut := 3; cut <= len(w)-3; cut++ {
		a.key = append(append(append(a.key[:0], w[:cut]...), ' '), w[cut:]...)
		if ps := a.g.LookupHashed(string(a.key), text.KeyHash(string(a.key))); len(ps) > 0 {
			t := &a.doc.Tokens[i]
			a.cands = append(a.cands, candidate{i: i, j: i + 1, s: t.Start, e: t.End, rs: t.RuneStart, re: t.RuneEnd, places: ps})
			return
		}
	}
}

// dateline says whether the name opens a line (or the text after the date
// header) as a dateline does: in capitals before a comma, a dash or a
// parenthesis ("BAKU, September 28", "STEPANAKERT —"), or in any case before
// a date or an agency ("Baku, September 30, AZERTAC", "Yerevan /Mediamax/.").
func (a *analysis) dateline(c *candidate) bool {
	if c.i > 0 && !hasNewline(a.gap(c.i-1)) && !text.IsDateHeader(a.text[:a.doc.Tokens[c.i].Start]) {
		return false
	}
	after := strings.TrimLeft(a.text[c.e:], " ")
	if strings.HasPrefix(after, "/") || strings.HasPrefix(after, "(") || strings.HasPrefix(after, ": ") {
		return true // "BAKU (Reuters)", "Muscat: The festival opened"
	}
	if strings.HasPrefix(after, ",") && c.j < len(a.toks) {
		if a.is(c.j, wCalendar) || a.text[a.doc.Tokens[c.j].Start] <= '9' {
			return true // "Baku, September 30", "Baku, 30 September"
		}
	}
	for k := c.i; k < c.j; k++ {
		if !a.toks[k].Has(text.AllCaps) && !a.toks[k].Has(text.Lower) {
			return false
		}
	}
	if c.j < len(a.toks) && a.gap(c.j-1) == " " {
		// "LONDON The Latest on": capitals, then the story in mixed case.
		next := &a.toks[c.j]
		return next.Has(text.Cap) && !next.Has(text.AllCaps)
	}
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, "—") ||
		strings.HasPrefix(after, "–") || strings.HasPrefix(after, "-")
}
