package mapview

import (
	"testing"

	"github.com/chronomap/chronomap/app/render"
)

// Layers copies what the map shows, without the selection, and later
// changes to the map leave the copy as it was.
func TestLayersAreACopyOfWhatTheMapShows(t *testing.T) {
	m, _ := shownMap(t)
	m.Select(1)
	m.SetPeriod(&render.Period{From: october4, To: october4})
	m.SetPlacesShown(true)
	s := m.Layers()
	if s.Selected != -1 || !s.ShowPlaces || s.Period == nil || !s.Period.To.Equal(october4) {
		t.Fatalf("layers %+v: want the places and the period, no selection", s)
	}
	if got := s.Shown(m.View()); got != 2 { // the attacks of 4 October
		t.Errorf("the layers show %d events, want the 2 of 4 October", got)
	}
	m.SetPeriod(nil)
	m.SetPlacesShown(false)
	if s.Period == nil || !s.ShowPlaces {
		t.Error("changing the map changed its layers, taken before")
	}
}
