package toponym

import (
	"math"
	"strconv"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// Resolution works in two passes. The first collects what the document is
// about: the countries it names, its demonyms, and the places that are
// unambiguous or dominant (anchors). Each candidate's places are then scored
// by importance (kind, feature code, population) plus support from that
// evidence (same country, distance to anchors). The second pass repeats the
// scoring with every confident resolution as an anchor. Names that still have
// no support and are small, or only weakly capitalised, are left out.

// countryEvidence weighs the countries a document is about.
type countryEvidence []namedCountry

// namedCountry is the weight of one country, with its label point if the
// gazetteer has it, looked up once for all the places scored against it.
// Of the weight, byAmbiguous came from names that may also mean another
// place ("Georgia"): when such a name is scored, that part is its own
// reading, which is no evidence for itself.
type namedCountry struct {
	cc          string
	w           float64
	byAmbiguous float64
	point       orb.Point
	hasPoint    bool
}

// add adds weight w to country cc; ambiguous says that it comes from a name
// that may also mean other places.
func (e *countryEvidence) add(g *geo.Gazetteer, cc string, w float64, ambiguous bool) {
	if cc == "" {
		return
	}
	own := 0.0
	if ambiguous {
		own = w
	}
	for i := range *e {
		if (*e)[i].cc == cc {
			(*e)[i].w += w
			(*e)[i].byAmbiguous += own
			return
		}
	}
	c := namedCountry{cc: cc, w: w, byAmbiguous: own}
	if p := g.Country(cc); p != nil {
		c.point, c.hasPoint = p.Point, true
	}
	*e = append(*e, c)
}

// weight is the evidence for country cc when a name whose places are
// rivals is scored: without what that name's own country reading added.
func (e countryEvidence) weight(cc string, rivals []*geo.Place) float64 {
	for _, c := range e {
		if c.cc != cc {
			continue
		}
		for _, r := range rivals {
			if r.Kind == geo.Country && r.Country == cc {
				return c.w - c.byAmbiguous
			}
		}
		return c.w
	}
	return 0
}

// definiteTownPenalty is what a town loses when the article comes before a
// name it does not hold: news writes "the Atlantic", "the Gambia", but no
// town's name takes "the" unless it is part of it.
const definiteTownPenalty = 2.0

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

// linkQualifiers narrows a name followed by a comma and the country or
// first-level division it lies in ("Paris, Texas", "Nice, France",
// "Jeddah, Saudi Arabia") to the places there. A list of names ("Armenia,
// Azerbaijan") has no place in common and is left alone.
func (a *analysis) linkQualifiers() {
	for n := 1; n < len(a.cands); n++ {
		x, y := &a.cands[n-1], &a.cands[n]
		if x.drop || y.drop || len(x.places) < 2 || a.text[x.e:y.s] != ", " {
			continue
		}
		start := len(a.placeBuf)
		for _, p := range x.places {
			if p.Kind == geo.Country {
				continue
			}
			for _, q := range y.places {
				if q.Country == p.Country && (q.Kind == geo.Country || q.Kind == geo.Region && q.Admin1 == p.Admin1 && p.Admin1 != "") {
					a.placeBuf = append(a.placeBuf, p)
					break
				}
			}
		}
		if in := a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]; len(in) > 0 {
			x.places, x.locative = in, true
		}
	}
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

// choiceKey is what one name's resolution in a pass depends on: its places
// (the first element of the candidate's places, and their number) and hint.
type choiceKey struct {
	places *(*geo.Place)
	n      int
	hint   geo.Kind
	hinted bool
}

// choice is a memo of one name's resolution in the current pass.
type choice struct {
	place *geo.Place
	score float64
	conf  float64
}

// choiceMemo holds the names resolved in a pass: in a list, as an article
// names a few dozen, and by a map once they are many.
type choiceMemo struct {
	keys   []choiceKey
	values []choice
	index  map[choiceKey]int // once there are more than fewChoices
}

// fewChoices is how many names the memo looks through before it makes a map.
const fewChoices = 32

func (m *choiceMemo) get(k choiceKey) (choice, bool) {
	if m.index != nil {
		i, ok := m.index[k]
		return m.values[i], ok
	}
	for i := range m.keys {
		if m.keys[i] == k {
			return m.values[i], true
		}
	}
	return choice{}, false
}

func (m *choiceMemo) put(k choiceKey, c choice) {
	m.keys, m.values = append(m.keys, k), append(m.values, c)
	switch {
	case m.index != nil:
		m.index[k] = len(m.keys) - 1
	case len(m.keys) > fewChoices:
		m.index = make(map[choiceKey]int, 2*len(m.keys))
		for i, k := range m.keys {
			m.index[k] = i
		}
	}
}

func (m *choiceMemo) reset() {
	clear(m.values) // the places of the last text: let them go
	m.keys, m.values, m.index = m.keys[:0], m.values[:0], nil
}

func (a *analysis) scoreCandidate(c *candidate) {
	places := c.places
	if c.hinted {
		start := len(a.placeBuf)
		for _, p := range places {
			if p.Kind == c.hint || c.hint == geo.Region && p.Kind == geo.Country {
				a.placeBuf = append(a.placeBuf, p)
			}
		}
		switch {
		case len(a.placeBuf) > start:
			places = a.placeBuf[start:len(a.placeBuf):len(a.placeBuf)]
		case c.hint == geo.Feature && places[0].Kind == geo.City:
			// "Hakari bridge" when the gazetteer knows no such feature: the
			// town it is named after is another place.
			c.drop, c.place = true, nil
			return
		}
	}
	key := a.spanString(c.i, c.j)
	named := false // whether some place bears the name as written
	a.bears = a.bears[:0]
	for _, p := range places {
		bears := bearsName(p, key)
		a.bears = append(a.bears, bears)
		named = named || bears
	}
	theKey := ""
	if c.definite {
		theKey = "the " + key
	}
	best, second := math.Inf(-1), math.Inf(-1)
	for k, p := range places {
		s := a.score(p, places, key)
		if named && !a.bears[k] {
			s -= altNamePenalty
		}
		if c.definite && p.Kind == geo.City && !bearsName(p, theKey) {
			s -= definiteTownPenalty // "the Atlantic" is no town, "The Hague" is
		}
		switch {
		case s > best:
			best, second = s, best
			c.place = p
		case s > second:
			second = s
		}
	}
	c.score = best
	if len(places) == 1 {
		c.conf = 0.9
	} else {
		c.conf = 0.5 + 0.45*(1-math.Exp(-(best-second)))
	}
	if !a.supported(c.place, places) {
		c.conf *= 0.8
	}
}

// score is a place's prior importance plus the support the document gives
// it, when the name key may mean any of rivals.
func (a *analysis) score(p *geo.Place, rivals []*geo.Place, key string) float64 {
	s := prior(p)
	switch overshadowed(p, rivals, key) {
	case namesake:
		// Paris, Texas over Paris, France needs local evidence: a place
		// close by or its state named, not just the U.S. somewhere.
		if a.localEvidence(p, rivals) {
			s += 5
		}
		return s
	case alias:
		return s // "Islamabad" is Pakistan's capital, not Anantnag of old
	}
	if w := a.countryWeight(p.Country, rivals); w > 0 {
		s += min(3, 1.5+0.5*w)
	} else if a.nearNamedCountry(p) {
		s += 0.5 // "the war in Gaza" in a text about Israel
	}
	if p.Kind == geo.Country {
		return s
	}
	if p.Kind == geo.Region && p.Feature == "ADM1" {
		if n := a.anchors.inRegion(p.Country, p.Admin1, rivals); n > 0 {
			s += min(2.5, 1.5+0.5*float64(n)) // "Georgia" in a story from Atlanta
		}
	} else if p.Admin1 != "" && a.anchors.hasRegion(p.Country, p.Admin1) {
		s += 1.5 // "Louisville" in a story about Kentucky
	}
	if namesakeCountry(p, rivals) {
		s -= 3 // "Taiwan", "Cyprus": the country, not its island
	}
	if p.Kind == geo.Region {
		s -= cityWithin(p, rivals, key)
	}
	if a.coherent(p, rivals) {
		s += coherenceBonus
	}
	if d := a.nearestAnchorKm(p, rivals); d < 25 {
		s += 3
	} else if d < 75 {
		s += 2.5
	} else if d < 150 {
		s += 2
	} else if d < supportKm {
		s += 1.2
	} else if d < farKm {
		s += 0.5
	}
	return s
}

// shadow says how a capital or a city of a million people with the same
// name hides a place from a reader.
type shadow uint8

const (
	unshadowed shadow = iota
	namesake          // a town of the same name
	alias             // a place that has the name only as an old or other name
)

// overshadowed says whether a city shares the name key with a capital or a
// city of a million people, which a reader takes it for. A capital that has
// the name only as an old or other name ("Salisbury" of Harare) casts no
// shadow.
func overshadowed(p *geo.Place, rivals []*geo.Place, key string) shadow {
	if p.Kind != geo.City || p.Feature == "PPLC" {
		return unshadowed
	}
	for _, r := range rivals {
		if r == p || r.Kind != geo.City || r.Feature != "PPLC" && r.Population < largeCity || !bearsName(r, key) {
			continue
		}
		if !bearsName(p, key) {
			return alias
		}
		if p.Population < mediumCity {
			return namesake
		}
	}
	return unshadowed
}

// localEvidence says whether the document names a place within localKm of
// p, or p's first-level division ("Paris, Texas").
func (a *analysis) localEvidence(p *geo.Place, rivals []*geo.Place) bool {
	return a.nearestAnchorKm(p, rivals) < localKm || p.Admin1 != "" && a.anchors.hasRegion(p.Country, p.Admin1)
}

// namesakeCountry says whether the rivals include the country p lies in,
// named alike: the name then means the country.
func namesakeCountry(p *geo.Place, rivals []*geo.Place) bool {
	for _, r := range rivals {
		if r.Kind == geo.Country && r.Country == p.Country && r != p {
			return true
		}
	}
	return false
}

// cityWithin is what a division named key loses to a city within it that
// the name may mean: its capital ("Aleppo" alone is the city, not the
// governorate), or more to a city of a million people that bears the name
// ("New York" alone is the city, whose state's towns all count to its size).
func cityWithin(p *geo.Place, rivals []*geo.Place, key string) float64 {
	loss := 0.0
	for _, r := range rivals {
		if r.Kind != geo.City || r.Country != p.Country || r.Admin1 != p.Admin1 {
			continue
		}
		switch {
		case r.Population >= largeCity && bearsName(r, key):
			return 2.5
		case r.Feature == "PPLA" || r.Feature == "PPLC":
			loss = 1.5
		}
	}
	return loss
}

// nearNamedCountry says whether p lies within neighbourKm of the label
// point of a country the document names, as its neighbours' towns do.
func (a *analysis) nearNamedCountry(p *geo.Place) bool {
	for _, e := range a.evidence {
		if e.hasPoint && !fartherThan(p.Point, e.point, neighbourKm) && distanceKm(p.Point, e.point) < neighbourKm {
			return true
		}
	}
	return false
}

// prior is how likely a place of this kind and size is meant, all else equal.
func prior(p *geo.Place) float64 {
	s := 0.4 * math.Log10(float64(p.Population)+1)
	switch p.Kind {
	case geo.Country:
		s += 4
	case geo.Region:
		s += 1.0
		switch p.Feature {
		case "ADM1":
			s += 0.5
		case "CONT":
			s += 3 // "Africa" is the continent before any town named after it
		}
	case geo.Feature:
		s += 0.6
		if p.Feature == "OCN" {
			s += 3 // and "the Atlantic" the ocean
		}
	case geo.City:
		switch p.Feature {
		case "PPLC":
			s += 2
		case "PPLA":
			s += 1.2
		case "PPLA2":
			s += 0.6
		}
	}
	return s
}

// nearestAnchorKm is the distance to the nearest anchor that is not one of
// the rival places of the same name (a name cannot support itself), or
// +Inf from farKm on, where no score reads it.
func (a *analysis) nearestAnchorKm(p *geo.Place, rivals []*geo.Place) float64 {
	return a.anchors.nearest(p, rivals)
}

// supported says whether the document gives a place support: its country is
// named or implied, or an anchor lies near it.
func (a *analysis) supported(p *geo.Place, rivals []*geo.Place) bool {
	return p.Kind == geo.Country || a.countryWeight(p.Country, rivals) > 0 || a.nearestAnchorKm(p, rivals) < supportKm
}

// countryWeight is the evidence for country cc: countries named, demonyms,
// and anchors in it other than the rival places of the same name.
func (a *analysis) countryWeight(cc string, rivals []*geo.Place) float64 {
	if cc == "" {
		return 0
	}
	return a.evidence.weight(cc, rivals) + float64(a.anchors.inCountry(cc, rivals))
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

// kmPerDegree is the length of a degree of latitude.
const kmPerDegree = 111.195

// distanceKm is the distance between two points on an equirectangular
// projection: within a few percent of the great-circle distance at the
// scales the scores use (under a thousand kilometres), and much cheaper.
func distanceKm(p, q orb.Point) float64 {
	dlat := q[1] - p[1]
	dlon := q[0] - p[0]
	if dlon > 180 {
		dlon -= 360
	} else if dlon < -180 {
		dlon += 360
	}
	dlon *= cosDegrees((p[1] + q[1]) / 2)
	return kmPerDegree * math.Sqrt(dlat*dlat+dlon*dlon)
}

// fartherThan says, from the latitudes alone, that distanceKm(p, q) is
// more than d: a cheap test that spares most far places the cosine and the
// square root. The margin keeps it true despite rounding.
func fartherThan(p, q orb.Point, d float64) bool {
	return kmPerDegree*math.Abs(q[1]-p[1]) > d*(1+1e-9)+1e-9
}

// cosDegrees is the cosine of an angle in degrees, by a polynomial that is
// accurate to 1e-3 over [-90, 90].
func cosDegrees(deg float64) float64 {
	x := deg * math.Pi / 180
	x2 := x * x
	return 1 - x2/2 + x2*x2/24 - x2*x2*x2/720 + x2*x2*x2*x2/40320
}
