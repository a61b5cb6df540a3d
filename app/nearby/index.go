// Package nearby finds the gazetteer's places near a point of the map: the
// place an event dropped there moves to. A drop within a few pixels of a
// town or a feature snaps to it; elsewhere it makes a new point place named
// after its offset from the nearest town ("12 km NE of Tartar"). It knows
// nothing of Fyne, so that it can be tested and benchmarked headless.
package nearby

import (
	"math"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/project"
	"github.com/paulmach/orb/quadtree"

	"github.com/chronomap/chronomap/geo"
)

// Index holds the gazetteer's towns, and its features that a point stands
// for, by where they are. Its trees are in Web Mercator metres, which keep
// the nearest place on the ground the nearest on the plane at the short
// distances asked about. It is read-only once made, and safe for
// concurrent use.
type Index struct {
	towns, features *quadtree.Quadtree
}

// pointFeatures are the feature codes of features whose point is the
// feature: a peak, a pass, a lake. A river's or a desert's point is only
// somewhere along it or in it, no place to snap an event to.
var pointFeatures = map[string]bool{
	"MT": true, "PK": true, "HLL": true, "PASS": true, "GRGE": true, "CAPE": true, "PT": true,
	"FLLS": true, "ISL": true, "RF": true, "LK": true, "RSV": true, "DAM": true, "BDG": true,
}

// mercatorHalf bounds the Web Mercator plane: the latitudes within it
// are those Mercator maps, up to about 85°.
const mercatorHalf = 20037508.342789244

// NewIndex indexes places: their towns, cities and villages, and the
// features that their point stands for; regions and countries, whose
// point is only a centroid or a capital, are left out.
func NewIndex(places []*geo.Place) *Index {
	plane := orb.Bound{Min: orb.Point{-mercatorHalf, -mercatorHalf}, Max: orb.Point{mercatorHalf, mercatorHalf}}
	x := &Index{towns: quadtree.New(plane), features: quadtree.New(plane)}
	for _, p := range places {
		tree := x.towns
		switch {
		case p.Kind == geo.Feature && pointFeatures[p.Feature]:
			tree = x.features
		case p.Kind != geo.City || !geo.ValidPoint(p.Point):
			continue
		}
		// A point beyond Mercator's latitudes is off the plane, and not
		// added: no map shows it.
		_ = tree.Add(indexed{mercator(p.Point), p})
	}
	return x
}

// indexed is a place at its Web Mercator point, as the trees hold it.
type indexed struct {
	at    orb.Point
	place *geo.Place
}

func (i indexed) Point() orb.Point { return i.at }

func mercator(lonLat orb.Point) orb.Point { return project.Point(lonLat, project.WGS84.ToMercator) }

// nearest is the place of tree nearest to lon/lat point at, and how far it
// lies in metres; nil when the tree is empty.
func nearest(tree *quadtree.Quadtree, at orb.Point) (*geo.Place, float64) {
	found := tree.Find(mercator(at))
	if found == nil {
		return nil, math.Inf(1)
	}
	p := found.(indexed).place
	return p, orbgeo.DistanceHaversine(at, p.Point)
}

// PlaceAt is the place an event dropped at lon/lat point at moves to: the
// nearest town or feature if one lies within snap metres, with snapped
// true, else a new point place there, named after the nearest town (see
// pointPlace). A nil Index, as when no gazetteer is at hand, names the
// point by its coordinates.
func (x *Index) PlaceAt(at orb.Point, snap float64) (p *geo.Place, snapped bool) {
	if x == nil {
		return pointPlace(at, nil, 0), false
	}
	town, d := nearest(x.towns, at)
	if feature, f := nearest(x.features, at); f < d && f <= snap {
		return feature, true
	}
	if d <= snap {
		return town, true
	}
	return pointPlace(at, town, d), false
}
