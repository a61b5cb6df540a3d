package basemap

import "github.com/paulmach/orb"

// LabelKind is what a label names; it decides how it is drawn.
type LabelKind uint8

// The kinds of label.
const (
	CountryLabel  LabelKind = iota // a country, at its label point
	CapitalLabel                   // a national capital
	CityLabel                      // another populated place
	SeaLabel                       // an ocean, sea, gulf or bay
	DisputedLabel                  // a breakaway or disputed area
	PhysicalLabel                  // a mountain range, plateau, peninsula or desert
	PeakLabel                      // a mountain peak
	numLabelKinds
)

// Label is a name to write on the map.
type Label struct {
	Text  string
	Kind  LabelKind
	Point orb.Point // Web Mercator metres
	// The label is shown from MinZoom on and below MaxZoom (0: no limit).
	MinZoom, MaxZoom float64
}

// kindDelay puts back, in the order of importance, the kinds of label
// that name wide areas (their name can go anywhere in them and is least
// missed), behind the places a reader looks for: a mountain range shown
// from zoom 1 ranks with the capitals of zoom 3.5.
var kindDelay = [numLabelKinds]float64{CountryLabel: 0.5, SeaLabel: 1.5, PhysicalLabel: 2.5, PeakLabel: 1}

// rank orders labels by importance, the most important lowest.
func (l *Label) rank() float64 { return l.MinZoom + kindDelay[l.Kind] }

// ShownAt reports whether the label is shown at a zoom level.
func (l *Label) ShownAt(zoom float64) bool {
	return zoom >= l.MinZoom && (l.MaxZoom == 0 || zoom < l.MaxZoom)
}
