package render

import (
	"image/color"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// twoDays is a window of two days with day precision, as "overnight" gives.
func twoDays(first string) *dates.Window {
	d, _ := time.Parse(time.DateOnly, first)
	return &dates.Window{Start: d, End: d.AddDate(0, 0, 1), Precision: dates.Day}
}

var (
	martuni  = &geo.Place{ID: "curated:martuni-district", Name: "Martuni district", Kind: geo.Region, Point: orb.Point{47.0, 39.8}}
	karabakh = &geo.Place{ID: "curated:nagorno-karabakh", Name: "Nagorno-Karabakh", Kind: geo.Region, Point: orb.Point{46.7, 39.9}}
	armenia  = &geo.Place{ID: "geonames:174982", Name: "Armenia", Kind: geo.Country, Point: orb.Point{45, 40.25}}
	bridge   = &geo.Place{ID: "curated:hakari-bridge", Name: "Hakari bridge", Kind: geo.Feature, Point: orb.Point{46.54, 39.42}}
)

// The legend says filled is known to the day, hollow a wider window or
// undated, and a diamond a region: the markers follow it exactly.
func TestMarkerShapeFollowsTheWindowAndThePlace(t *testing.T) {
	tests := []struct {
		name   string
		window *dates.Window
		place  *geo.Place
		want   shape
	}{
		{"one day in a town", exactly("2020-10-04"), stepanakert, disc},
		{"two days in a town", twoDays("2020-10-04"), stepanakert, ring},
		{"a week in a town", between("2020-10-01", "2020-10-07"), stepanakert, ring},
		{"undated in a town", nil, stepanakert, ring},
		{"one day at a bridge", exactly("2020-10-04"), bridge, disc},
		{"one day in a district", exactly("2020-10-04"), martuni, diamond},
		{"two days in a region", twoDays("2020-10-04"), karabakh, openDiamond},
		{"a week in a country", between("2020-10-01", "2020-10-07"), armenia, openDiamond},
		{"undated in a region", nil, karabakh, openDiamond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEvents([]event.Event{{Type: event.Attack, Place: tt.place, Window: tt.window}})
			if got := markerShape(e.look[0]); got != tt.want {
				t.Errorf("shape %d, want %d", got, tt.want)
			}
		})
	}
}

// A two-day window is drawn hollow, as a week's is: its centre is not the
// type's colour.
func TestATwoDayWindowIsDrawnHollow(t *testing.T) {
	s := sceneOf([]event.Event{{Type: event.Attack, Place: ganja, Window: twoDays("2020-10-11")}})
	s.ShowLegend = false
	img, _ := frameOf(s, regional)
	x, y := regional.ToPixel(Mercator(ganja.Point))
	if got := img.RGBAAt(int(x), int(y)); got == event.Attack.Info().Colour {
		t.Errorf("the centre of a two-day event is filled, %v", got)
	}
	if got := img.RGBAAt(int(x)+markerRadius-2, int(y)); got != event.Attack.Info().Colour {
		t.Errorf("the ring of a two-day event is %v, want the attack colour", got)
	}
}

// A region's diamond reaches further along the axes than a town's disc,
// and less far along the diagonals.
func TestARegionIsADiamond(t *testing.T) {
	s := sceneOf([]event.Event{{Type: event.Attack, Place: martuni, Window: exactly("2020-10-11")}})
	s.ShowLegend = false
	img, _ := frameOf(s, regional)
	x, y := regional.ToPixel(Mercator(martuni.Point))
	at := func(dx, dy int) color.RGBA { return img.RGBAAt(int(x)+dx, int(y)+dy) }
	sea := color.RGBA(SeaBlue)
	if at(markerRadius+1, 0) == sea || at(0, -markerRadius-1) == sea {
		t.Error("the diamond does not reach past a disc's radius along the axes")
	}
	if at(markerRadius-1, markerRadius-1) != sea {
		t.Error("the diamond covers a disc's diagonal")
	}
}

// regionsScene has a town and a region event of each kind of window, in a
// row across southern Karabakh.
func regionsScene() *Scene {
	place := func(p *geo.Place, lon float64) *geo.Place {
		q := *p
		q.Point = orb.Point{lon, p.Point[1]}
		return &q
	}
	s := sceneOf([]event.Event{
		{Type: event.Attack, Place: place(stepanakert, 46.2), Window: exactly("2020-10-04")},
		{Type: event.Attack, Place: place(stepanakert, 46.5), Window: twoDays("2020-10-04")},
		{Type: event.Clash, Place: place(martuni, 46.8), Window: exactly("2020-10-04")},
		{Type: event.Clash, Place: place(martuni, 47.1), Window: twoDays("2020-10-04")},
		{Type: event.Capture, Place: place(karabakh, 47.4), Window: nil},
	})
	s.LegendCollapsed = true
	return s
}

// regionsView shows regionsScene's row.
var regionsView = Viewport{Center: Mercator(orb.Point{46.8, 39.8}), Zoom: 8, Width: 320, Height: 160}

// darkView is a small tile of the basemap around Stepanakert.
var darkView = Viewport{Center: Mercator(orb.Point{46.75, 39.82}), Zoom: 9, Width: 320, Height: 200}

func TestMarkerAndLegendGoldens(t *testing.T) {
	dark := NewScene(NewBasemap(defaultBasemap(t)))
	dark.Dark, dark.LegendCollapsed = true, true
	dark.Events = NewEvents([]event.Event{{Type: event.Attack, Place: stepanakert, Window: exactly("2020-10-04")}})
	tests := []struct {
		name  string
		scene *Scene
		view  Viewport
		tol   tolerance
	}{
		{"regions-collapsed-legend", regionsScene(), regionsView, exact},
		{"basemap-dark-z9", dark, darkView, basemapNoise},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, _ := frameOf(tt.scene, tt.view)
			checkGolden(t, tt.name, img, tt.tol)
		})
	}
	for _, dark := range []bool{false, true} {
		name := "legend-light"
		if dark {
			name = "legend-dark"
		}
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, legendSpriteOf(legendKey{withPlaces: true, dark: dark, toggle: true, scale: 1}).img, exact)
		})
	}
}

// The dark palette is dark: its sea and land are far darker than the
// light one's, and the dark tile shows no light land or sea.
func TestTheDarkBasemapIsDark(t *testing.T) {
	luma := func(c color.RGBA) int { return (299*int(c.R) + 587*int(c.G) + 114*int(c.B)) / 1000 }
	if luma(DarkSeaColor) > 60 || luma(DarkLandColor) > 60 {
		t.Errorf("dark sea %v and land %v are not dark", DarkSeaColor, DarkLandColor)
	}
	s := NewScene(NewBasemap(defaultBasemap(t)))
	s.Dark, s.ShowLegend = true, false
	img, _ := frameOf(s, darkView)
	light := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if luma(color.RGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], 0xff}) > 160 {
			light++
		}
	}
	if n := len(img.Pix) / 4; light > n/50 {
		t.Errorf("%d of %d pixels of the dark map are light", light, n)
	}
}

// The legend's toggle collapses it to a chip: a click on the toggle says
// so, and the collapsed legend is much smaller, its whole chip the toggle.
func TestTheLegendCollapsesToAChip(t *testing.T) {
	s := sceneOf(seedLike())
	_, open := frameOf(s, regional)
	c := open.toggle.Min.Add(open.toggle.Size().Div(2))
	if h := open.HitAt(float64(c.X), float64(c.Y)); h.Kind != OnLegendToggle {
		t.Fatalf("at the toggle %v: %+v", open.toggle, h)
	}
	if h := open.HitAt(float64(open.legend.Min.X+4), float64(open.legend.Max.Y-4)); h.Kind != Nothing {
		t.Errorf("the legend's body hits %+v, want nothing", h)
	}
	s.LegendCollapsed = true
	_, closed := frameOf(s, regional)
	if closed.legend.Dy()*4 > open.legend.Dy() || closed.legend.Dx() >= open.legend.Dx() {
		t.Errorf("collapsed, the legend is %v; open %v", closed.legend.Size(), open.legend.Size())
	}
	if closed.toggle != closed.legend {
		t.Errorf("collapsed, the toggle is %v, want the whole chip %v", closed.toggle, closed.legend)
	}
	if closed.legend.Max.Y != open.legend.Max.Y || closed.legend.Min.X != open.legend.Min.X {
		t.Errorf("collapsed, the legend moved from the corner: %v, open %v", closed.legend, open.legend)
	}
}
