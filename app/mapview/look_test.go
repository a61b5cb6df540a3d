package mapview

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

var moscow = &geo.Place{ID: "geonames:524901", Name: "Moscow", Point: orb.Point{37.6156, 55.7522}}

// withStray are 20 events around Stepanakert and one in Moscow, last.
func withStray() []event.Event {
	day := &dates.Window{Start: october4, End: october4, Precision: dates.Day}
	var events []event.Event
	for i := range 20 {
		p := &geo.Place{Name: "near", Point: orb.Point{46.2 + 0.06*float64(i), 39.6 + 0.04*float64(i%7)}}
		events = append(events, event.Event{Type: event.Attack, Place: p, Window: day})
	}
	return append(events, event.Event{Type: event.Diplomacy, Place: moscow, Window: day})
}

func inFrame(m *Map, p *geo.Place) bool {
	return m.View().Bound().Contains(render.Mercator(p.Point))
}

func TestFitLeavesAFarEventOutsideAndSaysSo(t *testing.T) {
	m, w := shownMap(t)
	events := withStray()
	m.SetEvents(render.NewEvents(events), nil)
	for _, e := range events[:20] {
		if !inFrame(m, e.Place) {
			t.Fatalf("%v is not framed", e.Place.Point)
		}
	}
	if inFrame(m, moscow) {
		t.Error("Moscow is framed, squeezing the rest")
	}
	if m.Outside() != 1 || !m.outside.Visible() || m.outside.Text != "1 event outside · show all" {
		t.Fatalf("outside %d, hint %q (visible %v)", m.Outside(), m.outside.Text, m.outside.Visible())
	}

	test.Tap(m.outside)
	if !inFrame(m, moscow) || !inFrame(m, stepanakert) || m.outside.Visible() {
		t.Errorf("after show all: Moscow framed %v, the hint shown %v", inFrame(m, moscow), m.outside.Visible())
	}
	m.FitEvents()
	test.Drag(w.Canvas(), fyne.NewPos(300, 200), 30, 0)
	if m.Outside() != 0 || m.outside.Visible() {
		t.Error("after a drag, the hint still says events are outside the frame")
	}
}

func TestTheLegendTogglesWhenItsToggleIsTapped(t *testing.T) {
	m, w := shownMap(t)
	w.Canvas().Capture()
	r := m.frame.LegendToggle()
	at := fyne.NewPos(float32(r.Min.X+r.Dx()/2), float32(r.Min.Y+r.Dy()/2))
	test.TapAt(m, at)
	if !m.LegendCollapsed() {
		t.Fatal("tapping the legend's toggle does not collapse it")
	}
	w.Canvas().Capture()
	r = m.frame.LegendToggle()
	test.TapAt(m, fyne.NewPos(float32(r.Min.X+2), float32(r.Min.Y+2)))
	if m.LegendCollapsed() {
		t.Error("tapping the collapsed legend's chip does not expand it")
	}
}

// The controls' panel and the map follow the theme: light panel and map
// in Light, dark ones in Dark, switched as the theme changes.
func TestTheControlsAndTheMapFollowTheTheme(t *testing.T) {
	m, w := shownMap(t)
	r := test.WidgetRenderer(m).(*renderer)
	for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		fyne.CurrentApp().Settings().SetTheme(variantTheme{theme.DefaultTheme(), variant})
		w.Canvas().Capture()
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[variant]
		want := theme.DefaultTheme().Color(theme.ColorNameOverlayBackground, variant)
		if !sameColour(r.panel.FillColor, want) {
			t.Errorf("%s: the controls' panel is %v, want the theme's overlay %v", name, r.panel.FillColor, want)
		}
		fg := theme.DefaultTheme().Color(theme.ColorNameForeground, variant)
		if contrast(r.panel.FillColor, fg) < 4.5 {
			t.Errorf("%s: the buttons' icons (%v) are not legible on the panel (%v)", name, fg, r.panel.FillColor)
		}
		if m.scene.Dark != (variant == theme.VariantDark) {
			t.Errorf("%s: the map is drawn dark %v", name, m.scene.Dark)
		}
	}
}

// variantTheme is a theme held to one variant, as the app's are.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

func sameColour(a, b color.Color) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		lin := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}
