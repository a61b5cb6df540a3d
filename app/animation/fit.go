package animation

import (
	"github.com/chronomap/chronomap/app/render"
)

// The map's Fit to Events keeps framed events this far from the edges, in
// units, and shows a single place with its surroundings.
const (
	fitMargin  = 60
	fitMaxZoom = 10
)

// Fit is a view of the events that the animation shows in any of its
// frames, those of the layers s the filters keep, framed as the map's Fit
// to Events frames the events shown, on a map of the figure's size: the
// bulk of them, a few far from the rest left out. ok is false when no
// frame shows an event, or the options are not valid.
func Fit(s *render.Scene, o Options) (v render.Viewport, ok bool) {
	if o.Check() != nil {
		return render.Viewport{}, false
	}
	fr := &frames{src: Source{Scene: s}, o: o, heads: Playheads(o.Days, o.Mode)}
	v, _, ok = fr.scene(fr.allDays()).FitBulk(o.Figure.Width, o.Figure.Height, fitMargin, fitMaxZoom)
	return v, ok
}
