package event

import (
	"reflect"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

func TestCombine(t *testing.T) {
	ganja := &geo.Place{ID: "geonames:148565", Name: "Ganja", Kind: geo.City, Point: orb.Point{46.3606, 40.6828}}
	region := &geo.Place{ID: "geonames:1", Name: "Ganja-Gazakh", Kind: geo.Region, Point: orb.Point{46, 40.8}}
	ev := func(source string, at *geo.Place, w *dates.Window) Event {
		return Event{ID: source + "#1", Source: source, Type: Attack, Place: at, Window: w}
	}
	tests := []struct {
		name    string
		reports []Event
		window  *dates.Window
		place   *geo.Place
	}{
		{"windows that overlap give the days they share",
			[]Event{ev("a", region, eventtest.Window("2020-10-01", "2020-10-07", dates.Week)), ev("b", ganja, eventtest.Window("2020-10-04", "2020-10-04", dates.Day))},
			eventtest.Window("2020-10-04", "2020-10-04", dates.Day), ganja},
		{"windows that do not overlap give the days from the first to the last, at the coarsest precision",
			[]Event{ev("a", ganja, eventtest.Window("2020-10-04", "2020-10-04", dates.Day)), ev("b", ganja, eventtest.Window("2020-10-11", "2020-10-17", dates.Week))},
			eventtest.Window("2020-10-04", "2020-10-17", dates.Week), ganja},
		{"an undated report leaves the window to the dated",
			[]Event{ev("a", nil, nil), ev("b", region, eventtest.Window("2020-10-04", "2020-10-04", dates.Day))},
			eventtest.Window("2020-10-04", "2020-10-04", dates.Day), region},
		{"reports none of which is dated or placed give an event neither dated nor placed",
			[]Event{ev("a", nil, nil), ev("b", nil, nil)}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Combine(tt.reports)
			if !reflect.DeepEqual(got.Window, tt.window) || got.Place != tt.place {
				t.Errorf("window %v at %v, want %v at %v", got.Window, got.Place, tt.window, tt.place)
			}
			if len(got.Reports) != len(tt.reports) {
				t.Errorf("%d reports, want %d", len(got.Reports), len(tt.reports))
			}
		})
	}
}
