package render

import (
	"image"
	"image/color"
	"math"
	"strconv"

	"github.com/chronomap/chronomap/data/event"
	"github.com/paulmach/orb"
)

// Scene is what a map view shows: a background, the events, and the
// places the articles mention, with one event perhaps selected. Draw
// renders it for a viewport. A Scene keeps scratch space between frames,
// so one goroutine at a time draws it.
type Scene struct {
	Background Background // nil draws SeaBlue
	Events     *Events    // nil for none
	Places     *Places    // nil for none
	ShowPlaces bool       // whether the places layer is drawn
	ShowLegend bool
	// LegendCollapsed draws the legend as a chip with its title, which
	// takes less of a small map; the legend's toggle (see Frame.HitAt)
	// switches it.
	LegendCollapsed bool
	// Dark draws the basemap and the legend in their dark palette, to sit
	// beside a dark theme.
	Dark     bool
	Selected int     // the selected event's index, -1 for none; drawn even outside Period
	Period   *Period // nil for all the events, dated or not
	// Moving is the selected event as the user drags it to another place,
	// nil when it is not dragged.
	Moving *Moving
	// Keep flags, by index, the events the filters keep; nil keeps all.
	Keep []bool

	clusterer clusterer
}

// NewScene is a scene on bg with nothing on it yet and the legend shown.
func NewScene(bg Background) *Scene {
	return &Scene{Background: bg, ShowLegend: true, Selected: -1}
}

// Frame is a drawn scene: where each marker went, to find what lies under
// the pointer.
type Frame struct {
	View     Viewport
	Clusters []Cluster // in the order they were found; later ones lie under earlier ones

	img        *image.RGBA // only while drawing
	grid       grid
	owner      []int32
	events     *Events
	gate       eventGate
	places     []placeAt
	selected   int // the selected event's index if its marker was drawn, else -1
	selX, selY float64
	legend     image.Rectangle
	toggle     image.Rectangle   // the part of the legend that collapses or expands it
	bounds     map[int]orb.Bound // by cluster, as ClusterBound finds them
}

// Draw renders the scene for v into dst, whose bounds must be v's
// rectangle at the origin, and returns the frame for hit testing.
func (s *Scene) Draw(dst *image.RGBA, v Viewport) *Frame {
	f := &Frame{View: v, img: dst, grid: newGrid(v), events: s.Events, gate: s.gate(), selected: -1}
	bg := s.Background
	if bg == nil {
		bg = SeaBlue
	}
	p := paletteFor(s.Dark)
	if b, ok := bg.(*Basemap); ok {
		b.drawIn(dst, v, p)
	} else {
		bg.Draw(dst, v)
	}
	if s.ShowPlaces && s.Places != nil {
		f.places = s.Places.draw(f)
	}
	if s.Events != nil {
		f.Clusters, f.owner = s.clusterer.cluster(s.Events, f.grid, f.gate)
		for i := len(f.Clusters) - 1; i >= 0; i-- {
			drawCluster(dst, &f.Clusters[i], f.grid.pixels)
		}
		f.drawSelection(s.Selected, s.Moving, p.ink)
	}
	if s.ShowLegend {
		k := legendKey{withPlaces: s.ShowPlaces && s.Places != nil, collapsed: s.LegendCollapsed, dark: s.Dark, toggle: true, scale: f.grid.pixels}
		f.legend, f.toggle = drawLegend(dst, k)
	}
	f.img = nil
	return f
}

// mixed is the colour of a cluster of several types.
var mixed = color.RGBA{0x5b, 0x66, 0x75, 0xff}

// lookColour is the colour of a marker's event type.
func lookColour(l markerLook) stampKey {
	if l&^lookFlags == lookMixed {
		return stampKey{colour: mixed}
	}
	return stampKey{colour: event.Type(l &^ lookFlags).Info().Colour}
}

// drawCluster draws a cluster's marker at scale pixels per unit of size.
func drawCluster(dst *image.RGBA, c *Cluster, scale float64) {
	k := lookColour(c.look)
	k.radius, k.scale = c.R, scale
	if c.Count > 1 {
		k.shape = bubble
		stamp(dst, c.X, c.Y, k)
		stampCount(dst, c.X, c.Y, countLabel(c.Count), scale)
		return
	}
	k.shape = markerShape(c.look)
	stamp(dst, c.X, c.Y, k)
}

// markerShape is the shape of a single event's marker, as the legend
// explains it: filled when it is known to the day, hollow when only
// within a wider window or undated; a disc at a town or site, a diamond
// when it is placed only by its region.
func markerShape(l markerLook) shape {
	exact := l&lookExact != 0
	switch {
	case l&lookRegion != 0 && exact:
		return diamond
	case l&lookRegion != 0:
		return openDiamond
	case exact:
		return disc
	}
	return ring
}

// drawSelection rings the selected event in colour and draws its own
// marker on top, even where it is part of a cluster, so that it can always
// be found; where moving has taken it, if it is being dragged.
func (f *Frame) drawSelection(i int, moving *Moving, colour color.RGBA) {
	at, ok := f.events.Position(i)
	if !ok {
		return
	}
	px, py := f.grid.pixel(at[0], at[1])
	if moving != nil {
		px, py = f.drawMove(px, py, moving, colour)
	}
	if f.grid.cellOf(px, py) < 0 {
		return
	}
	s := f.grid.pixels
	stamp(f.img, px, py, stampKey{shape: halo, colour: colour, radius: markerRadius * s, scale: s})
	drawCluster(f.img, &Cluster{X: px, Y: py, R: markerRadius * s, Count: 1, look: f.events.look[i]}, s)
	f.selected, f.selX, f.selY = i, px, py
}

// countLabel writes a count in at most four characters: 7, 512, 1.2k, 35k, 1.1M.
func countLabel(n int) string {
	switch {
	case n < 1000:
		return strconv.Itoa(n)
	case n < 10_000:
		return strconv.FormatFloat(float64(n)/1000, 'f', 1, 64) + "k"
	case n < 1_000_000:
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + "M"
}

func dist(ax, ay, bx, by float64) float64 { return math.Hypot(ax-bx, ay-by) }
