package app

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/data/workspace"
)

// savedBy saves w's set as a new workspace, published by producer, and
// returns its path.
func savedBy(t *testing.T, w *mainWindow, producer string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "work.gpkg")
	ws, err := workspace.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	if ws, err = workspace.OpenAs(path, producer); err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if err := saveSet(ws, w.set, w.articleSource(), w.events, w.edits, w.state()); err != nil {
		t.Fatal(err)
	}
	return path
}

// editedSamples is a window of the sample articles, edited, and the
// workspace it was saved as by this Chronomap.
func editedSamples(t *testing.T) (*mainWindow, string) {
	t.Helper()
	w, loop, shown := loadingWindow(t)
	w.open(nil)
	waitLoads(t, loop, shown, 1)
	edited(t, w)
	return w, savedBy(t, w, workspace.Running())
}

// outlinedWindow shows the outlines of the workspace at path in a new
// window, as Open Workspace… does first, with no load behind them: the
// window shows them until the test is done.
func outlinedWindow(t *testing.T, path string) (*mainWindow, uiLoop) {
	t.Helper()
	o, loop, _ := loadingWindow(t)
	ws, err := workspace.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	first, err := outlined(ws)
	if err != nil || first == nil {
		t.Fatalf("no outlines: %v", err)
	}
	if first.log, err = ws.Edits(); err != nil {
		t.Fatal(err)
	}
	o.workspace = ws
	o.showOutline(*first, "")
	return o, loop
}

func TestAWorkspaceOpensFromItsOutlinesOnlyWhenCurrent(t *testing.T) {
	spoilOutlines := func(t *testing.T, path string) {
		db, err := gpkg.OpenDB(path, false)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec("UPDATE chronomap_outlines SET outlines = x'434d4f3105'"); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name     string
		producer string
		spoil    func(t *testing.T, path string)
		outlined bool
	}{
		{"published by this Chronomap, its outlines show first", workspace.Running(), nil, true},
		{"published by another, its events are made anew", "an older Chronomap", nil, false},
		{"its outlines unreadable, its events are made anew", workspace.Running(), spoilOutlines, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, loop, shown := loadingWindow(t)
			w.open(nil) // the bundled samples
			waitLoads(t, loop, shown, 1)
			edited(t, w)
			path := savedBy(t, w, c.producer)
			if c.spoil != nil {
				c.spoil(t, path)
			}

			again, loop2, shown2 := loadingWindow(t)
			again.loadWorkspace(path)
			loop2.runUntil(t, "the first frame", func() bool { return len(again.events) > 0 })
			if got := again.outline != nil; got != c.outlined {
				t.Fatalf("outlines shown first: %v, want %v", got, c.outlined)
			}
			outlines := again.events
			waitLoads(t, loop2, shown2, 1)
			if !reflect.DeepEqual(again.events, w.events) {
				t.Errorf("the events reopened differ from those saved")
			}
			if n := countEdited(again.events); n != 3 {
				t.Errorf("%d events edited after reopening, want 3", n)
			}
			if c.outlined {
				for i := range outlines {
					if i >= len(again.events) || !sameOutline(outlines[i], again.events[i]) {
						t.Fatalf("outline %d does not outline event %d", i, i)
					}
				}
			}
			again.closeWorkspace() // waits for what it writes
			ws, err := workspace.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer ws.Close()
			if current, err := ws.Current(); !current || err != nil {
				t.Errorf("after the opening, the workspace's events are not current (%v): the next opening makes them anew", err)
			}
		})
	}
}

func TestWhileOutlinesShowWhatNeedsTheEventsWaits(t *testing.T) {
	_, path := editedSamples(t)
	exported := 0
	cases := []struct {
		name string
		do   func(t *testing.T, o *mainWindow)
		kept func(o *mainWindow) bool
	}{
		{"undo waits", func(_ *testing.T, o *mainWindow) { o.undo() },
			func(o *mainWindow) bool { return len(o.edits.Undone()) == 1 }},
		{"export waits", func(t *testing.T, o *mainWindow) {
			o.exportEvents = func(string, []event.Event) { exported++ }
			menuItem(t, o, "Export All Events…").Action()
		}, func(o *mainWindow) bool { return exported == 0 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, _ := outlinedWindow(t, path)
			c.do(t, o)
			if !c.kept(o) {
				t.Errorf("done while the events are read")
			}
		})
	}
}

func TestWhileOutlinesShowTheEventSelectedIsReadFromTheWorkspace(t *testing.T) {
	w, path := editedSamples(t)

	o, loop2 := outlinedWindow(t, path)
	o.list.list.Select(0) // as the user clicks the first row
	noted := o.list.selected
	if noted != 0 {
		t.Fatalf("the first row is event %d, want the first, which edited notes", noted)
	}
	if !o.details.hint.Visible() || o.details.hint.Text == selectHint {
		t.Error("the details do not say that they are being read")
	}
	loop2.runUntil(t, "the details", func() bool { return o.details.body.Visible() })
	got, want := o.details.shown, w.events[noted]
	if got.Sentence != want.Sentence || got.Note != want.Note || len(got.Reports) != len(want.Reports) || got.Source != want.Source {
		t.Errorf("details of %+v, want those of %+v", got, want)
	}
	if !o.details.edit.Disabled() {
		t.Error("Edit is offered before the events are read")
	}
	o.closeWorkspace() // as another set opens in its place
	o.list.list.Select(1)
	if !o.details.hint.Visible() {
		t.Error("an outline of a workspace closed shows details")
	}
}
