package timeline

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// strip is the drawn part of the timeline: the histogram, the spans, the
// playhead and, zoomed in, the overview band. Dragging on it scrubs,
// shift-dragging brushes a range of days, tapping jumps the playhead to the
// day tapped or selects the span tapped; on the overview band both scroll.
// Hovering tells the days under the pointer and their events.
type strip struct {
	widget.BaseWidget
	t *Timeline
	// hits is where the last drawing put the spans and the overview band,
	// in pixels.
	hits render.TimelineHits
	// drag is what the drag under way does, decided where it started;
	// anchor is the day a brush started on.
	drag   dragKind
	anchor tl.Day
}

// dragKind is what dragging on the strip does.
type dragKind uint8

const (
	noDrag   dragKind = iota
	scrub             // moves the playhead
	brushing          // chooses a range of days, from the anchor
	scroll            // on the overview band, scrolls the days
)

func newStrip(t *Timeline) *strip {
	s := &strip{t: t}
	s.ExtendBaseWidget(s)
	return s
}

// model is what the strip shows now, in the theme's colours.
func (s *strip) model() render.TimelineStrip {
	t := s.t
	whole, _ := t.index.Extent()
	primary, text := theme.Color(theme.ColorNamePrimary), theme.Color(theme.ColorNameForeground)
	return render.TimelineStrip{
		Index:    t.drawn,
		Days:     t.view,
		Visible:  t.VisibleEvents(),
		Selected: t.selected,
		Whole:    whole,
		Hover:    t.hover,
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

// inOverview reports whether p is on the overview band.
func (s *strip) inOverview(p fyne.Position) bool {
	scale := s.pixels()
	return image.Pt(int(p.X*scale), int(p.Y*scale)).In(s.hits.Overview)
}

// Tapped scrolls to the day tapped on the overview band; elsewhere it
// clears the days brushed, and selects the span under the pointer or moves
// the playhead to the day there.
func (s *strip) Tapped(e *fyne.PointEvent) {
	scale := s.pixels()
	if s.inOverview(e.Position) {
		s.t.centreOn(s.hits.OverviewAxis.DayAt(float64(e.Position.X * scale)))
		return
	}
	if i, ok := s.hits.EventAt(int(e.Position.X*scale), int(e.Position.Y*scale)); ok {
		s.t.ClearRange()
		s.t.selectFromStrip(i)
		return
	}
	s.t.Pause()
	s.t.moveTo(s.dayAt(e.Position)) // which clears the days brushed
}

// Dragged scrolls the days from the overview band, brushes a range of days
// if Shift was down when the drag started, and otherwise moves the
// playhead with the pointer; the user taking hold of time pauses playing.
func (s *strip) Dragged(e *fyne.DragEvent) {
	if s.drag == noDrag {
		s.MouseOut() // the pointer is on what it drags, not on a bar to tell of
		start := e.Position.Subtract(e.Dragged)
		switch {
		case s.inOverview(start):
			s.drag = scroll
		case s.t.modifiers()&fyne.KeyModifierShift != 0:
			s.drag, s.anchor = brushing, s.dayAt(start)
		default:
			s.drag = scrub
		}
	}
	switch s.drag {
	case scroll:
		s.t.centreOn(s.hits.OverviewAxis.DayAt(float64(e.Position.X * s.pixels())))
	case brushing:
		s.t.ShowRange(tl.Range{From: s.anchor, To: s.dayAt(e.Position)})
	default:
		s.t.Pause()
		s.t.moveTo(s.dayAt(e.Position))
	}
}

// DragEnd is part of fyne.Draggable.
func (s *strip) DragEnd() { s.drag = noDrag }

// Cursor shows that the strip can be dragged.
func (s *strip) Cursor() desktop.Cursor { return desktop.HResizeCursor }

// CreateRenderer is part of fyne.Widget.
func (s *strip) CreateRenderer() fyne.WidgetRenderer { return newStripRenderer(s) }
