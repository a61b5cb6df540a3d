package toponym

import (
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/geo"
)

// Resolution works in two passes. The first collects what the document is
// about: the countries it names, its demonyms, and the places that are
// unambiguous or dominant (anchors). Each candidate's places are then scored
// by importance (kind, feature code, population) plus support from that
// evidence (same country, distance to anchors). The second pass repeats the
// scoring with every confident resolution as an anchor. Names that still have
// no support and are small, or only weakly capitalised, are left out.

const (
	supportKm    = 300.0  // an anchor this close supports a place
	localKm      = 50.0   // an anchor this close is local evidence
	neighbourKm  = 300.0  // a place this close to a named country's label point
	smallCity    = 5000   // below this, an unsupported city is rejected
	mediumCity   = 100000 // below this, an unsupported city needs a locative cue
	largeCity    = 1000000
	confidentMin = 0.6
)

func (a *analysis) resolve() {
	a.linkParentheses()
	a.linkQualifiers()
	a.collectEvidence()
	for n := range a.cands {
		if c := &a.cands[n]; !c.drop {
			a.choose(c)
		}
	}
	// Second pass: confident resolutions become anchors, and the names
	// still in doubt support each other's nearby readings.
	a.collectReadings()
	a.anchors.reset()
	a.memo.reset()
	for n := range a.cands {
		c := &a.cands[n]
		if !c.drop && c.place != nil && c.conf >= confidentMin && c.place.Kind != geo.Country {
			a.anchors.add(c.place)
		}
	}
	for n := range a.cands {
		if c := &a.cands[n]; !c.drop && len(c.places) > 1 {
			a.choose(c)
		}
	}
	a.followHintedSense()
	a.followNamedDivisions()
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || c.place == nil {
			continue
		}
		if !a.accept(c) || c.place.Feature == "PPLC" && a.governmentUse(c) {
			c.drop = true
		}
	}
}

// followHintedSense gives a bare name the place that a kind word chose for
// it elsewhere in the document: after "the Idlib region", "in Idlib" is the
// region too, not the city. A hinted name h applies to a bare name c whose
// words open h's ("Idlib" of "Idlib region", not "Islamabad", an old name of
// the Anantnag of "Anantnag district") and that may name h's place; where
// several apply, the last in the text wins, and c is then confident unless
// every one of them chose the place c already had.
func (a *analysis) followHintedSense() {
	// The last hinted name, by its place and each run of words it opens with.
	last := map[hintedSense]int{}
	for m := range a.cands {
		h := &a.cands[m]
		if h.drop || !h.hinted || h.place == nil {
			continue
		}
		key := hintedSense{first: a.folded(h.i), place: h.place}
		last[key] = m
		for k := h.i + 1; k < h.j; k++ {
			key.rest = appendWord(key.rest, a.folded(k))
			last[key] = m
		}
	}
	if len(last) == 0 {
		return
	}
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || c.hinted || len(c.places) < 2 {
			continue
		}
		key := hintedSense{first: a.folded(c.i)}
		for k := c.i + 1; k < c.j; k++ {
			key.rest = appendWord(key.rest, a.folded(k))
		}
		from, moved := -1, false
		for _, p := range c.places {
			key.place = p
			if m, ok := last[key]; ok {
				from, moved = max(from, m), moved || p != c.place
			}
		}
		if from < 0 {
			continue
		}
		c.place = a.cands[from].place
		if moved {
			c.conf = max(c.conf, confidentMin)
		}
	}
}

// hintedSense is a place a kind word chose for a name, and words the name
// opens with: the first, and the others after it (see appendWord).
type hintedSense struct {
	first, rest string
	place       *geo.Place
}

// appendWord appends a folded word to a run of words, each after its length
// and a colon, so that no two runs of different words read alike.
func appendWord(words, w string) string {
	return words + strconv.Itoa(len(w)) + ":" + w
}

// linkParentheses makes a name and its alternative in parentheses, "Shushi
// (Susa in Azeri)", resolve to the place both may name.
func (a *analysis) linkParentheses() {
	for n := 1; n < len(a.cands); n++ {
		x, y := &a.cands[n-1], &a.cands[n]
		if x.drop || y.drop || y.i != x.j {
			continue
		}
		if g := a.text[x.e:y.s]; g != " (" && g != "(" {
			continue
		}
		if y.hinted && y.hint == geo.Region && hasKind(x.places, geo.City) {
			continue // "Bago (Bago region)": a town and the division it lies in (see linkQualifiers)
		}
		start := len(a.placeBuf)
		for _, p := range x.places {
			for _, q := range y.places {
				if p == q {
					a.placeBuf = append(a.placeBuf, p)
				}
			}
		}
		if common := a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]; len(common) > 0 {
			x.places, y.places = common, common
			x.weak, y.weak = false, false
		}
	}
}

// linkQualifiers narrows a name followed by the country or first-level
// division it lies in, after a comma or in brackets ("Paris, Texas", "Nice,
// France", "Kajuru (Kaduna)", "Boni (Mopti, Mali)"), to the places there,
// and the qualifier to the divisions that hold one of them: it names where
// the first lies, not a place of its own. A list of names ("Armenia,
// Azerbaijan") has no place in common and is left alone.
func (a *analysis) linkQualifiers() {
	for n := 1; n < len(a.cands); n++ {
		x, y := &a.cands[n-1], &a.cands[n]
		if x.drop || y.drop {
			continue
		}
		q := a.qualifier(x, y)
		if q == noQualifier {
			continue
		}
		in := a.within(x.places, y.places, q)
		if len(in) == 0 {
			continue
		}
		if len(x.places) >= 2 {
			x.places, x.locative = in, true
		}
		y.places, y.locates = a.holding(y.places, in, q), true
	}
}

// qualifierKind is how a name may qualify the one before it.
type qualifierKind uint8

const (
	noQualifier qualifierKind = iota
	afterComma                // "Paris, Texas"
	inBrackets                // "Kajuru (Kaduna)", "Boni (Mopti, Mali)"
)

// qualifier tells whether y stands where a qualifier of x does: after a
// comma, or in brackets after it, closed or followed by a comma.
func (a *analysis) qualifier(x, y *candidate) qualifierKind {
	switch a.text[x.e:y.s] {
	case ", ":
		// "Mandalay, Myanmar's state media said": a possessive is no
		// qualifier.
		if rest := a.text[y.e:]; !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			return afterComma
		}
	case " (":
		if int(y.e) < len(a.text) && (a.text[y.e] == ')' || a.text[y.e] == ',') {
			return inBrackets
		}
	}
	return noQualifier
}

// within returns, in the analysis's place buffer, the places of xs that lie
// in one of ys (see holds).
func (a *analysis) within(xs, ys []*geo.Place, k qualifierKind) []*geo.Place {
	start := len(a.placeBuf)
	for _, p := range xs {
		if p.Kind == geo.Country {
			continue
		}
		for _, q := range ys {
			if p != q && holds(q, p, k) { // a division does not lie in itself
				a.placeBuf = append(a.placeBuf, p)
				break
			}
		}
	}
	return a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]
}

// holding returns, in the analysis's place buffer, the places of ys that
// hold one of xs.
func (a *analysis) holding(ys, xs []*geo.Place, k qualifierKind) []*geo.Place {
	start := len(a.placeBuf)
	for _, q := range ys {
		for _, p := range xs {
			if holds(q, p, k) {
				a.placeBuf = append(a.placeBuf, q)
				break
			}
		}
	}
	return a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]
}

// holds says whether q is the country or the first-level division p lies
// in. In brackets, as conflict-event notes write a division, the capital
// of p's division stands for it too: "Kajuru (Kaduna)" is Kaduna State's.
// After a comma that would read a list ("Kajuru, Kaduna and Zaria") as one
// place.
func holds(q, p *geo.Place, k qualifierKind) bool {
	if q.Country != p.Country {
		return false
	}
	sameDivision := q.Admin1 == p.Admin1 && p.Admin1 != ""
	return q.Kind == geo.Country || q.Kind == geo.Region && sameDivision ||
		k == inBrackets && q.Feature == "PPLA" && sameDivision && q != p
}

// collectEvidence records countries (named, or implied by demonyms and by
// unambiguous places) and the anchors of the first pass.
func (a *analysis) collectEvidence() {
	for i := range a.toks {
		if a.toks[i].Has(tDemonym) {
			cc := a.demonym(i)
			a.evidence.add(a.g, cc, 1, false)
		}
	}
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop {
			continue
		}
		top := c.places[0]
		switch {
		case top.Kind == geo.Country:
			a.evidence.add(a.g, top.Country, 3, len(c.places) > 1)
		case c.weak:
		case len(c.places) == 1 || dominant(c.places):
			a.anchors.add(top)
		}
	}
}

// dominant says whether the first of several places of one name is so much
// more important that a reader would not think of the others: a capital, or
// a large city many times the size of the next.
func dominant(ps []*geo.Place) bool {
	top, next := ps[0], ps[1]
	if top.Kind != geo.City {
		return false
	}
	return (top.Feature == "PPLC" || top.Population >= largeCity) && top.Population >= 20*max(next.Population, 1)
}

// choose scores each place of the candidate and keeps the best.
func (a *analysis) choose(c *candidate) {
	// Repeated names ("Azerbaijan" ten times) are scored once a pass.
	key := choiceKey{&c.places[0], len(c.places), c.hint, c.hinted}
	if m, ok := a.memo.get(key); ok {
		c.place, c.score, c.conf, c.drop = m.place, m.score, m.conf, m.place == nil
	} else {
		a.scoreCandidate(c)
		a.memo.put(key, choice{c.place, c.score, c.conf})
	}
	if c.dateline {
		c.conf = max(c.conf, 0.95)
	}
}

// accept applies the evidence thresholds to the chosen place.
func (a *analysis) accept(c *candidate) bool {
	p := c.place
	if p.Kind == geo.Country || p.Feature == "CONT" || p.Feature == "OCN" || c.dateline || c.inName {
		// As sure as a country: "leaders of Asia"; an organisation's name
		// holds only well-known places (see keepKnownBearers).
		return true
	}
	if p.Feature == "PPLC" && !c.locative {
		// "Baku denies", "a demand that Baku establish control": without a
		// cue, a capital is as likely its government (GUIDE: leave it out).
		return false
	}
	if a.supported(p, c.places) {
		return true
	}
	if p.Kind == geo.City && !c.locative && !bearsName(p, a.spanString(c.i, c.j)) {
		return false // "for Turan": an old or foreign name of a far city
	}
	if focus := a.evidence.focus(); focus != "" && p.Kind == geo.City && p.Country != focus && p.Population < largeCity {
		// A text about one country names its own towns: "Kani" in a story
		// from Myanmar is no town of that name in Japan.
		return false
	}
	if c.weak {
		return p.Kind == geo.City && p.Population >= largeCity && !a.is(c.i, wGiven)
	}
	multi := c.j-c.i > 1
	switch p.Kind {
	case geo.City:
		if p.Population < smallCity {
			return multi && c.locative
		}
		return p.Population >= mediumCity || c.locative
	default:
		return multi || c.locative || c.definite
	}
}
