package basemap_test

import (
	"fmt"
	"log"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// A view of the South Caucasus at regional zoom asks for the pieces and
// labels it shows.
func Example() {
	m, err := basemap.Default()
	if err != nil {
		log.Fatal(err)
	}
	view := orb.Bound{
		Min: project.Point(orb.Point{43, 38.5}, project.WGS84.ToMercator),
		Max: project.Point(orb.Point{50.5, 42}, project.WGS84.ToMercator),
	}
	fmt.Println("land pieces:", len(m.Pieces(basemap.Land, 7, view)) > 0)
	for _, l := range m.Labels(7, view) {
		if l.Kind == basemap.CapitalLabel {
			fmt.Println(l.Text)
		}
	}
	// Output:
	// land pieces: true
	// Baku
	// Tbilisi
	// Yerevan
}
