package render

import (
	"image"
	"math"
)

// maxUncover is how far, in zoom levels, Uncover may zoom out: past it, the
// events would shrink to a corner of the map to clear its controls.
const maxUncover = 1.5

// Uncover zooms v out around its centre, a quarter of a level at a time and
// at most maxUncover levels, until no event the scene shows inside v lies
// under one of covered: the parts of the view, in its pixels, that the
// map's legend and controls hide. A frame fitted to the events would
// otherwise put those at its corners right under them.
func (s *Scene) Uncover(v Viewport, covered []image.Rectangle) Viewport {
	pts := s.shownPoints()
	hidden := func(v Viewport) bool {
		for _, p := range pts {
			x, y := v.ToPixel(p)
			if x < 0 || y < 0 || x >= float64(v.Width) || y >= float64(v.Height) {
				continue // left outside the frame on purpose (see FitBulk)
			}
			for _, r := range covered {
				if r.Inset(-markerRadius).Overlaps(image.Rect(int(math.Floor(x)), int(math.Floor(y)), int(x)+1, int(y)+1)) {
					return true
				}
			}
		}
		return false
	}
	out := v
	for out.Zoom > MinZoom && v.Zoom-out.Zoom < maxUncover && hidden(out) {
		out.Zoom = math.Max(MinZoom, out.Zoom-0.25)
	}
	return out
}

// LegendArea is where the legend lies in a view of width×height units,
// drawn as the scene draws it; empty when the scene draws none or the
// view is too small to hold it.
func (s *Scene) LegendArea(width, height int) image.Rectangle {
	if !s.ShowLegend {
		return image.Rectangle{}
	}
	k := legendKey{withPlaces: s.ShowPlaces && s.Places != nil, collapsed: s.LegendCollapsed, dark: s.Dark, toggle: true, scale: 1}
	return legendPlace(image.Rect(0, 0, width, height), legendSpriteOf(k).img.Bounds().Size(), legendMargin)
}
