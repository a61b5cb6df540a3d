package attrs

import (
	"fmt"
	"math"
	"strconv"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// CheckLonLat says what is wrong with a point that is not on Earth (see
// geo.ValidPoint), naming its numbers as written, lonText and latText. A
// latitude beyond ±90 whose longitude would make a latitude is most likely
// a point written latitude first, as many tools and people write it:
// swapped then ends the error, in the words of the format.
func CheckLonLat(lon, lat float64, lonText, latText, swapped string) error {
	switch {
	case math.IsNaN(lon) || math.IsInf(lon, 0):
		return fmt.Errorf("longitude %s is not a finite number", lonText)
	case math.IsNaN(lat) || math.IsInf(lat, 0):
		return fmt.Errorf("latitude %s is not a finite number", latText)
	case (lat < -90 || lat > 90) && lon >= -90 && lon <= 90:
		return fmt.Errorf("latitude %s is outside -90 to 90: %s", latText, swapped)
	case lat < -90 || lat > 90:
		return fmt.Errorf("latitude %s is outside -90 to 90", latText)
	case lon < -180 || lon > 180:
		return fmt.Errorf("longitude %s is outside -180 to 180", lonText)
	}
	return nil
}

// CheckPoint is CheckLonLat of a point, its numbers written as Go
// formats them; nil for a point on Earth.
func CheckPoint(at orb.Point, swapped string) error {
	if geo.ValidPoint(at) {
		return nil
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	return CheckLonLat(at[0], at[1], f(at[0]), f(at[1]), swapped)
}

// RoundCoordinate rounds a longitude or latitude to 6 decimals (about 10
// cm), as every layer writes them, so that an imported event exports as
// it was read.
func RoundCoordinate(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// FormatCoordinate writes a longitude or latitude rounded as
// RoundCoordinate rounds it, in decimals: 45.332145.
func FormatCoordinate(v float64) string {
	return strconv.FormatFloat(RoundCoordinate(v), 'f', -1, 64)
}
