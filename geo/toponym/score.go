package toponym

import (
	"math"

	"github.com/chronomap/chronomap/geo"
)

// definiteTownPenalty is what a town loses when the article comes before a
// name it does not hold: news writes "the Atlantic", "the Gambia", but no
// town's name takes "the" unless it is part of it.
const definiteTownPenalty = 2.0

// scoreCandidate scores each place of c and keeps the best, sure of it as
// far as it leads the next.
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
