package animation

import "math"

// endHold is how much longer the last frame shows: a GIF loops, and
// without a pause its last days would flash by into the first.
const endHold = 200 // hundredths of a second

// delays are how long each of n frames shows, in hundredths of a second
// (the unit of GIF), when the playhead moves step days a frame at speed
// days a second: step/speed seconds each, rounded so that the roundings do
// not add up (at 30 days a second, 3, 3 and 4 hundredths), and the last
// frame endHold longer.
func delays(n, step int, speed float64) []int {
	each := 100 * float64(step) / speed
	d := make([]int, n)
	for k := range d {
		d[k] = int(math.Round(float64(k+1)*each) - math.Round(float64(k)*each))
	}
	if n > 0 {
		d[n-1] += endHold
	}
	return d
}
