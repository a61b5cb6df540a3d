package render

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/paulmach/orb"
)

func TestAtScaleShowsTheSameAreaInMorePixels(t *testing.T) {
	for _, s := range []float64{1, 1.5, 2, 3} {
		v := regional.AtScale(s, int(float64(regional.Width)*s), int(float64(regional.Height)*s))
		if !near(v.Bound().Min, regional.Bound().Min, 1e-6) || !near(v.Bound().Max, regional.Bound().Max, 1e-6) {
			t.Errorf("scale %v shows %v, want %v", s, v.Bound(), regional.Bound())
		}
		x1, y1 := regional.ToPixel(Mercator(shushi.Point))
		x, y := v.ToPixel(Mercator(shushi.Point))
		if math.Abs(x-s*x1) > 1e-6 || math.Abs(y-s*y1) > 1e-6 {
			t.Errorf("scale %v: Shushi at (%v, %v), want (%v, %v)", s, x, y, s*x1, s*y1)
		}
	}
	if v := regional.AtScale(0.5, 320, 200); v.Zoom != regional.Zoom || v.PixelScale != 1 {
		t.Errorf("a scale below 1 gave zoom %v and scale %v, want those of scale 1", v.Zoom, v.PixelScale)
	}
}

// At scale s a frame has the same markers and clusters as at scale 1, s
// times further from the corner and s times bigger, and the pointer finds
// them there.
func TestMarkersAtScale(t *testing.T) {
	s1 := sceneOf(seedLike())
	s1.ShowLegend = false
	_, f1 := frameOf(s1, regional)
	gx, gy := regional.ToPixel(Mercator(ganja.Point))
	for _, scale := range []float64{2, 3} {
		t.Run("", func(t *testing.T) {
			v := regional.AtScale(scale, int(float64(regional.Width)*scale), int(float64(regional.Height)*scale))
			img, f := frameOf(s1, v)
			if len(f.Clusters) != len(f1.Clusters) {
				t.Fatalf("%d clusters, want the %d of scale 1", len(f.Clusters), len(f1.Clusters))
			}
			for i, c := range f.Clusters {
				c1 := f1.Clusters[i]
				if c.Count != c1.Count || math.Abs(c.X-scale*c1.X) > 1e-6 || math.Abs(c.Y-scale*c1.Y) > 1e-6 || math.Abs(c.R-scale*c1.R) > 0.5 {
					t.Errorf("cluster %d is %+v, want %+v scaled by %v", i, c, c1, scale)
				}
			}
			// Ganja's exactly dated attack: the attack's colour at its
			// centre and as far out as the scaled marker's fill reaches.
			x, y := scale*gx, scale*gy
			for _, dx := range []float64{0, scale*markerRadius - 2*scale} {
				if got, want := img.RGBAAt(int(x+dx), int(y)), event.Attack.Info().Colour; got != want {
					t.Errorf("%v pixels right of Ganja: %v, want the attack's %v", dx, got, want)
				}
			}
			if got := img.RGBAAt(int(x+scale*(markerRadius+2)), int(y)); got != color.RGBA(SeaBlue) {
				t.Errorf("just outside Ganja's marker: %v, want the sea", got)
			}
			if h := f.HitAt(x+2*scale, y-2*scale); h != (Hit{OnEvent, 0}) {
				t.Errorf("at Ganja's marker: %+v, want event 0", h)
			}
			if h := f.HitAt(x+(markerRadius+hitSlop+1)*scale, y); h.Kind != Nothing {
				t.Errorf("beside Ganja's marker: %+v, want nothing", h)
			}
		})
	}
}

func TestLegendAtScale(t *testing.T) {
	s := sceneOf(seedLike())
	_, f1 := frameOf(s, regional)
	_, f2 := frameOf(s, regional.AtScale(2, 2*regional.Width, 2*regional.Height))
	r1, r2 := f1.legend, f2.legend
	if r1.Empty() || r2.Empty() {
		t.Fatalf("legend at %v and %v: want it drawn at both scales", r1, r2)
	}
	// Text is hinted to whole pixels, so the scaled legend's width may be
	// a few pixels off.
	want := image.Rectangle{Min: r1.Min.Mul(2), Max: r1.Max.Mul(2)}
	if d := r2.Min.Sub(want.Min); abs(d.X) > 2 || abs(d.Y) > 4 {
		t.Errorf("legend at scale 2 is at %v, want about %v", r2, want)
	}
	if d := r2.Size().Sub(want.Size()); abs(d.X) > want.Dx()/50 || abs(d.Y) > 4 {
		t.Errorf("legend at scale 2 is %v, want about %v", r2.Size(), want.Size())
	}
}

func abs(n int) int { return max(n, -n) }

func TestBasemapAtScaleShowsTheSameMap(t *testing.T) {
	b := NewBasemap(defaultBasemap(t))
	v1 := Viewport{Center: Mercator(orb.Point{46.0, 40.6}), Zoom: 7, Width: 600, Height: 400}
	v2 := v1.AtScale(2, 1200, 800)
	img1 := image.NewRGBA(image.Rect(0, 0, v1.Width, v1.Height))
	img2 := image.NewRGBA(image.Rect(0, 0, v2.Width, v2.Height))
	b.Draw(img1, v1)
	shown1 := b.labels.draw(img1, b.m.Labels(v1.Zoom, v1.Bound()), v1.Zoom, pixelsOf(v1), 1, &lightPalette)
	b.Draw(img2, v2)
	shown2 := b.labels.draw(img2, b.m.Labels(v2.unitZoom(), v2.Bound()), v2.unitZoom(), pixelsOf(v2), 2, &lightPalette)
	if len(shown1) == 0 || len(shown2) < len(shown1)*3/4 || len(shown2) > len(shown1)*4/3 {
		t.Errorf("%d labels at scale 2, want about the %d of scale 1", len(shown2), len(shown1))
	}
	// Land and sea lie where they do at scale 1.
	for _, p := range []orb.Point{{50.6, 41.6}, {45.3, 40.35}, {43.0, 39.0}} {
		x, y := v1.ToPixel(Mercator(p))
		if c1, c2 := img1.RGBAAt(int(x), int(y)), img2.RGBAAt(int(2*x), int(2*y)); c1 != c2 {
			t.Errorf("%v is %v at scale 1, %v at scale 2", p, c1, c2)
		}
	}
}
