package timeline

import (
	"image/color"

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
	span, _ := t.index.Span()
	primary := theme.Color(theme.ColorNamePrimary)
	r, g, b, _ := primary.RGBA()
	return render.TimelineStrip{
		Index:    t.index,
		Days:     span,
		Visible:  t.VisibleEvents(),
		Selected: t.selected,
		Colors: render.TimelineColors{
			Background: theme.Color(theme.ColorNameBackground),
			Text:       theme.Color(theme.ColorNameForeground),
			Grid:       theme.Color(theme.ColorNameSeparator),
			Window:     color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0x38},
			Playhead:   primary,
			Highlight:  render.LightTimeline.Highlight,
		},
	}
}

// pixels is the canvas's pixels per unit of size.
func (s *strip) pixels() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		return c.Scale()
	}
	return 1
}

// dayAt is the day under the position p.
func (s *strip) dayAt(p fyne.Position) tl.Day {
	span, _ := s.t.index.Span()
	scale := s.pixels()
	return render.TimelineAxisFor(int(s.Size().Width*scale), span).DayAt(float64(p.X * scale))
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
