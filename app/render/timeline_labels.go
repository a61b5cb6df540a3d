package render

import (
	"image"
	"image/color"
	"image/draw"
	"sync"
)

// The axis draws the same few dozen labels on every frame, and rasterizing
// their glyphs was most of the strip's cost: each label is drawn once into
// a mask and the mask is reused.
var (
	timelineLabelsMu sync.Mutex
	timelineLabels   = map[timelineLabelKey]timelineLabelMask{}
)

// maxTimelineLabels bounds the cache: past it, it starts again empty.
const maxTimelineLabels = 2048

type timelineLabelKey struct {
	text string
	size float64
	bold bool
}

// timelineLabelMask is a label's coverage, with a pixel of margin on each
// side for glyphs that overhang their advance.
type timelineLabelMask struct {
	mask          *image.Alpha
	width, ascent int
}

func timelineLabel(s string, st Style) timelineLabelMask {
	k := timelineLabelKey{s, st.Size, st.Bold}
	timelineLabelsMu.Lock()
	defer timelineLabelsMu.Unlock()
	if m, ok := timelineLabels[k]; ok {
		return m
	}
	if len(timelineLabels) >= maxTimelineLabels {
		clear(timelineLabels)
	}
	w, asc, desc := MeasureText(s, st)
	m := timelineLabelMask{mask: image.NewAlpha(image.Rect(0, 0, w+2, asc+desc+2)), width: w, ascent: asc}
	DrawText(m.mask, 1, asc+1, s, Style{Size: st.Size, Bold: st.Bold, Color: color.Opaque})
	timelineLabels[k] = m
	return m
}

// drawTimelineLabel draws s in st with its baseline starting at (x, y), as
// DrawText does, from the cached mask.
func drawTimelineLabel(dst *image.RGBA, x, y int, m timelineLabelMask, st Style) {
	r := m.mask.Bounds().Add(image.Pt(x-1, y-m.ascent-1))
	draw.DrawMask(dst, r, image.NewUniform(st.Color), image.Point{}, m.mask, image.Point{}, draw.Over)
}
