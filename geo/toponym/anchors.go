package toponym

import (
	"math"
	"slices"

	"github.com/chronomap/chronomap/geo"
)

// anchorSet holds the anchors of one pass, each place once. An article
// names a few dozen places, which scans of a list answer quickest; a text
// that names twenty thousand gets indexes that answer what scoring asks of
// them (how many lie in a country, whether one is a given region, how far
// the nearest lies) in time that does not grow with their number.
type anchorSet struct {
	points  []*geo.Place // the anchors; a k-d tree of their points once built (see buildTree)
	extent  box          // of the points, once the tree is built
	built   bool         // whether points is the tree of the anchors now
	indexed *anchorIndex // once there are more than fewAnchors
}

// anchorIndex is the anchors by place, by country and by region.
type anchorIndex struct {
	has       map[*geo.Place]bool
	byCountry map[string]int
	byRegion  map[regionKey]int  // the anchors in each first-level division
	regions   map[regionKey]bool // the regions among them that have an admin1
}

type regionKey struct{ country, admin1 string }

func (x *anchorIndex) add(p *geo.Place) {
	x.has[p] = true
	x.byCountry[p.Country]++
	if p.Admin1 != "" {
		x.byRegion[regionKey{p.Country, p.Admin1}]++
	}
	if p.Kind == geo.Region && p.Admin1 != "" {
		x.regions[regionKey{p.Country, p.Admin1}] = true
	}
}

// add adds p once: a place named ten times is no nearer to anything than a
// place named once.
func (s *anchorSet) add(p *geo.Place) {
	if s.has(p) {
		return
	}
	s.points = append(s.points, p)
	s.built = false
	switch {
	case s.indexed != nil:
		s.indexed.add(p)
	case len(s.points) > fewAnchors:
		s.indexed = &anchorIndex{map[*geo.Place]bool{}, map[string]int{}, map[regionKey]int{}, map[regionKey]bool{}}
		for _, q := range s.points {
			s.indexed.add(q)
		}
	}
}

func (s *anchorSet) has(p *geo.Place) bool {
	if s.indexed != nil {
		return s.indexed.has[p]
	}
	return slices.Contains(s.points, p)
}

func (s *anchorSet) reset() {
	clear(s.points)
	s.points, s.built, s.indexed = s.points[:0], false, nil
}

// inCountry is the number of anchors in country cc other than the rival
// places of the same name.
func (s *anchorSet) inCountry(cc string, rivals []*geo.Place) int {
	n := 0
	if s.indexed != nil {
		n = s.indexed.byCountry[cc]
	} else {
		for _, q := range s.points {
			if q.Country == cc {
				n++
			}
		}
	}
	return s.withoutRivals(n, rivals, func(r *geo.Place) bool { return r.Country == cc })
}

// inRegion is the number of anchors in the first-level division admin1 of
// country cc, other than the rival places of the same name.
func (s *anchorSet) inRegion(cc, admin1 string, rivals []*geo.Place) int {
	if admin1 == "" {
		return 0
	}
	n := 0
	if s.indexed != nil {
		n = s.indexed.byRegion[regionKey{cc, admin1}]
	} else {
		for _, q := range s.points {
			if q.Country == cc && q.Admin1 == admin1 {
				n++
			}
		}
	}
	return s.withoutRivals(n, rivals, func(r *geo.Place) bool { return r.Country == cc && r.Admin1 == admin1 })
}

// withoutRivals takes from n, a count of anchors where in says, the rivals
// that are anchors there themselves: a name cannot support itself.
func (s *anchorSet) withoutRivals(n int, rivals []*geo.Place, in func(*geo.Place) bool) int {
	if n == 0 {
		return 0
	}
	var rivalAnchors []*geo.Place // few: the rivals themselves anchored there
	for _, r := range rivals {
		if in(r) && s.has(r) && !slices.Contains(rivalAnchors, r) {
			rivalAnchors = append(rivalAnchors, r)
		}
	}
	return n - len(rivalAnchors)
}

// hasRegion says whether a region of country cc with first-level division
// admin1 is an anchor.
func (s *anchorSet) hasRegion(cc, admin1 string) bool {
	if s.indexed != nil {
		return s.indexed.regions[regionKey{cc, admin1}]
	}
	for _, q := range s.points {
		if q.Kind == geo.Region && q.Country == cc && q.Admin1 == admin1 && admin1 != "" {
			return true
		}
	}
	return false
}

// farKm is the farthest an anchor supports a place at all (see score):
// nearest does not look beyond it.
const farKm = 700.0

// fewAnchors is up to how many anchors a scan of them all is quicker than
// building and searching the tree: an article names a few dozen places.
const fewAnchors = 64

// nearestOf is nearest by a scan of the anchors ps.
func nearestOf(ps []*geo.Place, p *geo.Place, rivals []*geo.Place) float64 {
	best := math.Inf(1)
	for _, q := range ps {
		if !fartherThan(p.Point, q.Point, min(best, farKm)) && !slices.Contains(rivals, q) {
			best = min(best, distanceKm(p.Point, q.Point))
		}
	}
	if best >= farKm {
		return math.Inf(1)
	}
	return best
}

// nearest is the distance from p to the nearest anchor that is not one of
// rivals, when it is under farKm; +Inf otherwise.
func (s *anchorSet) nearest(p *geo.Place, rivals []*geo.Place) float64 {
	if len(s.points) <= fewAnchors {
		return nearestOf(s.points, p, rivals)
	}
	if !s.built {
		buildTree(s.points, 0)
		s.extent, s.built = extent(s.points), true
	}
	q := nearestQuery{at: p.Point, rivals: rivals, best: math.Inf(1)}
	q.visit(s.points, 0, s.extent)
	if q.best >= farKm {
		return math.Inf(1)
	}
	return q.best
}
