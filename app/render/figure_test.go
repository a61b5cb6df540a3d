package render

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// goldenFigure is the figure of the golden images: a few synthetic events
// framed as on a screen showing the regional view, on the plain sea so that
// the comparison can be exact.
func goldenFigure(scale float64) (*Scene, Viewport, FigureOptions) {
	s := sceneOf(syntheticEvents(60))
	s.Selected = 3 // not drawn: a figure shows no selection
	return s, regional, FigureOptions{
		Width: 640, Height: 400, Scale: scale,
		Title:    "Chronomap — 60 events",
		Subtitle: "27 Sep – 10 Nov 2020, cumulative",
		Credits:  []string{"Map: Natural Earth (public domain).", "Places: GeoNames (geonames.org), CC BY 4.0."},
	}
}

func TestFigureGolden(t *testing.T) {
	for _, tt := range []struct {
		name  string
		scale float64
	}{{"figure-640x400", 1}, {"figure-640x400-x2", 2}} {
		t.Run(tt.name, func(t *testing.T) {
			s, v, o := goldenFigure(tt.scale)
			img, err := Figure(s, v, o)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := img.Bounds().Size(), image.Pt(int(640*tt.scale), int(400*tt.scale)); got != want {
				t.Fatalf("the figure is %v pixels, want %v", got, want)
			}
			checkGolden(t, tt.name, img, exact)
		})
	}
}

// The figure's golden image fails when a marker, the scale bar or the
// legend moves.
func TestFigureGoldenFailsWhenItsPartsMove(t *testing.T) {
	want, err := readGolden("figure-640x400")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		events func(e []event.Event, v Viewport)
		layout func(l *figureLayout)
	}{
		{"one marker moved by 3 px", func(e []event.Event, v Viewport) {
			i := loneMarker(t, sceneOf(e), v)
			e[i].Place = movedBy(e[i].Place, v, 3, 0)
		}, nil},
		{"the scale bar moved by 2 px", nil, func(l *figureLayout) { l.scaleBar.X += 2 }},
		{"the legend moved by 2 px", nil, func(l *figureLayout) { l.legend.Y += 2 }},
		{"the map's extent 2% larger", nil, func(l *figureLayout) { l.mapArea.Max.Y -= 8 }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, v, o := goldenFigure(1)
			l, err := o.layout(false)
			if err != nil {
				t.Fatal(err)
			}
			if tt.events != nil {
				events := syntheticEvents(60)
				tt.events(events, figureView(v, l.mapArea, l.scale))
				s = sceneOf(events)
			}
			if tt.layout != nil {
				tt.layout(&l)
			}
			if err := compareGolden(l.figure(s, v, false), want, exact); err == nil {
				t.Fatalf("%s matches the golden figure", tt.name)
			} else {
				t.Log(err)
			}
		})
	}
}

// loneMarker is an event that has a marker of its own well inside view v
// of s.
func loneMarker(t *testing.T, s *Scene, v Viewport) int {
	_, f := frameOf(s, v)
	inside := image.Rect(0, 0, v.Width, v.Height).Inset(20)
	for i, c := range f.Clusters {
		if c.Count == 1 && image.Pt(int(c.X), int(c.Y)).In(inside) {
			return f.Members(i)[0]
		}
	}
	t.Fatal("no event has a marker of its own")
	return -1
}

// The figure shows what the screen shows, all of it, about the same
// centre, at every scale.
func TestFigureViewShowsTheScreensExtent(t *testing.T) {
	screen := regional.Bound()
	for _, size := range []image.Point{{640, 400}, {1920, 1080}, {800, 1200}} {
		for _, s := range []float64{1, 2, 3} {
			o := FigureOptions{Width: size.X, Height: size.Y, Scale: s}
			l, err := o.layout(true)
			if err != nil {
				t.Fatal(err)
			}
			v := figureView(regional, l.mapArea, s)
			b := v.Bound()
			if b.Min[0] > screen.Min[0]+1 || b.Min[1] > screen.Min[1]+1 || b.Max[0] < screen.Max[0]-1 || b.Max[1] < screen.Max[1]-1 {
				t.Errorf("%v at %v×: the map shows %v, not all of the screen's %v", size, s, b, screen)
			}
			// Fitted: the extent matches the screen's one way.
			wide := (b.Max[0] - b.Min[0]) / (screen.Max[0] - screen.Min[0])
			high := (b.Max[1] - b.Min[1]) / (screen.Max[1] - screen.Min[1])
			if min(wide, high) > 1.01 {
				t.Errorf("%v at %v×: the map shows %.2f×%.2f the screen's extent, want one of them 1", size, s, wide, high)
			}
			if !near(b.Center(), screen.Center(), 1) {
				t.Errorf("%v at %v×: centred on %v, want %v", size, s, b.Center(), screen.Center())
			}
		}
	}
}

func TestFigureOptionsCheck(t *testing.T) {
	for _, tt := range []struct {
		o    FigureOptions
		want string // in the error; "" for none
	}{
		{FigureOptions{Width: 640, Height: 400, Scale: 1}, ""},
		{FigureOptions{Width: 2560, Height: 1440, Scale: 4}, ""},
		{FigureOptions{Width: 1169, Height: 827, Scale: 3}, ""},
		{FigureOptions{Width: 300, Height: 200, Scale: 1}, "too small"},
		{FigureOptions{Width: 640, Height: 400, Scale: 5}, "at most 4×"},
		{FigureOptions{Width: 4096, Height: 4096, Scale: 4}, "too large"},
		{FigureOptions{Width: 8000, Height: 400, Scale: 3}, "too large"},
	} {
		err := tt.o.Check()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v: %v", tt.o, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%+v: %v, want an error saying %q", tt.o, err, tt.want)
		}
	}
}

// The size Check asks for is enough.
func TestFigureTooSmallSaysWhatFits(t *testing.T) {
	o := FigureOptions{Width: 300, Height: 200, Scale: 2, Credits: []string{strings.Repeat("Natural Earth ", 20)}}
	err := o.Check()
	if err == nil {
		t.Fatal("300×200 fits")
	}
	var w, h int
	if _, e := fmtSscanf(err.Error(), &w, &h); e != nil {
		t.Fatalf("%v: %v", err, e)
	}
	o.Width, o.Height = w, h
	if err := o.Check(); err != nil {
		t.Errorf("the size asked for, %d×%d: %v", w, h, err)
	}
}

func TestShownCountsTheEventsInViewAndPeriod(t *testing.T) {
	s := sceneOf(seedLike())
	if got := s.Shown(regional); got != 3 { // Ganja, Stepanakert, Shushi: not Moscow, nor the event with no place
		t.Errorf("%d events shown in the regional view, want 3", got)
	}
	s.Period = &Period{From: exactly("2020-10-01").Start, To: exactly("2020-10-10").End}
	if got := s.Shown(regional); got != 1 { // Stepanakert's
		t.Errorf("%d events shown in early October, want 1", got)
	}
	if got := (&Scene{}).Shown(regional); got != 0 {
		t.Errorf("%d events shown with none", got)
	}
}

func TestWrapAndFitText(t *testing.T) {
	st := Style{Size: 10}
	text := "Map: Natural Earth (public domain). Places: GeoNames (geonames.org), CC BY 4.0."
	lines := wrapText(text, st, 150)
	if len(lines) < 2 || strings.Join(lines, " ") != text {
		t.Errorf("wrapped into %q", lines)
	}
	for _, l := range lines {
		if w, _, _ := MeasureText(l, st); w > 150 {
			t.Errorf("%q is %d pixels wide, more than 150", l, w)
		}
	}
	if got := fitText(text, st, 100); !strings.HasSuffix(got, "…") || !strings.HasPrefix(text, strings.TrimSuffix(got, "…")) {
		t.Errorf("cut to %q", got)
	}
	if got := fitText("Short", st, 100); got != "Short" {
		t.Errorf("a title that fits became %q", got)
	}
}

// fmtSscanf reads the size a "too small" error asks for.
func fmtSscanf(msg string, w, h *int) (int, error) {
	i := strings.Index(msg, "at least ")
	return fmt.Sscanf(msg[i:], "at least %d × %d", w, h)
}

// BenchmarkFigure draws a 1920×1080 figure at 2× (3840×2160 pixels) of
// 10,000 synthetic events on the basemap, framed as "Fit to events" frames
// them on a 1600×1000 screen.
func BenchmarkFigure(b *testing.B) {
	s := NewScene(NewBasemap(defaultBasemap(b)))
	s.Events = NewEvents(syntheticEvents(10_000))
	bound, _ := s.Events.Bound()
	v := Fit(bound, 1600, 1000, 40, 12)
	o := FigureOptions{Width: 1920, Height: 1080, Scale: 2, Title: "Chronomap — 10,000 events",
		Subtitle: "27 Sep – 10 Nov 2020, cumulative", Credits: []string{"Map: Natural Earth (public domain)."}}
	for b.Loop() {
		if _, err := Figure(s, v, o); err != nil {
			b.Fatal(err)
		}
	}
}

// A figure draws on another goroutine while the screen's map draws its
// frames from the same layers and basemap: run with -race.
func TestFigureDrawsBesideTheScreensMap(t *testing.T) {
	screen := NewScene(NewBasemap(defaultBasemap(t)))
	screen.Events = NewEvents(syntheticEvents(2_000))
	layers := NewScene(screen.Background) // as mapview.Map.Layers copies them
	layers.Events = screen.Events
	done := make(chan error)
	go func() {
		_, err := Figure(layers, regional, FigureOptions{Width: 640, Height: 400, Scale: 2})
		done <- err
	}()
	for range 3 {
		frameOf(screen, regional)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
