package basemap

// Layer is one kind of thing on the map.
type Layer uint8

// The layers, in the order they are usually drawn. Area layers come first:
// their pieces are polygons, cut along grid cell edges that must never be
// stroked; the outlines to stroke are in the line layers.
const (
	Land             Layer = iota // land; the sea is what it leaves, the Caspian a hole in it
	Lakes                         // lakes and reservoirs
	Disputed                      // breakaway and disputed areas, such as Nagorno-Karabakh
	Rivers                        // rivers and lake centre lines
	Coastlines                    // the edge of the land
	Borders                       // land borders between countries
	DisputedOutlines              // the edges of the Disputed areas
	numLayers
)

var layerNames = [numLayers]string{"land", "lakes", "disputed", "rivers", "coastlines", "borders", "disputed outlines"}

func (l Layer) String() string {
	if l < numLayers {
		return layerNames[l]
	}
	return "layer?"
}

// IsArea reports whether the layer's pieces are polygons (else lines).
func (l Layer) IsArea() bool { return l <= Disputed }

// Class tells apart the pieces of one layer that are drawn differently.
type Class uint8

// Classes of the Borders layer.
const (
	International Class = iota // an international boundary
	Contested                  // a disputed boundary, line of control or indefinite line
)

// Classes of the Rivers layer.
const (
	MajorRiver Class = iota // a river shown at continental zoom
	MinorRiver              // a river shown from regional zoom on
)
