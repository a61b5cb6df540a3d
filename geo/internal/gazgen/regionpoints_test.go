package main

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestUSStateCentres(t *testing.T) {
	counties := []censusCounty{
		// A big county and a small one: the centre is three quarters of the
		// way to the big one.
		{state: "AA", aland: 3, point: orb.Point{-100, 40}},
		{state: "AA", aland: 1, point: orb.Point{-96, 44}},
		// A state of one county is at its point.
		{state: "BB", aland: 5, point: orb.Point{-80, 30}},
		// Land area 0 still counts a little.
		{state: "CC", aland: 0, point: orb.Point{-70, 20}},
	}
	want := map[string]orb.Point{"AA": {-99, 41}, "BB": {-80, 30}, "CC": {-70, 20}}
	got := usStateCentres(counties)
	if len(got) != len(want) {
		t.Fatalf("got %d states, want %d", len(got), len(want))
	}
	for st, w := range want {
		g := got[st]
		if math.Abs(g.Lon()-w.Lon()) > 1e-9 || math.Abs(g.Lat()-w.Lat()) > 1e-9 {
			t.Errorf("%s: got %v, want %v", st, g, w)
		}
	}
}

// square is a closed square polygon with its south-west corner at (x, y).
func square(x, y, side float64) orb.Polygon {
	return orb.Polygon{{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}}
}

func TestMainTerritoryPoint(t *testing.T) {
	land := countryLandParts([]countryShape{{cc: "XX", shape: orb.MultiPolygon{
		square(0, 0, 10),   // the mainland
		square(20, 0, 1),   // an island
		square(30, 0, 0.5), // a smaller island
	}}})["XX"]
	mainland := orb.Point{5, 5}     // deep inside the mainland
	coast := orb.Point{9.9, 5}      // an islet merged into the mainland's outline
	island := orb.Point{20.5, 0.5}  // on the island
	islet := orb.Point{30.25, 0.25} // on the smaller island
	rock := orb.Point{40, 40}       // too small for the outline
	rock2 := orb.Point{50, 50}      // another
	townsByRock := []orb.Point{{40.1, 40}, {40, 40.2}, {49, 49}}
	tests := []struct {
		name   string
		points []orb.Point
		towns  []orb.Point
		land   *landParts
		want   orb.Point
	}{
		{"one point", []orb.Point{rock}, nil, land, rock},
		{"the largest part wins over the towns' votes", []orb.Point{island, mainland}, []orb.Point{{20.5, 0.6}, {20.4, 0.5}}, land, mainland},
		{"larger island over smaller", []orb.Point{islet, island}, nil, land, island},
		{"deepest point of the mainland", []orb.Point{coast, mainland}, []orb.Point{{9.8, 5}}, land, mainland},
		{"off the outline: the towns' votes", []orb.Point{rock2, rock}, townsByRock, land, rock},
		{"no outline: the towns' votes", []orb.Point{rock2, rock}, townsByRock, nil, rock},
		{"no towns: the first", []orb.Point{rock2, rock}, nil, nil, rock2},
	}
	for _, tt := range tests {
		if got := mainTerritoryPoint(tt.points, tt.towns, tt.land); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNearDist2AcrossTheAntimeridian(t *testing.T) {
	if d := nearDist2(orb.Point{179.5, 0}, orb.Point{-179.5, 0}); math.Abs(d-1) > 1e-9 {
		t.Errorf("got %v, want 1 (one degree the short way round)", d)
	}
}
