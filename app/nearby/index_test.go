package nearby

import (
	"testing"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/chronomap/chronomap/geo"
)

var (
	tartar = &geo.Place{ID: "geonames:584871", Name: "Tartar", Kind: geo.City, Feature: "PPLA2", Country: "AZ",
		Admin1: "Tartar District", Point: orb.Point{46.93161, 40.34201}, Population: 18185}
	sarsang = &geo.Place{ID: "geonames:1", Name: "Sarsang Reservoir", Kind: geo.Feature, Feature: "RSV", Country: "AZ",
		Point: orb.Point{46.53, 40.13}}
	tartarRiver = &geo.Place{ID: "geonames:2", Name: "Tartar River", Kind: geo.Feature, Feature: "STM", Country: "AZ",
		Point: orb.Point{46.70, 40.25}}
	karabakh = &geo.Place{ID: "geonames:3", Name: "Karabakh", Kind: geo.Region, Country: "AZ", Point: orb.Point{47.10, 40.10}}
)

// from is the point d metres from p at a bearing.
func from(p *geo.Place, bearing, d float64) orb.Point {
	return orbgeo.PointAtBearingAndDistance(p.Point, bearing, d)
}

func TestPlaceAt(t *testing.T) {
	x := NewIndex([]*geo.Place{tartar, sarsang, tartarRiver, karabakh})
	for _, tc := range []struct {
		name    string
		index   *Index
		at      orb.Point
		snap    float64 // metres
		want    *geo.Place
		snapped bool
		// for a new point place
		named   string
		kind    geo.Kind
		country string
	}{
		{name: "on the town", index: x, at: tartar.Point, snap: 500, want: tartar, snapped: true},
		{name: "within the snap radius of the town", index: x, at: from(tartar, 90, 450), snap: 500, want: tartar, snapped: true},
		{name: "within it of a reservoir", index: x, at: from(sarsang, 200, 300), snap: 500, want: sarsang, snapped: true},
		{name: "just beyond it", index: x, at: from(tartar, 45, 12_000), snap: 500,
			named: "12 km NE of Tartar", kind: geo.Feature, country: "AZ"},
		{name: "in the town, nearer than it snaps", index: x, at: from(tartar, 180, 800), snap: 100,
			named: "800 m S of Tartar", kind: geo.City, country: "AZ"},
		{name: "on a river's point, which does not snap", index: x, at: tartarRiver.Point, snap: 5000,
			named: "22 km SW of Tartar", kind: geo.Feature, country: "AZ"},
		{name: "on a region's point, which does not snap", index: x, at: karabakh.Point, snap: 5000,
			named: "31 km SE of Tartar", kind: geo.Feature, country: "AZ"},
		{name: "at sea, far from any town", index: x, at: orb.Point{51, 41}, snap: 5000,
			named: "41.0000° N, 51.0000° E", kind: geo.Feature},
		{name: "with no gazetteer", at: tartar.Point, snap: 5000,
			named: "40.3420° N, 46.9316° E", kind: geo.Feature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, snapped := tc.index.PlaceAt(tc.at, tc.snap)
			if snapped != tc.snapped {
				t.Fatalf("%q snapped %v, want %v", p.Name, snapped, tc.snapped)
			}
			if tc.want != nil {
				if p != tc.want {
					t.Errorf("got %q, want %q", p.Name, tc.want.Name)
				}
				return
			}
			if p.Name != tc.named || p.Kind != tc.kind || p.Country != tc.country {
				t.Errorf("got %q, a %v in %q; want %q, a %v in %q", p.Name, p.Kind, p.Country, tc.named, tc.kind, tc.country)
			}
			if d := orbgeo.DistanceHaversine(p.Point, tc.at); d > 1 {
				t.Errorf("the place is %.1f m from the drop", d)
			}
		})
	}
}

func TestTwoDropsAtOnePointMakeOnePlace(t *testing.T) {
	x := NewIndex([]*geo.Place{tartar})
	a, _ := x.PlaceAt(orb.Point{46.9912341, 40.3001}, 100)
	b, _ := x.PlaceAt(orb.Point{46.9912339, 40.3001}, 100)
	if a.ID != b.ID || a.ID != "point:46.99123,40.30010" {
		t.Errorf("IDs %q and %q, want one, point:46.99123,40.30010", a.ID, b.ID)
	}
}

func TestDistanceText(t *testing.T) {
	for _, tc := range []struct {
		metres float64
		want   string
	}{
		{43, "40 m"}, {994, "990 m"}, {995, "1 km"}, {2449, "2.4 km"},
		{9949, "9.9 km"}, {9950, "10 km"}, {12_345, "12 km"}, {99_600, "100 km"},
	} {
		if got := distanceText(tc.metres); got != tc.want {
			t.Errorf("distanceText(%v) = %q, want %q", tc.metres, got, tc.want)
		}
	}
}

func TestCompassPoint(t *testing.T) {
	for _, tc := range []struct {
		bearing float64
		want    string
	}{
		{0, "N"}, {22.4, "N"}, {22.6, "NE"}, {90, "E"}, {135, "SE"}, {180, "S"},
		{-180, "S"}, {-135, "SW"}, {-112, "W"}, {-45, "NW"}, {-22.6, "NW"}, {-22.4, "N"},
	} {
		if got := compassPoint(tc.bearing); got != tc.want {
			t.Errorf("compassPoint(%v) = %q, want %q", tc.bearing, got, tc.want)
		}
	}
}
