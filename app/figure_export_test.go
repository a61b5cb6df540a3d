package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/geo"
)

// figureEvents are two events in the South Caucasus and one in Moscow.
func figureEvents() []event.Event {
	at := func(lon, lat float64) *geo.Place { return &geo.Place{Name: "somewhere", Point: orb.Point{lon, lat}} }
	return []event.Event{
		{Type: event.Attack, Place: at(46.36, 40.68), Window: window("2020-10-11", "2020-10-11", dates.Day)},
		{Type: event.Clash, Place: at(46.75, 39.76), Window: window("2020-11-02", "2020-11-08", dates.Week)},
		{Type: event.Diplomacy, Place: at(37.62, 55.75), Window: window("2020-10-10", "2020-10-10", dates.Day)},
	}
}

// caucasusSource is the map of figureEvents on an 800×500 screen showing
// the South Caucasus, so two of the three.
func caucasusSource(events []event.Event) figureSource {
	s := render.NewScene(render.SeaBlue)
	s.Events = render.NewEvents(events)
	view := render.Viewport{Center: render.Mercator(orb.Point{46.5, 40.2}), Zoom: 7, Width: 800, Height: 500}
	return figureSource{scene: s, view: view, period: "27 Sep – 10 Nov 2020, cumulative"}
}

func TestTheFigureDialogsDefaults(t *testing.T) {
	test.NewTempApp(t)
	f := newFigureForm(caucasusSource(figureEvents()))
	for _, c := range []struct{ what, got, want string }{
		{"title", f.title.Text, "Chronomap — 2 events"},
		{"size", f.size.Text, "1280 × 720"},
		{"scale", f.scale.Selected, "2×"},
		{"image", f.pixels.Text, "2560 × 1440 pixels, PNG"},
		{"events", f.shown.Text, "2 events on the map"},
	} {
		if c.got != c.want {
			t.Errorf("the %s is %q, want %q", c.what, c.got, c.want)
		}
	}
	o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	if o.Width != 1280 || o.Height != 720 || o.Scale != 2 || o.Subtitle != "27 Sep – 10 Nov 2020, cumulative" || len(o.Credits) != 3 {
		t.Errorf("the options are %+v", o)
	}
}

func TestTheFigureDialogChecksTheSize(t *testing.T) {
	test.NewTempApp(t)
	f := newFigureForm(caucasusSource(figureEvents()))
	for _, c := range []struct {
		size, scale string
		want        string // in the error, "" for none
	}{
		{"1600x900", "1×", ""},
		{"1169 × 827 (A4 landscape: 300 dpi at 3×)", "3×", ""},
		{"2560 × 1440", "4×", ""},
		{"300 × 200", "1×", "too small"},
		{"4096 × 4096", "4×", "too large"},
		{"4096 × 4096", "1×", ""}, // the scale's change checks the size again
		{"wide", "1×", "width × height"},
	} {
		f.size.SetText(c.size)
		f.scale.SetSelected(c.scale)
		err := f.size.Validate()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s at %s: %v", c.size, c.scale, err)
		case c.want != "" && (err == nil || !strings.Contains(strings.ToLower(err.Error()), c.want)):
			t.Errorf("%s at %s: %v, want an error saying %q", c.size, c.scale, err, c.want)
		case c.want != "" && f.pixels.Text != "—":
			t.Errorf("%s at %s: the image is said to be %q", c.size, c.scale, f.pixels.Text)
		}
	}
	f.size.SetText(figureSizes[3])
	f.scale.SetSelected("3×")
	if f.pixels.Text != "3507 × 2481 pixels, PNG" {
		t.Errorf("A4 at 3× is %q", f.pixels.Text)
	}
}

// An empty map still exports, and the dialog says what it will show.
func TestTheFigureDialogSaysWhenTheMapIsEmpty(t *testing.T) {
	test.NewTempApp(t)
	f := newFigureForm(caucasusSource(figureEvents()[2:])) // Moscow only: out of view
	if !strings.Contains(f.shown.Text, "map alone") {
		t.Errorf("the dialog says %q of an empty map", f.shown.Text)
	}
	if f.title.Text != "Chronomap — 0 events" {
		t.Errorf("the title is %q", f.title.Text)
	}
	if _, err := f.options(); err != nil {
		t.Errorf("an empty map cannot be exported: %v", err)
	}
}

func TestTheFigureDialogShowsOverTheWindow(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	defer win.Close()
	exportFigure(win, caucasusSource(figureEvents()), func(string) {})
	d := win.Canvas().Overlays().Top()
	if d == nil || !rendersText(d, "Export Map as Figure") || !rendersText(d, "2 events on the map") {
		t.Fatal("no figure dialog over the window")
	}
}

func TestWriteFigure(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	defer win.Close()
	f := newFigureForm(caucasusSource(figureEvents()))
	f.scale.SetSelected("1×")
	o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "figure.png")
	if err := writeFigure(win, path, f.src, o); err != nil {
		t.Fatal(err)
	}
	if got := readPNG(t, path).Bounds().Size(); got.X != 1280 || got.Y != 720 {
		t.Errorf("the figure is %v pixels, want 1280×720", got)
	}
	missing := filepath.Join(t.TempDir(), "no such folder", "figure.png")
	if err := writeFigure(win, missing, f.src, o); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("writing into a missing folder: %v, want an error naming the file", err)
	}
	o.Width = 10
	if err := writeFigure(win, path, f.src, o); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a figure too small: %v, want an error naming the file", err)
	}
}

func TestPeriodText(t *testing.T) {
	ix := tl.New(figureEvents())
	day := tl.DayOf(day("2020-11-05"))
	for _, c := range []struct {
		mode    tl.Mode
		undated bool
		want    string
	}{
		{tl.Cumulative, false, "10 Oct – 5 Nov 2020, cumulative"},
		{tl.Week, false, "30 Oct – 5 Nov 2020"},
		{tl.OneDay, true, "5 Nov 2020, and undated events"},
	} {
		if got := periodText(ix.View(day, c.mode, c.undated), ix); got != c.want {
			t.Errorf("%v: %q, want %q", c.mode, got, c.want)
		}
	}
	if got := periodText(tl.New(nil).View(day, tl.Cumulative, true), tl.New(nil)); got != "Undated events" {
		t.Errorf("with no dated events: %q", got)
	}
}
