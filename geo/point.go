package geo

import "github.com/paulmach/orb"

// ValidPoint reports whether p is a place on Earth: a longitude from -180
// to 180 and a latitude from -90 to 90. NaN and infinities are not.
func ValidPoint(p orb.Point) bool {
	return p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90
}
