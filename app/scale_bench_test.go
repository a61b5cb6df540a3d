package app

import (
	"context"
	"errors"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson/geojsontest"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/data/workspace"
	"github.com/chronomap/chronomap/geo"
)

// The benchmarks at scale take a layer of a million events such as
// `chronomap extract` writes of a large corpus (see geojsontest.Events):
// the load of it as the user opens it, and with it shown, a step of the
// timeline and a search. They take a minute or more; -short skips them.
// Run with -benchtime 1x for the load.

const million = 1_000_000

func skipShort(b *testing.B) {
	if testing.Short() {
		b.Skip("a million events: skipped with -short")
	}
}

// BenchmarkLoadGeoJSON1M opens a layer of a million events (about 850 MB),
// as File ▸ Open does: the import, the merge of the reports, and the
// indexes of the list, the map and the timeline. It reports, beside the
// time, the most heap and resident memory the load took.
func BenchmarkLoadGeoJSON1M(b *testing.B) {
	geojsontest.BenchmarkReading(b, million, func(path string) error {
		res, err := loadArticles(context.Background(), loadRequest{paths: []string{path}}, func(int, int) {})
		if err == nil && len(res.events) == 0 {
			err = errors.New("no events loaded")
		}
		return err
	})
}

// millionLoaded is a million events as the load leaves them, made once for
// the benchmarks of the window: merged, in date order, indexed.
var millionLoaded = sync.OnceValues(func() (loaded, error) {
	g, err := geo.Default()
	if err != nil {
		return loaded{}, err
	}
	events := event.MergeReports(slices.Collect(geojsontest.Events(g, million)), event.SamePlaceKm)
	sortByWindowStart(events)
	return prepared(loaded{events: events, collections: 1}), nil
})

// millionShown is a window that shows millionLoaded.
func millionShown(b *testing.B) *mainWindow {
	skipShort(b)
	res, err := millionLoaded()
	if err != nil {
		b.Fatal(err)
	}
	w := newTestWindow(b)
	w.show(res, nil)
	w.win.Canvas().Capture()
	return w
}

// BenchmarkSearch1M is a search of a million events as typed in the
// list's search box, with the search cleared after it: the filter, then
// the list, the map and the timeline showing what it keeps. Its variants
// search for a word, a name, two words together, and words nothing holds.
func BenchmarkSearch1M(b *testing.B) {
	w := millionShown(b)
	for _, query := range []string{"drone", "kharkiv", "ukrainian forces", "truce stalled", "nowhere at all"} {
		b.Run(strings.ReplaceAll(query, " ", "_"), func(b *testing.B) {
			cpu := geojsontest.CPUTime()
			for b.Loop() {
				w.list.search.SetText(query)
				w.list.search.SetText("")
			}
			geojsontest.ReportCPU(b, cpu)
		})
	}
}

// BenchmarkStep1M is a step of the timeline through a million events,
// as → takes it, with the frame drawn: the playhead moves a day, and the
// map and the timeline strip are drawn again, the one-week window showing;
// its /filtered variant steps with a search set. The frame is the pictures
// the map and the strip draw, as the driver asks for them, without the
// test driver's painting of the rest of the window.
func BenchmarkStep1M(b *testing.B) {
	w := millionShown(b)
	w.win.Resize(fyne.NewSize(1400, 900))
	w.timeline.SetMode(tl.Week)
	rasters := rastersIn(w.win.Content())
	if len(rasters) < 2 {
		b.Fatalf("%d rasters in the window, want the map's and the timeline's", len(rasters))
	}
	for _, query := range []string{"", "ukrainian forces"} {
		name := "all"
		if query != "" {
			name = "filtered"
		}
		w.list.search.SetText(query)
		b.Run(name, func(b *testing.B) {
			last, _ := w.timeline.ShownIndex().Extent()
			w.timeline.First()
			cpu := geojsontest.CPUTime()
			for b.Loop() {
				if tl.DayOf(w.timeline.Playhead()) >= last.To {
					w.timeline.First()
				}
				w.timeline.StepForward()
				for _, r := range rasters {
					r.Generator(int(r.Size().Width), int(r.Size().Height))
				}
			}
			geojsontest.ReportCPU(b, cpu)
		})
	}
}

// rastersIn are the rasters drawn in o, as the driver finds them.
func rastersIn(o fyne.CanvasObject) []*canvas.Raster {
	if !o.Visible() {
		return nil
	}
	switch o := o.(type) {
	case *canvas.Raster:
		return []*canvas.Raster{o}
	case *fyne.Container:
		var out []*canvas.Raster
		for _, c := range o.Objects {
			out = append(out, rastersIn(c)...)
		}
		return out
	case fyne.Widget:
		var out []*canvas.Raster
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, rastersIn(c)...)
		}
		return out
	}
	return nil
}

// BenchmarkOpenWorkspace1M opens a workspace of a million reports
// (made first, which takes a few minutes: a layer of them imported, and
// its events published as the window publishes them), as Open Workspace…
// does. Its first_frame variant goes as far as the first frame: the
// outlines of the events read from the workspace (see outline.go), and
// the map, the timeline and the list drawn; its events variant goes on
// until the events themselves are loaded and shown in their place (the
// layer read and imported, merged, the edits applied, and the indexes of
// the list, the map and the timeline made). Each reports, beside the
// time, the most heap and resident memory it took.
func BenchmarkOpenWorkspace1M(b *testing.B) {
	skipShort(b)
	path := millionWorkspace(b)
	// The first frame first, as what a window leaves in memory counts in
	// the peak of the next.
	b.Run("first_frame", func(b *testing.B) {
		benchmarkOpening(b, path, func(w *mainWindow) bool { return w.outline != nil })
	})
	b.Run("events", func(b *testing.B) {
		benchmarkOpening(b, path, func(w *mainWindow) bool { return len(w.events) > 0 && w.outline == nil })
	})
}

// millionWorkspace makes a workspace of a million reports in a temporary
// folder of b's, and returns its path.
func millionWorkspace(b *testing.B) string {
	g, err := geo.Default()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "million.gpkg")
	ws, err := workspace.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	reports := slices.Collect(geojsontest.Events(g, million))
	if err := ws.AddLayer(workspace.Layer{Path: "million.geojson", Events: reports}); err != nil {
		b.Fatal(err)
	}
	events := event.MergeReports(reports, event.SamePlaceKm)
	sortByWindowStart(events)
	if err := ws.Publish(events, nil); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchmarkOpening has b open the workspace at path in a window until
// opened says it is, and the window is drawn.
func benchmarkOpening(b *testing.B, path string, opened func(*mainWindow) bool) {
	var peak geojsontest.Peak
	cpu := geojsontest.CPUTime()
	for b.Loop() {
		// The memory that making the workspace, or the window before,
		// took is given back, so that the peak resident memory is the
		// opening's.
		debug.FreeOSMemory()
		var w *mainWindow
		peak = geojsontest.MeasurePeak(func() {
			w = newTestWindow(b)
			loop := newUILoop()
			w.do = loop.do
			w.loadWorkspace(path)
			loop.runWithin(b, 10*time.Minute, "the workspace", func() bool { return opened(w) })
			w.win.Canvas().Capture()
		})
		w.closeWorkspace() // and the load behind the outlines with it
	}
	peak.Report(b)
	geojsontest.ReportCPU(b, cpu)
}
