package kml

import (
	"bufio"
	"fmt"

	"github.com/chronomap/chronomap/data/event"
)

// icon is Google Earth's own white dot, which a style's colour tints.
const icon = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"

// writeStyles writes a style for each event type: its dot in the type's
// colour, as the map and the legend draw it, and no label, which would
// bury the dots of a busy day (the name shows on hover and in the list).
func writeStyles(b *bufio.Writer) {
	for t := range event.NumTypes {
		c := t.Info().Colour
		// KML writes a colour as aabbggrr.
		fmt.Fprintf(b, `<Style id="%s"><IconStyle><color>%02x%02x%02x%02x</color><Icon><href>%s</href></Icon></IconStyle>`+
			"<LabelStyle><scale>0</scale></LabelStyle></Style>\n", styleID(t), c.A, c.B, c.G, c.R, icon)
	}
}

// styleID is the id of the style of type t: its name, "attack".
func styleID(t event.Type) string { return t.String() }
