package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/event"
)

// Two articles, and a third that reports one of their events again, with
// one of its own.
const (
	shellingText    = " date 2020-11-07\nArtillery shelled Stepanakert on Saturday, killing two civilians, officials said.\n"
	talksText       = " date 2020-11-08\nTalks between the foreign ministers resumed in Moscow on Sunday.\n"
	reportAgainText = " date 2020-11-08\nAzerbaijani forces shelled Stepanakert on Saturday, the Armenian defence ministry said. Fighting broke out near Hadrut on Sunday.\n"
	hadrutLayer     = `{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.75, 39.52]}, "properties": {"event_date": "2020-10-09", "event_type": "Battles", "location": "Hadrut"}}]}`
)

// loadingWindow is a test window whose loads hand their results to loop,
// and counts the loads shown.
func loadingWindow(t *testing.T) (*mainWindow, uiLoop, *int) {
	w := newTestWindow(t)
	loop := newUILoop()
	w.do = loop.do
	shown := new(int)
	w.shown = func(err error) {
		if err != nil {
			t.Errorf("load failed: %v", err)
		}
		*shown++
	}
	return w, loop, shown
}

// waitLoads runs the UI loop until n loads in all have shown.
func waitLoads(t *testing.T, loop uiLoop, shown *int, n int) {
	t.Helper()
	loop.runUntil(t, "the loads", func() bool { return *shown >= n })
}

// sources are the articles that report an event.
func sources(e event.Event) []string {
	if len(e.Reports) == 0 {
		return []string{e.Source}
	}
	var out []string
	for _, r := range e.Reports {
		out = append(out, sources(r)...)
	}
	return out
}

func TestAddAddsToTheSetOnce(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText, "b.txt": talksText})
	more := writeFiles(t, map[string]string{"c.txt": reportAgainText, "copy of b.txt": talksText})
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	waitLoads(t, loop, shown, 1)
	if got := len(w.events); got != 2 {
		t.Fatalf("%d events loaded, want 2", got)
	}

	// The folder's c.txt is new; its copy of b.txt and a.txt, added again
	// by its path, are not.
	w.add([]string{more, filepath.Join(first, "a.txt")})
	waitLoads(t, loop, shown, 2)

	if got := w.set.articles; got != 3 {
		t.Errorf("the set holds %d articles, want 3", got)
	}
	if got, want := w.status.Text, "Added 1 article, 1 event (3 in all); 2 files were loaded already"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	var all [][]string
	for _, e := range w.events {
		s := sources(e)
		slices.Sort(s)
		all = append(all, s)
	}
	// The shelling c.txt reports again merges with a.txt's; b.txt's talks
	// stay; c.txt's clash is new.
	for _, want := range [][]string{{"a.txt", "c.txt"}, {"b.txt"}, {"c.txt"}} {
		if !slices.ContainsFunc(all, func(s []string) bool { return slices.Equal(s, want) }) {
			t.Errorf("no event reported by %v among %v", want, all)
		}
	}
	if len(all) != 3 {
		t.Errorf("%d events, want 3: %v", len(all), all)
	}
	if got := len(w.list.visible); got != 3 {
		t.Errorf("the list shows %d events, want 3", got)
	}

	// Adding it all again adds nothing, and leaves the events shown.
	w.add([]string{more})
	waitLoads(t, loop, shown, 3)
	if got, want := w.status.Text, "Nothing added: 2 files were loaded already."; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if got := len(w.events); got != 3 {
		t.Errorf("%d events after adding nothing new, want 3", got)
	}
}

func TestAnArticleNamedAsOneLoadedIsAddedUnderItsPath(t *testing.T) {
	first := writeFiles(t, map[string]string{"001.txt": shellingText})
	second := writeFiles(t, map[string]string{"001.txt": reportAgainText})
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	waitLoads(t, loop, shown, 1)
	w.add([]string{second})
	waitLoads(t, loop, shown, 2)

	path := filepath.Join(second, "001.txt")
	if got := w.files[path]; got != path {
		t.Errorf("the second 001.txt is not kept under its path: %v", w.files)
	}
	if w.files["001.txt"] != filepath.Join(first, "001.txt") {
		t.Errorf("the first 001.txt lost its path: %v", w.files)
	}
	merged := slices.ContainsFunc(w.events, func(e event.Event) bool { return len(e.Reports) == 2 })
	if !merged {
		t.Error("the two articles' reports of the shelling did not merge")
	}
}

func TestAnAddDuringALoadWaitsForItAndAnOpenDropsBoth(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText, "b.txt": talksText})
	more := writeFiles(t, map[string]string{"c.txt": reportAgainText})
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	w.add([]string{more}) // the open is under way: the add waits for it
	waitLoads(t, loop, shown, 2)
	if got := w.set.articles; got != 3 {
		t.Errorf("the set holds %d articles, want the 2 opened and the 1 added", got)
	}

	w.open([]string{first})
	w.add([]string{more})
	w.open([]string{more}) // drops the open and the add queued after it
	waitLoads(t, loop, shown, 3)
	if got := slices.Sorted(func(yield func(string) bool) {
		for name := range w.files {
			yield(name)
		}
	}); !slices.Equal(got, []string{"c.txt"}) {
		t.Errorf("the set holds %v, want c.txt alone", got)
	}
	if w.dropLoad != nil || len(w.queued) > 0 {
		t.Error("a load is still under way or queued")
	}
}

func TestOpenAsksBeforeReplacingTheSet(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText, "b.txt": talksText})
	other := writeFiles(t, map[string]string{"c.txt": reportAgainText})
	w, loop, shown := loadingWindow(t)
	w.open(nil) // the samples are replaced without a word
	waitLoads(t, loop, shown, 1)
	w.replace([]string{first})
	if w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("replacing the sample articles asks first")
	}
	waitLoads(t, loop, shown, 2)

	w.replace([]string{other})
	tapButton(t, w.win, "Replace the 2 events loaded?", "Cancel")
	if w.dropLoad != nil || len(w.events) != 2 {
		t.Fatalf("Cancel did not keep the set: %d events, loading %v", len(w.events), w.dropLoad != nil)
	}

	w.replace([]string{other})
	tapButton(t, w.win, "Replace the 2 events loaded?", "Replace")
	waitLoads(t, loop, shown, 3)
	if got := w.set.articles; got != 1 || w.files["c.txt"] == "" {
		t.Errorf("after Replace the set holds %d articles (%v), want c.txt alone", got, w.files)
	}
}

func TestDroppingAFolderAndAGeoJSONFileAddsBoth(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText})
	dropped := writeFiles(t, map[string]string{"hadrut.geojson": hadrutLayer, "picture.png": "\x89PNG"})
	if err := os.Mkdir(filepath.Join(dropped, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dropped, "news", "b.txt"), []byte(talksText), 0o644); err != nil {
		t.Fatal(err)
	}
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	waitLoads(t, loop, shown, 1)

	var uris []fyne.URI
	for _, name := range []string{"news", "hadrut.geojson", "picture.png"} {
		uris = append(uris, storage.NewFileURI(filepath.Join(dropped, name)))
	}
	w.dropped(fyne.NewPos(10, 10), uris)
	waitLoads(t, loop, shown, 2)

	if got, want := w.status.Text, "Added 1 article, 1 layer, 2 events (3 in all)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if !slices.ContainsFunc(w.events, func(e event.Event) bool { return e.Type == event.Clash && e.Place != nil && e.Place.Name == "Hadrut" }) {
		t.Error("the GeoJSON file's clash at Hadrut is not among the events")
	}
	problems := w.win.Canvas().Overlays().Top()
	if problems == nil || !rendersText(problems, "picture.png: neither an article (.txt) nor a layer of events") {
		t.Error("no dialog says picture.png was skipped")
	}
}

func TestOpenRecentReopensTheWholeSet(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText})
	more := writeFiles(t, map[string]string{"b.txt": talksText, "c.txt": reportAgainText, "hadrut.geojson": hadrutLayer})
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	waitLoads(t, loop, shown, 1)
	w.add([]string{filepath.Join(more, "b.txt")})
	waitLoads(t, loop, shown, 2)
	w.add([]string{filepath.Join(more, "c.txt"), filepath.Join(more, "hadrut.geojson")})
	waitLoads(t, loop, shown, 3)
	set := w.set
	events := len(w.events)

	sets := prefs{w.app.Preferences()}.recentSets()
	want := []string{first, filepath.Join(more, "b.txt"), filepath.Join(more, "c.txt"), filepath.Join(more, "hadrut.geojson")}
	if len(sets) != 1 || !slices.Equal(sets[0].Paths, want) {
		t.Fatalf("Open Recent keeps %v, want one set of %v", sets, want)
	}

	w.open([]string{more})
	waitLoads(t, loop, shown, 4)
	entry := recentEntry(t, w, 1)
	if want := "3 articles, 1 layer in " + filepath.Join(filepath.Base(filepath.Dir(first)), filepath.Base(first)) + " + "; !strings.HasPrefix(entry.Label, want) {
		t.Errorf("the entry reads %q, want it to start %q", entry.Label, want)
	}
	entry.Action()
	tapButton(t, w.win, "Replace the", "Replace")
	waitLoads(t, loop, shown, 5)
	if w.set.articles != set.articles || w.set.collections != set.collections || len(w.events) != events {
		t.Errorf("reopened %d articles, %d GeoJSON files, %d events; want %d, %d, %d",
			w.set.articles, w.set.collections, len(w.events), set.articles, set.collections, events)
	}
}

func TestAnOldRecentPathStillReopens(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": shellingText, "b.txt": talksText})
	w, loop, shown := loadingWindow(t)
	prefs{w.app.Preferences()}.p.SetStringList(prefRecent, []string{dir})
	w.setMenu()

	entry := recentEntry(t, w, 0)
	if entry.Label != dir {
		t.Errorf("the entry reads %q, want %q", entry.Label, dir)
	}
	entry.Action()
	waitLoads(t, loop, shown, 1)
	if got := w.set.articles; got != 2 || !slices.Equal(w.set.paths, []string{dir}) {
		t.Errorf("reopened %d articles of %v, want 2 of %s", got, w.set.paths, dir)
	}
}

// recentEntry is the i-th entry of the window's File ▸ Open Recent.
func recentEntry(t *testing.T, w *mainWindow, i int) *fyne.MenuItem {
	t.Helper()
	for _, it := range w.win.MainMenu().Items[0].Items {
		if it.Label == "Open Recent" && i < len(it.ChildMenu.Items) {
			return it.ChildMenu.Items[i]
		}
	}
	t.Fatalf("Open Recent has no entry %d", i)
	return nil
}

// tapButton taps the button labelled label in the dialog on top of win,
// which must say text.
func tapButton(t *testing.T, win fyne.Window, text, label string) {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil || !rendersText(top, text) {
		t.Fatalf("no dialog says %q", text)
	}
	b := findButton(top, label)
	if b == nil {
		t.Fatalf("the dialog has no %s button", label)
	}
	test.Tap(b)
}

func findButton(o fyne.CanvasObject, label string) *widget.Button {
	switch x := o.(type) {
	case *widget.Button:
		if x.Text == label {
			return x
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			if b := findButton(c, label); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if b := findButton(c, label); b != nil {
				return b
			}
		}
	}
	return nil
}

func TestAddingAFileThatChangedReplacesItsArticle(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": shellingText, "b.txt": talksText})
	w, loop, shown := loadingWindow(t)
	w.open([]string{dir})
	waitLoads(t, loop, shown, 1)
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(gorisClash), 0o644); err != nil {
		t.Fatal(err)
	}
	w.add([]string{dir})
	waitLoads(t, loop, shown, 2)
	if got, want := w.status.Text, "Added 1 changed article (2 events in all); 1 file was loaded already"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if got := placesShown(w); !slices.Equal(got, []string{"Goris", "Moscow"}) {
		t.Errorf("events at %v, want Goris (a.txt's now) and Moscow (b.txt's)", got)
	}
}
