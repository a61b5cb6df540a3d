package render

import (
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

func TestHitAt(t *testing.T) {
	s := sceneOf(seedLike())
	s.Places = NewPlaces([]event.PlaceMentions{{Place: ganja}, {Place: baku}, {Place: baku}})
	s.ShowPlaces = true
	s.ShowLegend = false
	_, f := frameOf(s, regional)
	px := func(p *geo.Place) (float64, float64) { return regional.ToPixel(Mercator(p.Point)) }

	gx, gy := px(ganja)
	if h := f.HitAt(gx+2, gy-2); h != (Hit{OnEvent, 0}) {
		t.Errorf("at Ganja's marker: %+v, want event 0", h)
	}
	sx, sy := px(shushi)
	h := f.HitAt(sx, sy)
	if h.Kind != OnCluster {
		t.Fatalf("at Shushi: %+v, want the cluster with Stepanakert", h)
	}
	if m := f.Members(h.Index); len(m) != 2 || m[0] != 1 || m[1] != 2 {
		t.Errorf("the Shushi cluster's members are %v, want events 1 and 2", m)
	}
	if b := f.ClusterBound(h.Index); !b.Pad(100).Contains(Mercator(shushi.Point)) || !b.Pad(100).Contains(Mercator(stepanakert.Point)) {
		t.Errorf("the cluster's bound %v does not hold its members", b)
	}
	bx, by := px(baku)
	if h := f.HitAt(bx+1, by); h.Kind != OnPlace {
		t.Errorf("at Baku, mentioned but with no event: %+v, want the place", h)
	} else if p, articles := s.Places.Place(h.Index); p != baku || articles != 2 {
		t.Errorf("place %v mentioned in %d articles, want Baku in 2", p.Name, articles)
	}
	if h := f.HitAt(gx+40, gy+40); h.Kind != Nothing {
		t.Errorf("on empty map: %+v", h)
	}

	// The selected event is drawn on top of its cluster and found first.
	s.Selected = 2
	_, f = frameOf(s, regional)
	if h := f.HitAt(sx, sy); h != (Hit{OnEvent, 2}) {
		t.Errorf("at the selected Shushi event: %+v, want event 2", h)
	}
}

func TestOnSelectedIsTheSelectedMarkerOnly(t *testing.T) {
	s := sceneOf(seedLike())
	s.ShowLegend = false
	px := func(p *geo.Place) (float64, float64) { return regional.ToPixel(Mercator(p.Point)) }
	sx, sy := px(shushi)
	gx, gy := px(ganja)
	if _, f := frameOf(s, regional); f.OnSelected(sx, sy) {
		t.Error("with nothing selected, Shushi's cluster is the selected marker")
	}
	s.Selected = 2 // Shushi's clash, in a cluster with Stepanakert
	_, f := frameOf(s, regional)
	for _, tc := range []struct {
		name string
		x, y float64
		want bool
	}{
		{"its centre", sx, sy, true},
		{"its rim, widened for the pointer", sx + markerRadius + hitSlop - 0.5, sy, true},
		{"beside it", sx + markerRadius + hitSlop + 1, sy, false},
		{"another event's marker", gx, gy, false},
	} {
		if got := f.OnSelected(tc.x, tc.y); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
