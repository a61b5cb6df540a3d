package app

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/chronomap/chronomap/data/event"
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

func TestAWorkspaceOpensFromItsOutlinesOnlyWhenCurrent(t *testing.T) {
	cases := []struct {
		name     string
		producer string
		outlined bool
	}{
		{"published by this Chronomap, its outlines show first", workspace.Running(), true},
		{"published by another, its events are made anew", "an older Chronomap", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, loop, shown := loadingWindow(t)
			w.open(nil) // the bundled samples
			waitLoads(t, loop, shown, 1)
			edited(t, w)
			path := savedBy(t, w, c.producer)

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
	w, loop, shown := loadingWindow(t)
	w.open(nil)
	waitLoads(t, loop, shown, 1)
	edited(t, w)
	path := savedBy(t, w, workspace.Running())
	exported := 0
	cases := []struct {
		name string
		do   func(t *testing.T, o *mainWindow)
		kept func(o *mainWindow) bool
	}{
		{"selecting says the details are being read", func(_ *testing.T, o *mainWindow) { o.list.list.Select(0) },
			func(o *mainWindow) bool { return o.details.hint.Visible() && o.details.hint.Text != selectHint }},
		{"undo waits", func(_ *testing.T, o *mainWindow) { o.undo() },
			func(o *mainWindow) bool { return len(o.edits.Undone()) == 1 }},
		{"export waits", func(t *testing.T, o *mainWindow) {
			o.exportEvents = func(string, []event.Event) { exported++ }
			menuItem(t, o, "Export All Events…").Action()
		}, func(o *mainWindow) bool { return exported == 0 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, loop2, _ := loadingWindow(t)
			o.loadWorkspace(path)
			loop2.runUntil(t, "the first frame", func() bool { return len(o.events) > 0 })
			t.Cleanup(o.closeWorkspace)
			if o.outline == nil {
				t.Fatal("no outlines shown first")
			}
			c.do(t, o)
			if !c.kept(o) {
				t.Errorf("done while the events are read")
			}
		})
	}
}
