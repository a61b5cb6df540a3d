package toponym

import "github.com/chronomap/chronomap/geo"

// Two doubtful names support each other when they can be read as places
// near each other: "Hall County" and "Gainesville" are both in Georgia, and
// a reader takes them together though each alone could be elsewhere. The
// second pass gives a place of one doubtful name a little support when a
// reading of another doubtful name lies near it. The readings counted are
// capped, so that a text of thousands of names costs no more than the
// anchors' tree of them.

const (
	coherenceKm       = 150.0 // a reading of another name this close supports a place
	coherenceBonus    = 1.0
	maxReadings       = 20 // counted of one name
	coherenceMaxNames = 64 // names whose readings count
)

// collectReadings gathers the readings of the names the first pass left in
// doubt: those with several places and no confident choice.
func (a *analysis) collectReadings() {
	a.readings.reset()
	names := 0
	for n := range a.cands {
		c := &a.cands[n]
		if c.drop || len(c.places) < 2 || c.conf >= confidentMin {
			continue
		}
		if names++; names > coherenceMaxNames {
			return
		}
		for k, p := range c.places {
			if k == maxReadings {
				break
			}
			if p.Kind != geo.Country {
				a.readings.add(p)
			}
		}
	}
}

// coherent says whether a reading of another doubtful name than the one
// whose places are rivals lies near p.
func (a *analysis) coherent(p *geo.Place, rivals []*geo.Place) bool {
	return p.Kind != geo.Country && a.readings.nearest(p, rivals) < coherenceKm
}
