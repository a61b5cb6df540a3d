package timeline

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// strip is the drawn part of the timeline: the histogram, the spans and the
// playhead. Dragging on it scrubs, tapping jumps the playhead to the day
// tapped or selects the span tapped.
type strip struct {
	widget.BaseWidget
	t *Timeline
	// hits is where the last drawing put the spans, in pixels.
	hits render.TimelineHits
}

func newStrip(t *Timeline) *strip {
	s := &strip{t: t}
	s.ExtendBaseWidget(s)
	return s
}

// model is what the strip shows now, in the theme's colours.
func (s *strip) model() render.TimelineStrip {
	t := s.t
	primary, text := theme.Color(theme.ColorNamePrimary), theme.Color(theme.ColorNameForeground)
	return render.TimelineStrip{
		Index:    t.drawn,
		Days:     t.view,
		Visible:  t.VisibleEvents(),
		Selected: t.selected,
		Colors: render.TimelineColors{
			Background: theme.Color(theme.ColorNameBackground),
			Text:       text,
			Grid:       translucent(text, 0x30),
			Window:     translucent(primary, 0x38),
			Playhead:   primary,
			Highlight:  render.LightTimeline.Highlight,
		},
		Scale: float64(s.pixels()),
	}
}

// translucent is c at opacity alpha.
func translucent(c color.Color, alpha uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = alpha
	return n
}

// pixels is the canvas's pixels per unit of size.
func (s *strip) pixels() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		return c.Scale()
	}
	return 1
}

// axis is where the strip puts the days, in pixels.
func (s *strip) axis() render.TimelineAxis {
	scale := s.pixels()
	return render.TimelineAxisFor(int(s.Size().Width*scale), float64(scale), s.t.view)
}

// dayAt is the day under the position p.
func (s *strip) dayAt(p fyne.Position) tl.Day { return s.axis().DayAt(float64(p.X * s.pixels())) }

// Scrolled zooms in and out around the pointer with the wheel, and scrolls
// the days with a sideways scroll.
func (s *strip) Scrolled(e *fyne.ScrollEvent) {
	a := s.axis()
	x := float64(e.Position.X * s.pixels())
	if e.Scrolled.DY != 0 {
		at := (x - a.Left) / (a.Right - a.Left)
		s.t.zoom(a.DayAt(x), max(0, min(1, at)), math.Exp2(-float64(e.Scrolled.DY)/40))
	}
	if dx := float64(e.Scrolled.DX * s.pixels()); dx != 0 {
		s.t.showDays(shift(s.t.view, tl.Day(math.Round(-dx/a.PixelsPerDay()))))
		s.Refresh()
	}
}

// Tapped selects the span under the pointer, or moves the playhead to the
// day there.
func (s *strip) Tapped(e *fyne.PointEvent) {
	scale := s.pixels()
	if i, ok := s.hits.EventAt(int(e.Position.X*scale), int(e.Position.Y*scale)); ok {
		s.t.selectFromStrip(i)
		return
	}
	s.t.Pause()
	s.t.moveTo(s.dayAt(e.Position))
}

// Dragged moves the playhead with the pointer; the user taking hold of it
// pauses playing.
func (s *strip) Dragged(e *fyne.DragEvent) {
	s.t.Pause()
	s.t.moveTo(s.dayAt(e.Position))
}

// DragEnd is part of fyne.Draggable.
func (s *strip) DragEnd() {}

// Cursor shows that the strip can be dragged.
func (s *strip) Cursor() desktop.Cursor { return desktop.HResizeCursor }

// CreateRenderer is part of fyne.Widget.
func (s *strip) CreateRenderer() fyne.WidgetRenderer { return newStripRenderer(s) }
