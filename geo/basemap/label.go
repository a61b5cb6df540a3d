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

// ShownAt reports whether the label is shown at a zoom level.
func (l *Label) ShownAt(zoom float64) bool {
	return zoom >= l.MinZoom && (l.MaxZoom == 0 || zoom < l.MaxZoom)
}
