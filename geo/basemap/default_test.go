package basemap

import (
	"testing"

	"github.com/chronomap/chronomap/assets"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/project"
)

func mercator(lon, lat float64) orb.Point {
	return project.Point(orb.Point{lon, lat}, project.WGS84.ToMercator)
}

// around is a Web Mercator bound of about r metres around a point.
func around(p orb.Point, r float64) orb.Bound {
	return orb.Bound{Min: orb.Point{p[0] - r, p[1] - r}, Max: orb.Point{p[0] + r, p[1] + r}}
}

// inArea reports whether a point is inside one of the area pieces.
func inArea(pieces []*Piece, p orb.Point) bool {
	for _, pc := range pieces {
		if pc.Bound.Contains(p) && planar.PolygonContains(pc.Polygon, p) {
			return true
		}
	}
	return false
}

// The embedded map must show what the South Caucasus has, at every level
// of detail.
func TestDefaultMapShowsTheSouthCaucasus(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	places := []struct {
		name   string
		at     orb.Point
		land   bool // on land, not in the sea
		lake   bool
		region bool // in the disputed areas
	}{
		{"Yerevan", mercator(44.51, 40.18), true, false, false},
		{"Baku", mercator(49.87, 40.41), true, false, false},
		{"the Caspian Sea", mercator(51.0, 41.0), false, false, false},
		{"the Black Sea", mercator(35.0, 43.0), false, false, false},
		{"Lake Sevan", mercator(45.3, 40.35), true, true, false},
		{"Stepanakert", mercator(46.75, 39.82), true, false, true},
		{"Ganja", mercator(46.36, 40.68), true, false, false},
	}
	for _, zoom := range []float64{2, 4, 6, 8} {
		for _, p := range places {
			b := around(p.at, 1)
			if got := inArea(m.Pieces(Land, zoom, b), p.at); got != p.land {
				t.Errorf("zoom %v: %s on land = %v, want %v", zoom, p.name, got, p.land)
			}
			if zoom >= 4 {
				if got := inArea(m.Pieces(Lakes, zoom, b), p.at); got != p.lake {
					t.Errorf("zoom %v: %s in a lake = %v, want %v", zoom, p.name, got, p.lake)
				}
				if got := inArea(m.Pieces(Disputed, zoom, b), p.at); got != p.region {
					t.Errorf("zoom %v: %s in a disputed area = %v, want %v", zoom, p.name, got, p.region)
				}
			}
		}
	}
	region := orb.Bound{Min: mercator(43, 38.5), Max: mercator(50.5, 42)}
	for _, l := range []Layer{Borders, Rivers, Coastlines, DisputedOutlines} {
		if len(m.Pieces(l, 6.5, region)) == 0 {
			t.Errorf("no %s in the South Caucasus at zoom 6.5", l)
		}
	}
	want := map[string]bool{"Baku": false, "Yerevan": false, "Tbilisi": false, "Ganja": false, "Stepanakert": false, "Nagorno-Karabakh": false, "Armenia": false, "Azerbaijan": false}
	for _, l := range m.Labels(7, region) {
		if _, ok := want[l.Text]; ok {
			want[l.Text] = true
		}
		if l.Text == "Agdam" {
			t.Errorf("the village point Agdam, in Tovuz, is labelled; the town is Aghdam")
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("no label %q in the South Caucasus at zoom 7", name)
		}
	}
}

// Default decodes the embedded file once; this measures that first call.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(assets.Basemap); err != nil {
			b.Fatal(err)
		}
	}
}
