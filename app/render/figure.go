package render

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
)

// FigureOptions say what a figure shows besides the map, and how big it
// is. Its size is in units, as a view's is on screen; Scale multiplies the
// pixels, not the map's extent, so that at 2× the PNG has twice as many
// pixels each way and looks the same, only sharper.
type FigureOptions struct {
	Width, Height int     // in units
	Scale         float64 // pixels per unit, up to MaxFigureScale; below 1 counts as 1
	Title         string
	Subtitle      string   // the days the map shows
	Credits       []string // the data's sources, as their licences ask
}

// Limits of a figure: MaxFigurePixels (256 MB of RGBA) keeps a figure
// within what a desktop can draw and encode without running out of memory.
const (
	MaxFigureScale  = 4
	MaxFigurePixels = 1 << 26
	maxFigureSide   = 1 << 14
)

// The figure's sizes, in units.
const (
	figureMargin = 16
	figureGap    = 8   // between the title and the subtitle, the map and the credits
	minMapWidth  = 240 // the least map worth a figure
	minMapHeight = 160
)

var (
	titleStyle    = Style{Size: 20, Bold: true, Color: ink}
	subtitleStyle = Style{Size: 13, Color: placeInk}
	creditStyle   = Style{Size: 10, Color: placeInk}
	figurePaper   = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

// figureLayout is where the parts of a figure go, in pixels.
type figureLayout struct {
	scale           float64
	size            image.Point
	title, subtitle image.Point // baselines' starts
	mapArea         image.Rectangle
	legend          image.Point // the legend's corner
	scaleBar        image.Point // the scale bar's bottom-left corner
	credits         []string
	creditsAt       image.Point // the first line's baseline start
	creditLine      int         // from baseline to baseline
	titleText       string      // the title, cut to the width
	subtitleText    string
}

// Figure draws the scene as a figure: a title and subtitle, the map
// showing at least what view v shows (its centre, and all of its extent
// fitted in), the legend beside it, a scale bar on it, and the credits
// under it. The map shows neither the selection nor the scene's own
// legend. Figure reads the scene's layers but draws with a scene and a
// basemap of its own, so it may run on another goroutine while the
// screen's map draws, provided no one changes s meanwhile.
func Figure(s *Scene, v Viewport, o FigureOptions) (*image.RGBA, error) {
	withPlaces := s.ShowPlaces && s.Places != nil
	l, err := o.layout(withPlaces)
	if err != nil {
		return nil, err
	}
	return l.figure(s, v, withPlaces), nil
}

// Check says why a figure with these options cannot be drawn, or returns
// nil.
func (o FigureOptions) Check() error {
	_, err := o.layout(true) // the legend at its tallest
	return err
}

// Pixels is the size of the figure's image.
func (o FigureOptions) Pixels() image.Point {
	s := max(o.Scale, 1)
	return image.Pt(int(math.Round(float64(o.Width)*s)), int(math.Round(float64(o.Height)*s)))
}

// layout places the parts of the figure, or says why they do not fit.
func (o FigureOptions) layout(withPlaces bool) (figureLayout, error) {
	s := max(o.Scale, 1)
	size := o.Pixels()
	switch {
	case o.Scale > MaxFigureScale:
		return figureLayout{}, fmt.Errorf("a scale of %g× is too large: at most %d×", o.Scale, MaxFigureScale)
	case size.X > maxFigureSide || size.Y > maxFigureSide || size.X*size.Y > MaxFigurePixels:
		return figureLayout{}, fmt.Errorf("%d × %d pixels is too large: at most %d megapixels, %d a side",
			size.X, size.Y, MaxFigurePixels>>20, maxFigureSide)
	}
	px := func(n int) int { return scaled(n, s) }
	l := figureLayout{scale: s, size: size}
	margin, gap := px(figureMargin), px(figureGap)
	title, sub, credit := titleStyle.at(s), subtitleStyle.at(s), creditStyle.at(s)

	inner := size.X - 2*margin
	_, ascent, descent := MeasureText(o.Title, title)
	l.titleText = fitText(o.Title, title, inner)
	l.title = image.Pt(margin, margin+ascent)
	top := l.title.Y + descent
	if o.Subtitle != "" {
		_, ascent, descent := MeasureText(o.Subtitle, sub)
		l.subtitleText = fitText(o.Subtitle, sub, inner)
		l.subtitle = image.Pt(margin, top+gap/2+ascent)
		top = l.subtitle.Y + descent
	}
	top += gap + margin/2

	_, ascent, descent = MeasureText("Credits", credit)
	l.creditLine = ascent + descent + px(2)
	l.credits = wrapText(strings.Join(o.Credits, " "), credit, inner)
	bottom := size.Y - margin - len(l.credits)*l.creditLine - gap
	l.creditsAt = image.Pt(margin, bottom+gap+ascent)

	legend := legendSpriteOf(legendKey{withPlaces: withPlaces, scale: s}).img.Bounds().Size()
	l.mapArea = image.Rect(margin, top, size.X-2*margin-legend.X, bottom)
	l.legend = image.Pt(l.mapArea.Max.X+margin, top)
	l.scaleBar = image.Pt(l.mapArea.Min.X+px(legendMargin), l.mapArea.Max.Y-px(legendMargin))
	if need := image.Pt(px(minMapWidth), max(px(minMapHeight), legend.Y)); l.mapArea.Dx() < need.X || l.mapArea.Dy() < need.Y {
		short := need.Sub(l.mapArea.Size())
		w := ceilDiv(size.X+max(0, short.X), s)
		h := ceilDiv(size.Y+max(0, short.Y), s)
		return figureLayout{}, fmt.Errorf("too small for the map and its legend: at least %d × %d", w, h)
	}
	return l, nil
}

// at is the style with its size in units drawn at s pixels per unit.
func (st Style) at(s float64) Style {
	st.Size *= s
	return st
}

// ceilDiv is n pixels in units at s pixels per unit, rounded up.
func ceilDiv(n int, s float64) int { return int(math.Ceil(float64(n) / s)) }

// figure draws the figure laid out by l: the map of s fitted to v, then
// the text, legend and scale bar around and over it.
func (l figureLayout) figure(s *Scene, v Viewport, withPlaces bool) *image.RGBA {
	dst := image.NewRGBA(image.Rectangle{Max: l.size})
	fillRect(dst, dst.Rect, figurePaper)
	fillRect(dst, l.mapArea.Inset(-scaled(1, l.scale)), lightPalette.edge)
	// The map is drawn in place, into its area of dst seen as an image
	// whose corner is at the origin, as Scene.Draw wants.
	m := &image.RGBA{Pix: dst.Pix[dst.PixOffset(l.mapArea.Min.X, l.mapArea.Min.Y):], Stride: dst.Stride, Rect: image.Rectangle{Max: l.mapArea.Size()}}
	v = figureView(v, l.mapArea, l.scale)
	figureScene(s).Draw(m, v)
	drawScaleBar(dst, l.scaleBar, v)
	legendSpriteOf(legendKey{withPlaces: withPlaces, scale: l.scale}).drawAt(dst, l.legend)

	title, sub, credit := titleStyle.at(l.scale), subtitleStyle.at(l.scale), creditStyle.at(l.scale)
	DrawText(dst, l.title.X, l.title.Y, l.titleText, title)
	if l.subtitleText != "" {
		DrawText(dst, l.subtitle.X, l.subtitle.Y, l.subtitleText, sub)
	}
	for i, line := range l.credits {
		DrawText(dst, l.creditsAt.X, l.creditsAt.Y+i*l.creditLine, line, credit)
	}
	return dst
}

// figureScene is a scene of the layers of s, with no selection and no
// legend (the figure draws its own beside the map). Its basemap is its
// own, so that drawing a large figure does not hold up the screen's map,
// which waits for its basemap while another frame uses it.
func figureScene(s *Scene) *Scene {
	bg := s.Background
	if b, ok := bg.(*Basemap); ok {
		bg = NewBasemap(b.m)
	}
	f := NewScene(bg)
	f.Events, f.Places, f.ShowPlaces, f.Period, f.Keep = s.Events, s.Places, s.ShowPlaces, s.Period, s.Keep
	f.ShowLegend = false
	return f
}

// figureView is the view of a map of r's pixels at s pixels per unit that
// has v's centre and shows all that v shows, v being a view on screen:
// zoomed in or out so that v's extent just fits.
func figureView(v Viewport, r image.Rectangle, s float64) Viewport {
	w, h := float64(r.Dx())/s, float64(r.Dy())/s
	vw, vh := float64(max(v.Width, 1))/v.pixels(), float64(max(v.Height, 1))/v.pixels()
	zoom := max(MinZoom, v.unitZoom()+math.Log2(min(w/vw, h/vh)))
	return Viewport{Center: v.Center, Zoom: zoom + math.Log2(s), Width: r.Dx(), Height: r.Dy(), PixelScale: s}
}

// Shown is how many events the scene shows in view v: those whose place is
// in it, in the scene's period, that the filters keep.
func (s *Scene) Shown(v Viewport) int {
	if s.Events == nil {
		return 0
	}
	b, gate, n := v.Bound(), s.gate(), 0
	for i := range s.Events.Len() {
		if at, ok := s.Events.Position(i); ok && b.Contains(at) && !gate.excludes(s.Events, i) {
			n++
		}
	}
	return n
}
