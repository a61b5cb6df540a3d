package geojson

import (
	"fmt"
	"strconv"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/geo"
)

// swapKm is how near its gazetteer place a point of Chronomap's layer must
// lie, written one way or the other, for checkSwapped to tell which way it
// was written: Chronomap writes the gazetteer's own point, which may move a
// few kilometres between releases of the gazetteer, while swapping moves a
// point hundreds of kilometres unless it lies near where latitude equals
// longitude, and there it hardly matters.
const swapKm = 10

// checkSwapped refuses a point of Chronomap's events layer that was written
// [latitude, longitude]: one far from the bundled gazetteer's place placeID
// names but near it swapped. Such a file was edited by hand or by another
// tool; read as it is, its events would be drawn in another country with
// no word, and exported so. It is an error rather than a warning because an
// import is whole or nothing (the window shows why a file was not read),
// and the file needs mending either way. A place the gazetteer does not know
// goes unchecked: attrs.CheckLonLat's checks are all there is for it.
func checkSwapped(at orb.Point, placeID string) error {
	if placeID == "" {
		return nil
	}
	g, err := geo.Default()
	if err != nil {
		return nil // the window says so when it loads the gazetteer
	}
	pl := g.ByID(placeID)
	if pl == nil {
		return nil
	}
	swapped := orb.Point{at[1], at[0]}
	if orbgeo.Distance(at, pl.Point) <= swapKm*1000 || orbgeo.Distance(swapped, pl.Point) > swapKm*1000 {
		return nil
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	return fmt.Errorf("coordinates [%s, %s] are far from %s (place_id %s) at [%s, %s]: %s",
		f(at[0]), f(at[1]), pl.Name, placeID, f(attrs.RoundCoordinate(pl.Point[0])), f(attrs.RoundCoordinate(pl.Point[1])), lookSwapped)
}
