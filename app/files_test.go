package app

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
)

// The save dialog hands its caller a writer of the chosen file; with
// installAtomicSaves, that writer must not empty the file the user had.
func TestSaveDialogWritersLeaveTheFileIntactUntilClosed(t *testing.T) {
	test.NewTempApp(t)
	installAtomicSaves()
	path := filepath.Join(t.TempDir(), "events.geojson")
	before := []byte("the user's events")
	if err := os.WriteFile(path, before, 0o644); err != nil {
		t.Fatal(err)
	}

	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("half an export"))
	if got, _ := os.ReadFile(path); string(got) != string(before) {
		t.Fatalf("opening the writer changed the file to %q", got)
	}
	discard(w)
	if got, _ := os.ReadFile(path); string(got) != string(before) {
		t.Errorf("a discarded writer changed the file to %q", got)
	}

	w, err = storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("a whole export"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "a whole export" {
		t.Errorf("a closed writer left %q", got)
	}
}

func TestExportedEventsImportIdentically(t *testing.T) {
	// What the window exports: merged events as load makes them.
	res, err := load(nil)
	if err != nil {
		t.Fatal(err)
	}
	var placed []event.Event
	for _, e := range res.events {
		if e.Place != nil {
			placed = append(placed, e)
		}
	}
	path := filepath.Join(t.TempDir(), "events.geojson")
	if err := geojson.ExportFile(path, placed); err != nil {
		t.Fatal(err)
	}
	back, err := geojson.ImportFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(placed) {
		t.Fatalf("imported %d events, exported %d", len(back), len(placed))
	}
	for i := range back {
		// The layer holds neither the gazetteer's other names, feature
		// code and population, nor the other places a name may mean, nor
		// more than 6 decimals of a point.
		if got, want := comparable(back[i]), comparable(placed[i]); !reflect.DeepEqual(got, want) {
			t.Errorf("event %d changed on the way:\n got %+v\nwant %+v", i, got, want)
		}
	}
}

// comparable is e with what the events layer does not hold left out.
func comparable(e event.Event) event.Event {
	if e.Place != nil {
		p := *e.Place
		p.AltNames, p.Feature, p.Population, p.Point = nil, "", 0, [2]float64{}
		e.Place = &p
	}
	e.OtherPlaces = nil
	reports := e.Reports
	e.Reports = nil
	for _, r := range reports {
		e.Reports = append(e.Reports, comparable(r))
	}
	return e
}

func TestWritePNG(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.RGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff})
	path := filepath.Join(t.TempDir(), "map.png")
	if err := writePNG(path, img); err != nil {
		t.Fatal(err)
	}
	back := readPNG(t, path)
	r, g, b, a := back.At(1, 1).RGBA()
	wr, wg, wb, wa := img.At(1, 1).RGBA()
	if back.Bounds() != img.Bounds() || [4]uint32{r, g, b, a} != [4]uint32{wr, wg, wb, wa} {
		t.Error("the PNG does not hold the image")
	}
}

// readPNG decodes the PNG at path.
func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
