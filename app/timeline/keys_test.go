package timeline

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// sparse are events on days 0, 3 (an attack and a clash), 10 and 12 (a
// week's window from day 12), and an undated one.
func sparse() []event.Event {
	return []event.Event{
		ev(event.Clash, 0, 0), ev(event.Attack, 3, 3), ev(event.Clash, 3, 3),
		ev(event.Attack, 10, 10), ev(event.Diplomacy, 12, 18), ev(event.Other, 1, 0),
	}
}

// withShift holds Shift down for the timeline's keys and drags.
func withShift(t *Timeline) { t.modifiers = func() fyne.KeyModifier { return fyne.KeyModifierShift } }

func TestStepsToTheNextAndPreviousEventDay(t *testing.T) {
	pageDown := func(t *Timeline) { t.HandleKey(fyne.KeyPageDown) }
	pageUp := func(t *Timeline) { t.HandleKey(fyne.KeyPageUp) }
	shiftRight := func(t *Timeline) { withShift(t); t.HandleKey(fyne.KeyRight) }
	shiftLeft := func(t *Timeline) { withShift(t); t.HandleKey(fyne.KeyLeft) }
	tests := []struct {
		name        string
		from        int
		hideAttacks bool
		step        func(*Timeline)
		want        int
	}{
		{"page down over empty days", 0, false, pageDown, 3},
		{"page down from between two", 5, false, pageDown, 10},
		{"page down to a week window's first day", 10, false, pageDown, 12},
		{"page down on the last event day stays", 12, false, pageDown, 12},
		{"page up", 10, false, pageUp, 3},
		{"page up on the first stays", 0, false, pageUp, 0},
		{"shift+right", 0, false, shiftRight, 3},
		{"shift+left", 12, false, shiftLeft, 10},
		{"shift+right passes a day the filters hide", 3, true, shiftRight, 12},
		{"shift+left passes it too", 12, true, shiftLeft, 3},
		{"the next event button", 3, false, func(t *Timeline) { test.Tap(t.controls.nextEvent) }, 10},
		{"the previous event button", 3, false, func(t *Timeline) { test.Tap(t.controls.prevEvent) }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := sparse()
			s := show(t, events)
			if tt.hideAttacks {
				shown := make([]bool, len(events))
				for i, e := range events {
					shown[i] = e.Type != event.Attack
				}
				s.SetShown(shown)
			}
			s.SetPlayhead(day(tt.from))
			tt.step(s.Timeline)
			if got := s.Playhead(); !got.Equal(day(tt.want)) {
				t.Errorf("the playhead is on %v, want %v", got.Format(time.DateOnly), day(tt.want).Format(time.DateOnly))
			}
		})
	}
}

// withNineties is the war with a clash known only as 1990–1999, last.
func withNineties() []event.Event {
	nineties := dates.Window{Start: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)}
	return append(war(), event.Event{Type: event.Clash, Window: &nineties})
}

func TestHomeAndEndReachTheLongWindowsWithoutRescaling(t *testing.T) {
	s := show(t, withNineties())
	s.ShowDays(day(10), day(30))
	days := s.view.Days()
	steps := []struct {
		key  fyne.KeyName
		want time.Time
	}{
		{fyne.KeyHome, time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)},
		{fyne.KeyEnd, day(44)},
		{fyne.KeyHome, time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, st := range steps {
		s.HandleKey(st.key)
		p := tl.DayOf(s.Playhead())
		if !s.Playhead().Equal(st.want) {
			t.Errorf("%s: the playhead is on %v, want %v", st.key, s.Playhead(), st.want)
		}
		if s.view.Days() != days || p < s.view.From || p > s.view.To {
			t.Errorf("%s: the strip shows %v to %v (%d days), want %d days with the playhead", st.key, s.view.From, s.view.To, s.view.Days(), days)
		}
	}
	if !s.VisibleEvents().Contains(len(withNineties()) - 1) {
		t.Error("on the first day of the 1990s the map does not show the 1990s' clash")
	}
	s.ShowDays(day(30), day(44))
	before := s.view
	s.HandleKey(fyne.KeyEnd)
	if s.view != before {
		t.Errorf("End with the last day on the strip moved it from %v to %v", before, s.view)
	}
}

func TestThePlayheadStaysOnTheStrip(t *testing.T) {
	s := show(t, withNineties())
	s.ShowDays(day(0), day(20))
	for _, key := range []fyne.KeyName{fyne.KeyEnd, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyHome, fyne.KeyPageDown} {
		s.HandleKey(key)
		if p := tl.DayOf(s.Playhead()); p < s.view.From || p > s.view.To {
			t.Errorf("after %s the playhead, on %v, is off the strip's %v to %v", key, p, s.view.From, s.view.To)
		}
	}
}
