package render

import (
	"image/color"

	"github.com/chronomap/chronomap/geo/basemap"
)

// palette is the colours of a map: the basemap's, and those of what is
// drawn over it (the legend, the selection). The light one is pale, low in
// saturation and close in lightness, so that the events' saturated markers
// stand out on every part of it; the dark one is the same map at night,
// for a dark theme, against which the markers stand out as well.
type palette struct {
	sea, land, border, coast, river, hatch, disputed color.RGBA
	// The labels' halos are not premultiplied: A is how much a halo hides.
	labelHalo, seaLabelHalo                                   color.RGBA
	cityDot, capitalRingIn, peakMark                          color.RGBA
	countryText, capitalText, cityText, seaText, disputedText color.RGBA
	physicalText, peakText                                    color.RGBA
	paper, edge, ink                                          color.RGBA // the legend's, and ink the selection's halo
}

var lightPalette = palette{
	sea:           color.RGBA{0xcb, 0xdc, 0xe6, 0xff},
	land:          color.RGBA{0xf3, 0xf0, 0xe9, 0xff},
	border:        color.RGBA{0x9b, 0x8e, 0xa3, 0xff},
	coast:         color.RGBA{0x94, 0xae, 0xc0, 0xff},
	river:         color.RGBA{0x8f, 0xb1, 0xca, 0xff},
	hatch:         color.RGBA{0xc4, 0xa0, 0x80, 0xff},
	disputed:      color.RGBA{0xa0, 0x76, 0x52, 0xff},
	labelHalo:     color.RGBA{0xfb, 0xfa, 0xf7, 0xd8},
	seaLabelHalo:  color.RGBA{0xdb, 0xe7, 0xee, 0xc0},
	cityDot:       color.RGBA{0x55, 0x55, 0x55, 0xff},
	capitalRingIn: color.RGBA{0xff, 0xff, 0xff, 0xff},
	peakMark:      color.RGBA{0x8a, 0x7a, 0x6a, 0xff},
	countryText:   color.RGBA{0x7d, 0x72, 0x66, 0xff},
	capitalText:   color.RGBA{0x26, 0x26, 0x26, 0xff},
	cityText:      color.RGBA{0x3c, 0x3c, 0x3c, 0xff},
	seaText:       color.RGBA{0x4f, 0x74, 0x91, 0xff},
	disputedText:  color.RGBA{0x8c, 0x5a, 0x36, 0xff},
	physicalText:  color.RGBA{0x8f, 0x86, 0x7b, 0xff},
	peakText:      color.RGBA{0x6e, 0x62, 0x57, 0xff},
	paper:         color.RGBA{0xfb, 0xfc, 0xfd, 0xff}, // opaque, so that frames copy the legend rather than blend it
	edge:          color.RGBA{0xa0, 0xa8, 0xb4, 0xff},
	ink:           ink,
}

var darkPalette = palette{
	sea:           color.RGBA{0x1a, 0x24, 0x30, 0xff},
	land:          color.RGBA{0x2e, 0x31, 0x36, 0xff},
	border:        color.RGBA{0x80, 0x76, 0x8c, 0xff},
	coast:         color.RGBA{0x46, 0x5d, 0x72, 0xff},
	river:         color.RGBA{0x3a, 0x57, 0x72, 0xff},
	hatch:         color.RGBA{0x6a, 0x55, 0x42, 0xff},
	disputed:      color.RGBA{0xa8, 0x80, 0x5c, 0xff},
	labelHalo:     color.RGBA{0x26, 0x29, 0x2e, 0xd0},
	seaLabelHalo:  color.RGBA{0x1a, 0x24, 0x30, 0xc0},
	cityDot:       color.RGBA{0xb4, 0xb4, 0xb4, 0xff},
	capitalRingIn: color.RGBA{0x2e, 0x31, 0x36, 0xff},
	peakMark:      color.RGBA{0x94, 0x86, 0x78, 0xff},
	countryText:   color.RGBA{0xa6, 0x9c, 0x90, 0xff},
	capitalText:   color.RGBA{0xea, 0xea, 0xea, 0xff},
	cityText:      color.RGBA{0xcc, 0xcc, 0xcc, 0xff},
	seaText:       color.RGBA{0x80, 0xa4, 0xc2, 0xff},
	disputedText:  color.RGBA{0xd4, 0xa0, 0x74, 0xff},
	physicalText:  color.RGBA{0x94, 0x8b, 0x80, 0xff},
	peakText:      color.RGBA{0xa4, 0x98, 0x8c, 0xff},
	paper:         color.RGBA{0x23, 0x26, 0x2b, 0xff},
	edge:          color.RGBA{0x55, 0x5d, 0x69, 0xff},
	ink:           color.RGBA{0xe6, 0xea, 0xf0, 0xff},
}

// paletteFor is the dark palette or the light one.
func paletteFor(dark bool) *palette {
	if dark {
		return &darkPalette
	}
	return &lightPalette
}

// The sea, land and borders of each palette, for checks that a picture
// shows the map.
var (
	SeaColor, LandColor, BorderColor = lightPalette.sea, lightPalette.land, lightPalette.border
	DarkSeaColor, DarkLandColor      = darkPalette.sea, darkPalette.land
)

// The disputed areas' hatching: lines hatchPeriod units apart (along a
// row), 2·hatchHalfWidth units wide; maxHatchPeriod bounds the period in
// pixels, which is a whole number of them so that the lines repeat along
// a row.
const (
	hatchPeriod    = 10
	hatchHalfWidth = 0.6
	maxHatchPeriod = 64
)

// hatchPeriodAt is the hatching's period in pixels at s pixels per unit.
func hatchPeriodAt(s float64) int { return min(maxHatchPeriod, scaled(hatchPeriod, s)) }

// lineStyle is how the lines of a layer and class are stroked.
type lineStyle struct {
	color color.RGBA
	width float64   // in pixels
	dash  []float64 // on and off lengths in pixels; nil for a solid line
}

// scaled is the style at s pixels per unit: as wide, and its dashes as
// long, in units.
func (st lineStyle) scaled(s float64) lineStyle {
	if s == 1 {
		return st
	}
	st.width *= s
	if st.dash != nil {
		dash := make([]float64, len(st.dash))
		for i, d := range st.dash {
			dash[i] = d * s
		}
		st.dash = dash
	}
	return st
}

// lineStyleFor is the style of a line layer's class at a zoom, in the
// colours of p: lines thicken a little as the map zooms in, where there are
// fewer of them.
func lineStyleFor(l basemap.Layer, c basemap.Class, zoom float64, p *palette) lineStyle {
	grow := func(from, to float64) float64 {
		t := min(1, max(0, (zoom-2)/6))
		return from + (to-from)*t
	}
	switch l {
	case basemap.Rivers:
		if c == basemap.MajorRiver {
			return lineStyle{color: p.river, width: grow(0.8, 1.8)}
		}
		return lineStyle{color: p.river, width: grow(0.6, 1.2)}
	case basemap.Coastlines:
		return lineStyle{color: p.coast, width: grow(0.7, 1.1)}
	case basemap.Borders:
		if c == basemap.Contested {
			return lineStyle{color: p.border, width: grow(0.8, 1.4), dash: []float64{5, 3}}
		}
		return lineStyle{color: p.border, width: grow(0.8, 1.7)}
	case basemap.DisputedOutlines:
		return lineStyle{color: p.disputed, width: grow(0.8, 1.6), dash: []float64{6, 3}}
	}
	return lineStyle{color: p.border, width: 1}
}
