package timeline

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// shiftDrag drags on the strip from day from to day to with Shift down, as
// test.Drag does: one move, reported where it ends.
func (s *shown) shiftDrag(from, to int) {
	withShift(s.Timeline)
	start, end := s.stripPos(day(from)), s.stripPos(day(to))
	test.Drag(s.win.Canvas(), end, end.X-start.X, 0)
	s.modifiers = func() fyne.KeyModifier { return 0 }
}

func TestShiftDragShowsARangeAndEscOrAClickClearsIt(t *testing.T) {
	clears := []struct {
		name  string
		clear func(*shown)
	}{
		{"escape", func(s *shown) { s.HandleKey(fyne.KeyEscape) }},
		{"a click", func(s *shown) { test.TapAt(s.strip, s.stripPos(day(30)).Subtract(s.origin())) }},
		{"a mode", func(s *shown) { s.controls.mode.SetSelected(tl.OneDay.String()) }},
	}
	for _, c := range clears {
		t.Run(c.name, func(t *testing.T) {
			s := show(t, war())
			s.SetMode(tl.OneDay)
			s.ShowDays(day(0), day(44))
			s.changes = nil
			s.shiftDrag(20, 10)
			want := tl.Range{From: tl.DayOf(day(10)), To: tl.DayOf(day(20))}
			if r, ok := s.Range(); !ok || r != want {
				t.Fatalf("shift-dragging from day 20 to 10 brushed %v (%v), want %v", r, ok, want)
			}
			if len(s.changes) != 1 || s.changes[0].Mode != tl.Brushed || s.changes[0].Range != want {
				t.Fatalf("OnChanged got %v, want the range once", s.changes)
			}
			if got, want := events(s.changes[0]), events(s.Index().Between(want, false)); !slices.Equal(got, want) || len(got) < 11 {
				t.Errorf("the map is told %v, want the range's %v", got, want)
			}
			if !strings.Contains(s.controls.date.Text, "7–17 Oct 2020") || !strings.Contains(s.controls.window.Text, "Esc") {
				t.Errorf("the controls say %q, %q", s.controls.date.Text, s.controls.window.Text)
			}
			c.clear(s)
			if _, ok := s.Range(); ok || s.VisibleEvents().Mode != tl.OneDay || len(s.changes) != 2 {
				t.Errorf("after %s: the range is still shown (%v), or the map was told %d times", c.name, ok, len(s.changes))
			}
		})
	}
}

func TestADragWithoutShiftScrubs(t *testing.T) {
	s := show(t, war())
	s.ShowDays(day(0), day(44))
	start, end := s.stripPos(day(10)), s.stripPos(day(20))
	test.Drag(s.win.Canvas(), end, end.X-start.X, 0)
	if _, ok := s.Range(); ok || !s.Playhead().Equal(day(20)) {
		t.Errorf("a drag brushed (%v), or left the playhead on %v", ok, s.Playhead())
	}
}

func TestHoverTellsTheDaysUnderThePointer(t *testing.T) {
	tests := []struct {
		name     string
		from, to int // the days on the strip
		at       int // the day the pointer is over
		want     string
	}{
		{"a day under two long windows", 0, 44, 16, "Tue 13 Oct 2020 · 1 attack · 2 more within longer windows"},
		{"a day of two types", 0, 44, 3, "Wed 30 Sep 2020 · 1 attack, 1 diplomatic event"},
		{"zoomed in", 30, 44, 40, "Fri 6 Nov 2020 · 1 attack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := show(t, war())
			s.ShowDays(day(tt.from), day(tt.to))
			test.MoveMouse(s.win.Canvas(), s.stripPos(day(tt.at)))
			if !s.tip.Visible() || s.tip.Text() != tt.want {
				t.Errorf("the tooltip reads %q (shown %v), want %q", s.tip.Text(), s.tip.Visible(), tt.want)
			}
			if s.hover == nil || *s.hover != (tl.Range{From: tl.DayOf(day(tt.at)), To: tl.DayOf(day(tt.at))}) {
				t.Errorf("the strip shades %v, want day %d", s.hover, tt.at)
			}
			test.MoveMouse(s.win.Canvas(), fyne.NewPos(1, 1))
			if s.tip.Visible() || s.hover != nil {
				t.Error("the tooltip stays with the pointer off the strip")
			}
		})
	}
}

func TestHoverOverABarOfSeveralDaysTellsThemAll(t *testing.T) {
	s := show(t, withNineties())
	s.ShowDays(day(-3000), day(44))
	// Bars of 3 pixels: the pointer is put on the strip itself, as the
	// test canvas places its content 2 pixels off where it says it is.
	s.strip.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: s.stripPos(day(40)).Subtract(s.origin())}})
	if s.hover == nil || s.hover.Days() < 2 || s.hover.From > tl.DayOf(day(40)) || s.hover.To < tl.DayOf(day(40)) {
		t.Fatalf("the strip shades %v, want a bar of several days with day 40", s.hover)
	}
	if want := render.TimelineHoverText(s.ShownIndex(), *s.hover); s.tip.Text() != want || !strings.Contains(want, "–") {
		t.Errorf("the tooltip reads %q, want %q", s.tip.Text(), want)
	}
}

func TestTheOverviewBandScrollsWithoutRescaling(t *testing.T) {
	s := show(t, war())
	s.ShowDays(day(0), day(9))
	s.win.Canvas().Capture() // draw the strip, so that it knows where the band is
	band, axis := s.strip.hits.Overview, s.strip.hits.OverviewAxis
	if band.Empty() {
		t.Fatal("zoomed in to 10 of 45 days, the strip has no overview")
	}
	scale := s.win.Canvas().Scale()
	x := (axis.X(tl.DayOf(day(30))) + axis.X(tl.DayOf(day(31)))) / 2
	test.TapAt(s.strip, fyne.NewPos(float32(x)/scale, float32(band.Min.Y+band.Max.Y)/2/scale))
	if d := tl.DayOf(day(30)); s.view.Days() != 10 || d < s.view.From || d > s.view.To {
		t.Errorf("tapping day 30 on the band shows %v to %v", s.view.From, s.view.To)
	}
	if !s.Playhead().Equal(day(44)) {
		t.Errorf("tapping the band moved the playhead to %v", s.Playhead())
	}
	s.ShowDays(day(0), day(44))
	s.win.Canvas().Capture()
	if !s.strip.hits.Overview.Empty() {
		t.Error("showing all the days, the strip has an overview")
	}
}
