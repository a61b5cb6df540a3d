package basemap

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// square is a counter-clockwise square polygon with its corner at (x, y).
func square(x, y, size float64) orb.Polygon {
	return orb.Polygon{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}
}

// fixture is a two-level map: a coarse one-cell level below zoom 4 and a
// 4×4 grid above, with a square of land in each, a river shown from zoom
// 5, and three labels.
func fixture(t testing.TB) *Map {
	t.Helper()
	b := NewBuilder([]LevelSpec{{MaxZoom: 4, Grid: 1, Bits: 16}, {Grid: 4, Bits: 24}})
	b.Add(0, Land, Piece{Polygon: square(1e6, 1e6, 2e6), Bound: square(1e6, 1e6, 2e6).Bound()})
	// The fine level's square sits in the cell north-east of the origin.
	fine := square(1e6, 1e6, 1e6)
	b.Add(1, Land, Piece{Polygon: fine, Bound: fine.Bound()})
	river := orb.MultiLineString{{{1.2e6, 1.2e6}, {1.5e6, 1.7e6}, {1.9e6, 1.1e6}}}
	b.Add(1, Rivers, Piece{Lines: river, Bound: river.Bound(), MinZoom: 5, Class: MinorRiver})
	b.AddLabel(Label{Text: "Town", Kind: CityLabel, Point: orb.Point{1.5e6, 1.5e6}, MinZoom: 6})
	b.AddLabel(Label{Text: "Land", Kind: CountryLabel, Point: orb.Point{1.4e6, 1.6e6}, MinZoom: 2, MaxZoom: 9})
	b.AddLabel(Label{Text: "Far", Kind: CapitalLabel, Point: orb.Point{-1e7, -1e7}, MinZoom: 1})
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestDecodeGivesBackWhatWasBuilt(t *testing.T) {
	m := fixture(t)
	all := CellBound(1, 0, 0)
	land := m.Pieces(Land, 5, all)
	if len(land) != 1 {
		t.Fatalf("%d land pieces at zoom 5, want 1", len(land))
	}
	half := LevelSpec{Bits: 24}.unit() / 2 // the fine level's rounding
	for i, p := range land[0].Polygon[0] {
		if want := square(1e6, 1e6, 1e6)[0][i]; math.Abs(p[0]-want[0]) > half || math.Abs(p[1]-want[1]) > half {
			t.Errorf("point %d is %v, want %v within %.1f m", i, p, want, half)
		}
	}
	rivers := m.Pieces(Rivers, 5, all)
	if len(rivers) != 1 || rivers[0].Class != MinorRiver || len(rivers[0].Lines[0]) != 3 {
		t.Errorf("rivers at zoom 5: %+v, want the one minor river of 3 points", rivers)
	}
	if got := m.Levels(); len(got) != 2 || got[1].Grid != 4 || got[0].MaxZoom != 4 {
		t.Errorf("Levels() = %+v", got)
	}
}

func TestPiecesByZoomAndBound(t *testing.T) {
	m := fixture(t)
	all := CellBound(1, 0, 0)
	tests := []struct {
		name  string
		layer Layer
		zoom  float64
		bound orb.Bound
		want  int
	}{
		{"coarse level below its max zoom", Land, 3.9, all, 1},
		{"fine level from there on", Land, 4, all, 1},
		{"a bound that misses the square", Land, 6, orb.Bound{Min: orb.Point{-3e6, -3e6}, Max: orb.Point{-2e6, -2e6}}, 0},
		{"a bound in the square's cell but beside it", Land, 6, orb.Bound{Min: orb.Point{3e6, 3e6}, Max: orb.Point{4e6, 4e6}}, 0},
		{"a bound that overlaps it", Land, 6, orb.Bound{Min: orb.Point{1.5e6, 1.5e6}, Max: orb.Point{9e6, 9e6}}, 1},
		{"a river before its zoom", Rivers, 4.9, all, 0},
		{"a river from its zoom", Rivers, 5, all, 1},
		{"an empty layer", Lakes, 8, all, 0},
		{"a bound past the world's edge", Land, 8, orb.Bound{Min: orb.Point{-1e9, -1e9}, Max: orb.Point{1e9, 1e9}}, 1},
	}
	for _, tt := range tests {
		if got := len(m.Pieces(tt.layer, tt.zoom, tt.bound)); got != tt.want {
			t.Errorf("%s: %d pieces, want %d", tt.name, got, tt.want)
		}
	}
}

func TestLabelsByZoomAndBoundMostImportantFirst(t *testing.T) {
	m := fixture(t)
	near := orb.Bound{Min: orb.Point{1e6, 1e6}, Max: orb.Point{2e6, 2e6}}
	tests := []struct {
		zoom  float64
		bound orb.Bound
		want  string
	}{
		{1, CellBound(1, 0, 0), "Far"},
		{3, CellBound(1, 0, 0), "Far Land"},
		{7, near, "Land Town"},
		{9, near, "Town"}, // past the country's MaxZoom
	}
	for _, tt := range tests {
		var got []string
		for _, l := range m.Labels(tt.zoom, tt.bound) {
			got = append(got, l.Text)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("zoom %v: labels %q, want %q", tt.zoom, got, tt.want)
		}
	}
}

func TestCellBoundTilesTheWorld(t *testing.T) {
	for _, n := range []int{1, 16, 256} {
		b := CellBound(n, n-1, n-1)
		if math.Abs(b.Max[0]-WorldMetres/2) > 1e-6 || math.Abs(CellBound(n, 0, 0).Min[1]+WorldMetres/2) > 1e-6 {
			t.Errorf("grid %d: the cells do not reach the world's edges", n)
		}
		if c, r := cellOf(n, b.Center()); c != n-1 || r != n-1 {
			t.Errorf("grid %d: the centre of the last cell is in cell (%d, %d)", n, c, r)
		}
	}
}
