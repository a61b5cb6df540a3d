package naturalearth

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func TestInteriorPointIsInside(t *testing.T) {
	square := orb.Polygon{{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}}
	// A C open to the east: its centroid is in the gap, on land.
	crescent := orb.Polygon{{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {4, 3}, {4, 4}, {0, 4}, {0, 0}}}
	for name, p := range map[string]orb.Polygon{"square": square, "crescent": crescent} {
		if pt := InteriorPoint(p); !Contains(p, pt) {
			t.Errorf("%s: %v is not inside", name, pt)
		}
	}
}

func TestCountryLabelPointPrefersTheCountrysOwn(t *testing.T) {
	country := orb.Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}
	point := func(lon, lat float64, a3, class string) *geojson.Feature {
		f := geojson.NewFeature(orb.Point{lon, lat})
		f.Properties["sr_adm0_a3"], f.Properties["featurecla"] = a3, class
		return f
	}
	labels := geojson.NewFeatureCollection()
	labels.Append(point(5, 5, "OTH", "Admin-0 scale ranks"))            // a territory's, at the centre
	labels.Append(point(2, 8, "OWN", "Admin-0 scale ranks"))            // the country's own
	labels.Append(point(20, 20, "OWN", "Admin-0 scale ranks"))          // outside the polygon
	labels.Append(point(4, 4, "OWN", "Admin-0 breakaway and disputed")) // another layer's
	if pt, ok := CountryLabelPoint(labels, "OWN", country); !ok || pt != (orb.Point{2, 8}) {
		t.Errorf("CountryLabelPoint = %v, %v; want the country's own point (2, 8)", pt, ok)
	}
	if _, ok := CountryLabelPoint(geojson.NewFeatureCollection(), "OWN", country); ok {
		t.Errorf("a point found among no label points")
	}
}

func TestLargestPolygon(t *testing.T) {
	small := orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}
	big := orb.Polygon{{{5, 5}, {9, 5}, {9, 9}, {5, 9}, {5, 5}}}
	if p, ok := LargestPolygon(orb.MultiPolygon{small, big}); !ok || p.Bound() != big.Bound() {
		t.Errorf("LargestPolygon = %v, %v; want the big square", p, ok)
	}
	if _, ok := LargestPolygon(orb.LineString{{0, 0}, {1, 1}}); ok {
		t.Errorf("a line has a largest polygon")
	}
}
