package nearby

import (
	"fmt"
	"math"
	"strconv"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/geo"
)

// namingMetres is how far a town may lie from a point and still name it:
// further out ("240 km W of Baku", in the middle of a sea) coordinates say
// where it is better.
const namingMetres = 100_000

// pointPlace is a new place at lon/lat point at, which lies d metres from
// town, the nearest, or nil for none: "12 km NE of Tartar", in the town's
// country and first-level division; a city when within the town's
// built-up area, a feature (a field, a road, a hill) outside it. Its point
// is rounded to 1e-5 degrees (about a metre), as the gazetteer's are, and
// its ID says where it is, so that two drops at one point make one place.
func pointPlace(at orb.Point, town *geo.Place, d float64) *geo.Place {
	at = orb.Point{roundTo5(at[0]), roundTo5(at[1])}
	p := &geo.Place{Kind: geo.Feature, Point: at,
		ID: "point:" + strconv.FormatFloat(at[0], 'f', 5, 64) + "," + strconv.FormatFloat(at[1], 'f', 5, 64)}
	if town == nil || d > namingMetres {
		p.Name = coordinatesText(at)
		return p
	}
	p.Name = distanceText(d) + " " + compassPoint(orbgeo.Bearing(town.Point, at)) + " of " + town.Name
	p.Country, p.Admin1 = town.Country, town.Admin1
	if d <= builtUpMetres(town.Population) {
		p.Kind = geo.City
	}
	return p
}

func roundTo5(v float64) float64 { return math.Round(v*1e5) / 1e5 }

// builtUpMetres is roughly how far a town of population people reaches
// from its centre: a kilometre for a village or a town whose population is
// not known, 4 for 150,000 people, at most 15 for a capital of millions.
func builtUpMetres(population int) float64 {
	return max(1000, min(15_000, 10*math.Sqrt(float64(population))))
}

// distanceText is a distance in metres as a name says it: to 10 m under a
// kilometre, to 100 m under 10 km, to the kilometre beyond.
func distanceText(d float64) string {
	switch {
	case d < 995:
		return strconv.Itoa(int(math.Round(d/10))*10) + " m"
	case d < 9950:
		return strconv.FormatFloat(math.Round(d/100)/10, 'f', -1, 64) + " km"
	}
	return strconv.Itoa(int(math.Round(d/1000))) + " km"
}

var compassPoints = [...]string{"N", "NE", "E", "SE", "S", "SW", "W", "NW"}

// compassPoint is the one of the eight points of the compass nearest to a
// bearing in degrees clockwise from north, as orb/geo.Bearing gives it
// (-180 to 180).
func compassPoint(bearing float64) string {
	k := int(math.Floor(math.Mod(bearing+360+22.5, 360) / 45))
	return compassPoints[k%len(compassPoints)]
}

// coordinatesText names a lon/lat point by its coordinates, to 1e-4
// degrees (about 10 m): "40.3420° N, 46.9316° E".
func coordinatesText(at orb.Point) string {
	ns, ew := "N", "E"
	if at[1] < 0 {
		ns = "S"
	}
	if at[0] < 0 {
		ew = "W"
	}
	return fmt.Sprintf("%.4f° %s, %.4f° %s", math.Abs(at[1]), ns, math.Abs(at[0]), ew)
}
