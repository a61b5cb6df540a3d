package toponym

import "github.com/chronomap/chronomap/geo"

// A story that names "Laurel County" goes on to say "Laurel" for it, and the
// gazetteer knows the county only with its designation: the bare name
// would be read as some town called Laurel elsewhere. Once the text has
// named a second-level division in full, its bare name means the division,
// or the town of that name in it if there is one.

// followNamedDivisions resolves bare names to the second-level divisions
// that the text names in full elsewhere.
func (a *analysis) followNamedDivisions() {
	var named []*candidate // the divisions named with their designation
	for n := range a.cands {
		h := &a.cands[n]
		if !h.drop && h.place != nil && h.place.Feature == "ADM2" && h.j-h.i >= 2 && a.is(h.j-1, wKind) {
			named = append(named, h)
		}
	}
	if len(named) == 0 {
		return
	}
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || c.place != nil && c.place.Feature == "ADM2" {
			continue
		}
		for _, h := range named {
			if !a.sameWords(c.i, c.j, h.i, h.j-1) {
				continue
			}
			c.place = h.place
			for _, p := range c.places {
				if p.Kind == geo.City && p.Country == h.place.Country && distanceKm(p.Point, h.place.Point) < localKm {
					c.place = p // the town the county is named after
					break
				}
			}
			c.conf = max(c.conf, confidentMin)
			c.locative = true // the text has said what it is
			break
		}
	}
}

// sameWords says whether tokens [i, j) and [k, l) are the same words.
func (a *analysis) sameWords(i, j, k, l int) bool {
	if j-i != l-k {
		return false
	}
	for d := 0; d < j-i; d++ {
		if a.doc.Tokens[i+d].Hash != a.doc.Tokens[k+d].Hash || a.folded(i+d) != a.folded(k+d) {
			return false
		}
	}
	return true
}
