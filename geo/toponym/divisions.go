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
	var named map[string]*geo.Place // bare names of the divisions named with their designation
	for n := range a.cands {
		h := &a.cands[n]
		if !h.drop && h.place != nil && h.place.Feature == "ADM2" && h.j-h.i >= 2 && a.is(h.j-1, wKind) {
			if named == nil {
				named = map[string]*geo.Place{}
			}
			named[a.spanString(h.i, h.j-1)] = h.place
		}
	}
	if named == nil {
		return
	}
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || c.place != nil && c.place.Feature == "ADM2" {
			continue
		}
		key, _ := a.spanKey(c.i, c.j)
		division := named[string(key)]
		if division == nil {
			continue
		}
		c.place = division
		for _, p := range c.places {
			if p.Kind == geo.City && p.Country == division.Country && distanceKm(p.Point, division.Point) < localKm {
				c.place = p // the town the county is named after
				break
			}
		}
		c.conf = max(c.conf, confidentMin)
		c.locative = true // the text has said what it is
	}
}
