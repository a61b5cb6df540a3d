package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestLayerFormatOf checks which format a file's extension says.
func TestLayerFormatOf(t *testing.T) {
	tests := []struct {
		name, path, want string // want "" for none
	}{
		{"GeoJSON", "/a/events.geojson", "GeoJSON"},
		{"JSON is GeoJSON", "events.json", "GeoJSON"},
		{"CSV, in any case", "/a/ACLED.CSV", "ACLED CSV"},
		{"KML", "events.kml", "KML"},
		{"an article is no layer", "/a/news.txt", ""},
		{"no extension", "/a/events", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := layerFormatOf(tt.path)
			if f.name != tt.want || ok != (tt.want != "") {
				t.Errorf("%q is %q (%v), want %q", tt.path, f.name, ok, tt.want)
			}
		})
	}
	if f, _ := layerFormatOf("x.kml"); f.importFile != nil {
		t.Error("KML imports, but the window only writes it")
	}
}

// TestEachFormatExports checks that every format writes the events that
// have a place, and that those the window imports read back as the
// events they were.
func TestEachFormatExports(t *testing.T) {
	events := sampleEvents()
	placed := placedCount(events)
	for _, f := range layerFormats {
		t.Run(f.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "events"+f.exts[0])
			if err := f.exportFile(path, events); err != nil {
				t.Fatal(err)
			}
			if f.importFile == nil {
				b, _ := os.ReadFile(path)
				if n := strings.Count(string(b), "<Placemark>"); n != placed {
					t.Errorf("%d placemarks, want %d", n, placed)
				}
				return
			}
			back, err := f.importFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(back) != placed {
				t.Fatalf("%d events back, want %d", len(back), placed)
			}
			for i, e := range back {
				if e.Type != events[i].Type || e.Place.Name != events[i].Place.Name || !e.Window.Start.Equal(events[i].Window.Start) {
					t.Errorf("event %d came back as %+v", i, e)
				}
			}
		})
	}
}

// TestExportDialogAsksTheFormat checks the dialog Export opens with: the
// count of events it writes, the format chosen last first, and the one
// chosen remembered once Save… is pressed.
func TestExportDialogAsksTheFormat(t *testing.T) {
	w := newTestWindow(t)
	p := prefs{w.app.Preferences()}
	p.setExportFormat("ACLED CSV")
	exportEvents(w.win, p, "Export Events Shown", sampleEvents(), func(string) {})

	dialog := w.win.Canvas().Overlays().Top()
	if dialog == nil || !rendersText(dialog, "Export Events Shown") || !rendersText(dialog, counted(placedCount(sampleEvents()), "event")) {
		t.Fatal("no dialog titled Export Events Shown that counts the events")
	}
	formats := findRadioGroup(dialog)
	if formats == nil || len(formats.Options) != len(layerFormats) || !strings.HasPrefix(formats.Selected, "ACLED CSV (.csv): ") {
		t.Fatalf("the formats offered are %+v", formats)
	}
	formats.SetSelected(formatOption(layerFormatNamed("KML")))
	tapButton(t, w.win, "Export Events Shown", "Save…")
	if got := p.exportFormat(); got != "KML" {
		t.Errorf("the format remembered is %q, want KML", got)
	}
}

// findRadioGroup is the first radio group in o, nil for none.
func findRadioGroup(o fyne.CanvasObject) *widget.RadioGroup {
	for _, x := range test.LaidOutObjects(o) {
		if r, ok := x.(*widget.RadioGroup); ok {
			return r
		}
	}
	return nil
}
