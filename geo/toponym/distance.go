package toponym

import (
	"math"

	"github.com/paulmach/orb"
)

// kmPerDegree is the length of a degree of latitude.
const kmPerDegree = 111.195

// distanceKm is the distance between two points on an equirectangular
// projection: within a few percent of the great-circle distance at the
// scales the scores use (under a thousand kilometres), and much cheaper.
func distanceKm(p, q orb.Point) float64 {
	dlat := q[1] - p[1]
	dlon := q[0] - p[0]
	if dlon > 180 {
		dlon -= 360
	} else if dlon < -180 {
		dlon += 360
	}
	dlon *= cosDegrees((p[1] + q[1]) / 2)
	return kmPerDegree * math.Sqrt(dlat*dlat+dlon*dlon)
}

// fartherThan says, from the latitudes alone, that distanceKm(p, q) is
// more than d: a cheap test that spares most far places the cosine and the
// square root. The margin keeps it true despite rounding.
func fartherThan(p, q orb.Point, d float64) bool {
	return kmPerDegree*math.Abs(q[1]-p[1]) > d*(1+1e-9)+1e-9
}

// cosDegrees is the cosine of an angle in degrees, by a polynomial that is
// accurate to 1e-3 over [-90, 90].
func cosDegrees(deg float64) float64 {
	x := deg * math.Pi / 180
	x2 := x * x
	return 1 - x2/2 + x2*x2/24 - x2*x2*x2/720 + x2*x2*x2*x2/40320
}
