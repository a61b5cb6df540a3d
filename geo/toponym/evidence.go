package toponym

import (
	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

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

// focus is the country a text is about, when one has three times the
// weight of all others together and at least that of a country named, not
// counting names that may mean something else: "" when the text is about
// several, or none.
func (e countryEvidence) focus() string {
	best, most, total := "", 0.0, 0.0
	for _, c := range e {
		w := c.w - c.byAmbiguous
		total += w
		if w > most {
			best, most = c.cc, w
		}
	}
	if most < 3 || most < 0.75*total {
		return ""
	}
	return best
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
