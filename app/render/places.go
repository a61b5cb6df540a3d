package render

import (
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// Places are the places the articles mention, one dot a place however
// many articles name it, prepared for drawing as a faint layer under the
// events.
type Places struct {
	x, y   []float64 // Web Mercator metres
	places []*geo.Place
	// articles counts, for each place, the articles that mention it.
	articles []int
}

// NewPlaces gathers the places of mentions, merging the mentions of one
// place (by ID) from several articles. A place off the Earth (see
// NewEvents) is left out.
func NewPlaces(mentions []event.PlaceMentions) *Places {
	p := &Places{}
	seen := map[string]int{}
	for _, m := range mentions {
		if m.Place == nil || !geo.ValidPoint(m.Place.Point) {
			continue
		}
		if i, ok := seen[m.Place.ID]; ok {
			p.articles[i]++
			continue
		}
		seen[m.Place.ID] = len(p.places)
		at := Mercator(m.Place.Point)
		p.x = append(p.x, at[0])
		p.y = append(p.y, at[1])
		p.places = append(p.places, m.Place)
		p.articles = append(p.articles, 1)
	}
	return p
}

// Len is the number of distinct places.
func (p *Places) Len() int { return len(p.places) }

// Place is place i and the number of articles that mention it.
func (p *Places) Place(i int) (place *geo.Place, articles int) { return p.places[i], p.articles[i] }

const placeRadius = 4

// draw puts the places in view on dst and returns their indices and pixel
// positions, for hit testing.
func (p *Places) draw(f *Frame) []placeAt {
	var shown []placeAt
	r := placeRadius * f.grid.pixels
	k := stampKey{shape: placeDot, colour: placeInk, radius: r, scale: f.grid.pixels}
	for i := range p.x {
		x, y := f.grid.pixel(p.x[i], p.y[i])
		if x < -r || y < -r || x > f.grid.width+r || y > f.grid.height+r {
			continue
		}
		stamp(f.img, x, y, k)
		shown = append(shown, placeAt{i, x, y})
	}
	return shown
}

// placeAt is a place drawn in a frame.
type placeAt struct {
	place int
	x, y  float64
}
