package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// day0 is the first day of the test events.
var day0 = time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)

func day(n int) time.Time { return day0.AddDate(0, 0, n) }

// event is an event of type t dated from day first to day last; last <
// first makes it undated.
func ev(t event.Type, first, last int) event.Event {
	e := event.Event{Type: t}
	if last >= first {
		e.Window = &dates.Window{Start: day(first), End: day(last)}
	}
	return e
}

// war is six weeks of events: one or two a day, a few known only as a week
// or a month, and two undated.
func war() []event.Event {
	var events []event.Event
	for d := 0; d < 45; d++ {
		events = append(events, ev(event.Type(d%int(event.NumTypes)), d, d))
		if d%3 == 0 {
			events = append(events, ev(event.Attack, d, d+1))
		}
	}
	return append(events,
		ev(event.Clash, 10, 16), ev(event.Ceasefire, 5, 35),
		ev(event.Diplomacy, 1, 0), ev(event.Other, 1, 0))
}

// shown is a timeline of events in a test window, and what it told the
// window.
type shown struct {
	*Timeline
	win      fyne.Window
	changes  []tl.Visible
	selected []int
}

func show(t *testing.T, events []event.Event) *shown {
	test.NewTempApp(t)
	s := &shown{Timeline: New()}
	s.SetEvents(events)
	s.OnChanged = func(v tl.Visible) { s.changes = append(s.changes, v) }
	s.OnSelected = func(i int) { s.selected = append(s.selected, i) }
	s.win = test.NewTempWindow(t, s.Timeline)
	s.win.Resize(fyne.NewSize(900, 190))
	return s
}

// events lists the events of v in increasing order.
func events(v tl.Visible) []int32 {
	e := v.AppendTo(nil)
	slices.Sort(e)
	return e
}

// stripPos is where on the canvas the middle of day d of the strip is,
// halfway down.
func (s *shown) stripPos(d time.Time) fyne.Position {
	axis := s.strip.axis()
	dd := tl.DayOf(d)
	x := float32(axis.X(dd)+axis.X(dd+1)) / 2
	return s.origin().Add(fyne.NewPos(x, s.strip.Size().Height/2))
}

// origin is where on the canvas the strip is.
func (s *shown) origin() fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(s.strip)
}

func TestDraggingThePlayheadChangesTheVisibleEvents(t *testing.T) {
	s := show(t, war())
	s.SetMode(tl.OneDay)
	s.ShowDays(day(0), day(44))
	for _, d := range []int{20, 3, 44, 0} {
		s.changes = nil
		test.Drag(s.win.Canvas(), s.stripPos(day(d)), 5, 0)
		if !s.Playhead().Equal(day(d)) {
			t.Fatalf("dragged to day %d, the playhead is on %v", d, s.Playhead())
		}
		if len(s.changes) != 1 {
			t.Fatalf("dragged to day %d: OnChanged called %d times, want once", d, len(s.changes))
		}
		got := events(s.changes[0])
		want := events(s.Index().View(tl.DayOf(day(d)), tl.OneDay, false))
		if !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("day %d shows %v, want %v", d, got, want)
		}
		if !strings.Contains(s.controls.date.Text, day(d).Format("2 Jan 2006")) {
			t.Errorf("day %d: the date shown is %q", d, s.controls.date.Text)
		}
	}
}

func TestSteppingMovesExactlyOneDay(t *testing.T) {
	tests := []struct {
		name  string
		from  int
		step  func(*Timeline)
		wantD int
	}{
		{"forward", 10, (*Timeline).StepForward, 11},
		{"back", 10, (*Timeline).StepBack, 9},
		{"right arrow", 10, func(t *Timeline) { t.HandleKey(fyne.KeyRight) }, 11},
		{"left arrow", 10, func(t *Timeline) { t.HandleKey(fyne.KeyLeft) }, 9},
		{"forward on the last day stays", 44, (*Timeline).StepForward, 44},
		{"back on the first day stays", 0, (*Timeline).StepBack, 0},
		{"home", 10, func(t *Timeline) { t.HandleKey(fyne.KeyHome) }, 0},
		{"end", 10, func(t *Timeline) { t.HandleKey(fyne.KeyEnd) }, 44},
		{"the forward button", 10, func(t *Timeline) { test.Tap(t.controls.forward) }, 11},
		{"the first button", 10, func(t *Timeline) { test.Tap(t.controls.first) }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := show(t, war()[:60]) // events up to day 44
			s.SetPlayhead(day(tt.from))
			tt.step(s.Timeline)
			if got := s.Playhead(); !got.Equal(day(tt.wantD)) {
				t.Errorf("the playhead is on %v, want %v", got.Format(time.DateOnly), day(tt.wantD).Format(time.DateOnly))
			}
		})
	}
}

func TestCumulativeModeAccumulates(t *testing.T) {
	s := show(t, war())
	test.Tap(s.controls.first)
	s.controls.mode.SetSelected(tl.Cumulative.String())
	if s.Mode() != tl.Cumulative {
		t.Fatalf("the mode menu set %v", s.Mode())
	}
	before := events(s.VisibleEvents())
	for range 60 {
		s.StepForward()
		now := events(s.VisibleEvents())
		for _, e := range before {
			if !slices.Contains(now, e) {
				t.Fatalf("on %v event %d is gone", s.Playhead(), e)
			}
		}
		before = now
	}
	var dated []int32
	for i, e := range war() {
		if e.Window != nil {
			dated = append(dated, int32(i))
		}
	}
	if !slices.Equal(before, dated) {
		t.Errorf("on the last day %d events are shown, want all %d dated ones", len(before), len(dated))
	}
}

// dated is the index of the event of events dated from day first to day
// last.
func dated(t *testing.T, events []event.Event, first, last int) int {
	t.Helper()
	for i, e := range events {
		if e.Window != nil && e.Window.Start.Equal(day(first)) && e.Window.End.Equal(day(last)) {
			return i
		}
	}
	t.Fatalf("no event from day %d to %d", first, last)
	return -1
}

func TestSelectingAnEventInTheWindowLeavesTimeAndOneOutsideMovesItTheLeast(t *testing.T) {
	tests := []struct {
		name        string
		mode        tl.Mode
		playhead    int
		first, last int // the event selected
		want        int // the playhead after
	}{
		{"a day's event in the cumulative window", tl.Cumulative, 20, 3, 4, 20},
		{"a day's event in the week", tl.Week, 20, 15, 15, 20},
		{"a long window the day is in", tl.OneDay, 20, 5, 35, 20},
		{"an event ahead of the window", tl.Cumulative, 20, 30, 30, 30},
		{"an event ahead of the day", tl.OneDay, 10, 30, 30, 30},
		{"an event behind the day", tl.OneDay, 20, 10, 10, 10},
		{"an event of two days behind the day", tl.OneDay, 20, 3, 4, 4},
		{"an event behind the week", tl.Week, 20, 10, 10, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := war()
			s := show(t, events)
			s.SetMode(tt.mode)
			s.SetPlayhead(day(tt.playhead))
			s.changes = nil
			i := dated(t, events, tt.first, tt.last)
			s.Select(i)
			if !s.Playhead().Equal(day(tt.want)) {
				t.Errorf("the playhead is on %v, want %v", s.Playhead(), day(tt.want))
			}
			if s.Selected() != i || !s.VisibleEvents().Contains(i) {
				t.Errorf("selected %d, visible %v; want %d, visible", s.Selected(), s.VisibleEvents().Contains(i), i)
			}
			wantChanges := 0
			if tt.want != tt.playhead {
				wantChanges = 1
			}
			if len(s.changes) != wantChanges {
				t.Errorf("OnChanged called %d times, want %d", len(s.changes), wantChanges)
			}
			if len(s.selected) != 0 {
				t.Errorf("Select called OnSelected with %v", s.selected)
			}
		})
	}
}

func TestSelectingAnUndatedEventShowsTheUndated(t *testing.T) {
	events := war()
	s := show(t, events)
	undated := len(events) - 1
	s.Select(undated)
	if !s.VisibleEvents().Contains(undated) || !s.controls.undated.Checked {
		t.Error("selecting an undated event does not show the undated events")
	}
	s.Select(-1)
	if s.Selected() != -1 {
		t.Errorf("Select(-1) left %d selected", s.Selected())
	}
}

func TestTappingASpanSelectsIt(t *testing.T) {
	s := show(t, war())
	s.win.Canvas().Capture() // draw the strip, so that it knows where the spans are
	if len(s.strip.hits.Spans) == 0 {
		t.Fatal("no span drawn")
	}
	h := s.strip.hits.Spans[0]
	mid := h.Rect.Min.Add(h.Rect.Size().Div(2))
	scale := s.win.Canvas().Scale()
	test.TapAt(s.strip, fyne.NewPos(float32(mid.X)/scale, float32(mid.Y)/scale))
	if !slices.Equal(s.selected, []int{h.Event}) || s.Selected() != h.Event {
		t.Errorf("tapped span %d: OnSelected got %v, selected %d", h.Event, s.selected, s.Selected())
	}
}

func TestUndatedToggle(t *testing.T) {
	s := show(t, war())
	n := s.VisibleEvents().Len()
	s.controls.undated.SetChecked(true)
	if got := s.VisibleEvents().Len(); got != n+2 {
		t.Errorf("with the undated events %d are shown, want %d", got, n+2)
	}
	if !strings.Contains(s.controls.undated.Text, "2") {
		t.Errorf("the check box says %q, not how many are undated", s.controls.undated.Text)
	}
}

func TestTheWheelZoomsAroundThePointer(t *testing.T) {
	s := show(t, war())
	s.ShowDays(day(0), day(44))
	at := s.stripPos(day(30))
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.strip)
	for _, dy := range []float32{40, 40, -40, -400} {
		before := s.view.Days()
		s.strip.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at.Subtract(origin)}, Scrolled: fyne.Delta{DY: dy}})
		switch {
		case dy > 0 && s.view.Days() >= before:
			t.Errorf("scrolling up kept %d days, want fewer than %d", s.view.Days(), before)
		case dy < 0 && s.view.Days() < before:
			t.Errorf("scrolling down zoomed in to %d days from %d", s.view.Days(), before)
		}
		if got := s.strip.dayAt(at.Subtract(origin)); got < tl.DayOf(day(29)) || got > tl.DayOf(day(31)) {
			t.Errorf("after a scroll of %v the pointer is over %v, not day 30", dy, got)
		}
	}
	if span, _ := s.Index().Span(); s.view != span {
		t.Errorf("zoomed all the way out the strip shows %v, want the span %v", s.view, span)
	}
}

func TestTheStripFollowsThePlayhead(t *testing.T) {
	s := show(t, war())
	s.ShowDays(day(0), day(9))
	s.SetPlayhead(day(9))
	s.StepForward()
	if v := s.view; tl.DayOf(day(10)) < v.From || tl.DayOf(day(10)) > v.To || v.Days() != 10 {
		t.Errorf("stepping past the strip's last day left it on %v", v)
	}
	s.Last()
	if v := s.view; tl.DayOf(day(44)) > v.To {
		t.Errorf("jumping to the last day left the strip on %v", v)
	}
}

func TestHiddenEventsLeaveTheHistogramAndTheCountsButNotTime(t *testing.T) {
	events := war()
	s := show(t, events)
	s.SetMode(tl.Week)
	s.SetPlayhead(day(20))
	shown := make([]bool, len(events))
	for i, e := range events {
		shown[i] = e.Type != event.Attack
	}
	s.changes = nil
	s.SetShown(shown)

	span, _ := s.Index().Span()
	counts := make([]int, event.NumTypes)
	s.ShownIndex().PointCounts(span, counts)
	if counts[event.Attack] != 0 || counts[event.Clash] == 0 {
		t.Errorf("with attacks hidden the histogram counts %d attacks and %d clashes", counts[event.Attack], counts[event.Clash])
	}
	var want []int
	for i := range s.VisibleEvents().All() {
		if shown[i] {
			want = append(want, i)
		}
	}
	got := slices.Collect(s.Showing())
	if !slices.Equal(got, want) {
		t.Errorf("showing %v, want the week's events but attacks %v", got, want)
	}
	if !strings.HasSuffix(s.controls.window.Text, fmt.Sprintf(" %d events", len(want))) {
		t.Errorf("the count reads %q, want %d events", s.controls.window.Text, len(want))
	}
	if !s.Playhead().Equal(day(20)) || len(s.changes) != 0 {
		t.Errorf("filtering moved the playhead to %v (OnChanged %d times)", s.Playhead(), len(s.changes))
	}
}
