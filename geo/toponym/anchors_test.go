package toponym

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// bruteNearest is the distance to the nearest anchor other than rivals, by
// comparing every one.
func bruteNearest(anchors []*geo.Place, p *geo.Place, rivals []*geo.Place) float64 {
	d := math.Inf(1)
	for _, q := range anchors {
		if !slices.Contains(rivals, q) {
			d = min(d, distanceKm(p.Point, q.Point))
		}
	}
	return d
}

// TestAnchorNearest compares the tree's nearest anchor with every anchor
// compared, over clusters, the whole world, the poles and the antimeridian.
func TestAnchorNearest(t *testing.T) {
	tests := []struct {
		name             string
		lonLo, lonHi     float64
		latLo, latHi     float64
		anchors, queries int
	}{
		{"one anchor", 40, 50, 38, 42, 1, 50},
		{"a region", 44, 50, 38, 42, 300, 300},
		{"a town", 46.7, 46.8, 39.8, 39.9, 300, 300},
		{"the world", -180, 180, -90, 90, 2000, 500},
		{"the antimeridian", 170, 190, -20, 20, 300, 300},
		{"the poles", -180, 180, 80, 90, 300, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tt.anchors)))
			at := func() *geo.Place {
				lon := tt.lonLo + (tt.lonHi-tt.lonLo)*r.Float64()
				if lon > 180 {
					lon -= 360
				}
				return &geo.Place{Country: fmt.Sprint(r.IntN(3)), Point: orb.Point{lon, tt.latLo + (tt.latHi-tt.latLo)*r.Float64()}}
			}
			var s anchorSet
			var all []*geo.Place
			for range tt.anchors {
				p := at()
				s.add(p)
				s.add(p) // once only
				all = append(all, p)
			}
			for range tt.queries {
				p := at()
				var rivals []*geo.Place
				if len(all) > 1 && r.IntN(2) == 0 {
					rivals = []*geo.Place{p, all[r.IntN(len(all))]} // the nearest, at times
					if d := bruteNearest(all, p, nil); d < farKm {
						for _, q := range all {
							if distanceKm(p.Point, q.Point) == d {
								rivals = append(rivals, q)
							}
						}
					}
				}
				want := bruteNearest(all, p, rivals)
				if want >= farKm {
					want = math.Inf(1)
				}
				if got := s.nearest(p, rivals); got != want {
					t.Fatalf("nearest to %v: %v, want %v", p.Point, got, want)
				}
				wantIn := 0
				for _, q := range all {
					if q.Country == p.Country && !slices.Contains(rivals, q) {
						wantIn++
					}
				}
				if got := s.inCountry(p.Country, rivals); got != wantIn {
					t.Fatalf("in country %s: %d, want %d", p.Country, got, wantIn)
				}
			}
		})
	}
}

func TestAnchorSetReset(t *testing.T) {
	var s anchorSet
	region := &geo.Place{Kind: geo.Region, Country: "AZ", Admin1: "12", Point: orb.Point{47, 40}}
	s.add(region)
	if !s.hasRegion("AZ", "12") || s.inCountry("AZ", nil) != 1 || s.nearest(&geo.Place{Point: orb.Point{47, 40}}, nil) != 0 {
		t.Fatal("the anchor is not found")
	}
	s.reset()
	if s.hasRegion("AZ", "12") || s.inCountry("AZ", nil) != 0 || !math.IsInf(s.nearest(&geo.Place{Point: orb.Point{47, 40}}, nil), 1) {
		t.Fatal("the anchor is still there after reset")
	}
}
