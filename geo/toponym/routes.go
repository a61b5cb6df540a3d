package toponym

import "github.com/chronomap/chronomap/geo"

// A road named after its ends, "the Stepanakert-Goris road" or "the
// Kyiv–Odesa highway", is one place between two others: the towns are not
// where anything happens. The gazetteer may know the road itself.

// routeWords after "A-B" make it a route.
const routeWords = `road roads highway highways motorway expressway route railway railroad pipeline
corridor`

// dropRouteEnds drops the places joined by dashes before a route word,
// keeping the last one only if it is the route itself (a feature).
func (a *analysis) dropRouteEnds() {
	for n := 1; n < len(a.cands); n++ {
		c := &a.cands[n]
		if !a.endsBeforeRoute(c) {
			continue
		}
		m := n
		for m > 0 && isDash(a.text[a.cands[m-1].e:a.cands[m].s]) {
			m--
			a.cands[m].drop = true
		}
		if m < n && !hasKind(c.places, geo.Feature) {
			c.drop = true
		}
	}
}

// endsBeforeRoute says whether a route word follows the name, or ends it
// ("Lachin corridor").
func (a *analysis) endsBeforeRoute(c *candidate) bool {
	if a.is(c.j-1, wRoute) {
		return true
	}
	return c.j < len(a.toks) && a.gap(c.j-1) == " " && a.is(c.j, wRoute)
}

func isDash(gap string) bool {
	switch gap {
	case "-", "–", "—", "‐", "‑":
		return true
	}
	return false
}

func hasKind(ps []*geo.Place, k geo.Kind) bool {
	for _, p := range ps {
		if p.Kind == k {
			return true
		}
	}
	return false
}
