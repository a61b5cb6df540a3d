package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The map keeps at least half the window's width, and the side panel its
// least width, from a small laptop's window to a large screen's, where the
// side stops growing and the map takes the rest.
func TestTheSplitKeepsTheMapAtLeastHalf(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 640}, {Width: 1400, Height: 900}, {Width: 2560, Height: 1440}} {
		t.Run(fmt.Sprintf("%v×%v", size.Width, size.Height), func(t *testing.T) {
			w := newTestWindow(t)
			w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)
			w.win.Resize(size)
			mapW, side := w.mapView.Size().Width, w.list.content.Size().Width
			if mapW < size.Width/2 {
				t.Errorf("the map is %v wide, less than half the window", mapW)
			}
			if least := w.list.content.MinSize().Width; side < least {
				t.Errorf("the side is %v wide, less than its least %v", side, least)
			}
			if side > maxSideWidth {
				t.Errorf("the side is %v wide, more than %v", side, maxSideWidth)
			}
			if h := w.mapView.Size().Height; h < size.Height/3 {
				t.Errorf("the map is %v high in a window %v high", h, size.Height)
			}
		})
	}
}

func TestTheSplitterMovesWithinItsBounds(t *testing.T) {
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1400, 900))
	split := w.win.Content().(*fyne.Container).Objects[0].(*mapSplit)
	before := w.mapView.Size().Width
	at := func() fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(split.divider).AddXY(dividerWidth/2, 100)
	}
	test.Drag(w.win.Canvas(), at(), -80, 0)
	if got := w.mapView.Size().Width; got != before-80 {
		t.Errorf("dragged 80 left, the map is %v wide, was %v", got, before)
	}
	test.Drag(w.win.Canvas(), at(), -600, 0)
	if got := w.mapView.Size().Width; got < 700 {
		t.Errorf("dragged far left, the map is %v wide, less than half of 1400", got)
	}
	test.Drag(w.win.Canvas(), at(), 900, 0)
	if got, least := w.list.content.Size().Width, w.list.content.MinSize().Width; got < least {
		t.Errorf("dragged far right, the side is %v wide, less than its least %v", got, least)
	}
}

// One event far from the rest is left out of the frame, and the map says
// so.
func TestFitLeavesOneFarEventOutside(t *testing.T) {
	w := newTestWindow(t)
	var events []event.Event
	for i := range 20 {
		p := &geo.Place{Name: fmt.Sprint("village ", i), Point: orb.Point{46.2 + 0.06*float64(i), 39.6 + 0.04*float64(i%7)}}
		events = append(events, event.Event{Type: event.Attack, Place: p, Window: window("2020-10-04", "2020-10-04", dates.Day)})
	}
	events = append(events, event.Event{Type: event.Diplomacy, Window: window("2020-10-04", "2020-10-04", dates.Day),
		Place: &geo.Place{Name: "Moscow", Point: orb.Point{37.6156, 55.7522}}})
	w.show(prepared(loaded{events: events, articles: 1}), nil)
	w.mapView.FitEvents()
	if got := w.mapView.Outside(); got != 1 {
		t.Errorf("%d events outside the frame, want Moscow's", got)
	}
	for i := range w.events {
		p := onMap(w, i)
		in := p.X >= 0 && p.Y >= 0 && p.X <= w.mapView.Size().Width && p.Y <= w.mapView.Size().Height
		if moscow := i == len(w.events)-1; in == moscow {
			t.Errorf("%s framed %v", w.events[i].Place.Name, in)
		}
	}
}
