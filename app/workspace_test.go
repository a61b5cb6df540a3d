package app

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/workspace"
)

// saveAndReopen saves w's set as a new workspace, as Save Workspace… does,
// and opens it in a new window, as Open Workspace… does.
func saveAndReopen(t *testing.T, w *mainWindow) (*mainWindow, uiLoop, *int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "work.gpkg")
	ws, err := workspace.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := saveSet(ws, w.set, w.articleSource(), w.events, w.edits, w.state()); err != nil {
		t.Fatal(err)
	}
	ws.Close()
	again, loop, shown := loadingWindow(t)
	again.loadWorkspace(path)
	waitLoads(t, loop, shown, 1)
	t.Cleanup(again.closeWorkspace)
	return again, loop, shown
}

// edited makes a few edits of w's events, as an analyst would.
func edited(t *testing.T, w *mainWindow) {
	t.Helper()
	if len(w.events) < 3 {
		t.Fatalf("%d events, want 3 or more to edit", len(w.events))
	}
	keys := w.editKeys()
	w.commitEdit(edit.New(edit.Annotate, &w.events[0], keys, edit.Value{Note: "Checked against the ministry's map."}))
	w.commitEdit(edit.New(edit.Review, &w.events[1], keys, edit.Value{Review: event.Rejected}))
	w.commitEdit(edit.New(edit.Retype, &w.events[2], keys, edit.Value{Type: event.Clash}))
	w.commitEdit(edit.New(edit.Annotate, &w.events[2], keys, edit.Value{Note: "undone"}))
	w.undo()
}

func TestWorkspaceReopensAsLeft(t *testing.T) {
	w, loop, shown := loadingWindow(t)
	w.open(nil) // the bundled samples
	waitLoads(t, loop, shown, 1)
	edited(t, w)
	w.list.search.SetText("Stepanakert")
	w.list.hide(event.Protest)

	again, _, _ := saveAndReopen(t, w)
	if !reflect.DeepEqual(again.events, w.events) {
		t.Errorf("the events reopened differ from those saved")
	}
	if n := countEdited(again.events); n != 3 {
		t.Errorf("%d events edited after reopening, want 3", n)
	}
	if got, want := again.edits.InForce(), w.edits.InForce(); !sameEdits(got, want) {
		t.Errorf("edits in force %+v, want %+v", got, want)
	}
	if got := len(again.edits.Undone()); got != 1 {
		t.Errorf("%d edits undone, want 1: Redo still redoes it", got)
	}
	if again.list.search.Text != "Stepanakert" || again.list.types[event.Protest].Checked {
		t.Errorf("the filter did not come back: search %q, protests shown %v", again.list.search.Text, again.list.types[event.Protest].Checked)
	}
	if got, want := again.win.Title(), "work.gpkg — Chronomap"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	// Redo in the workspace reopened, close, and open once more.
	again.redo()
	path := again.workspace.Path()
	want := again.events
	again.closeWorkspace()
	third, loop3, shown3 := loadingWindow(t)
	third.loadWorkspace(path)
	waitLoads(t, loop3, shown3, 1)
	defer third.closeWorkspace()
	if !reflect.DeepEqual(third.events, want) {
		t.Errorf("the redo was not kept in the workspace")
	}
}

// sameEdits compares edits but for their IDs, which the store numbers.
func sameEdits(a, b []edit.Edit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		x.ID, y.ID = 0, 0
		x.At, y.At = x.At.UTC(), y.At.UTC()
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

func TestWorkspaceOfEvalDevReopensAsLeft(t *testing.T) {
	docs := filepath.Join("..", "..", "shared", "eval-dev", "docs")
	if _, err := os.Stat(docs); err != nil {
		t.Skip("no ../shared/eval-dev beside the repository: skipped")
	}
	w, loop, shown := loadingWindow(t)
	w.open([]string{docs})
	waitLoads(t, loop, shown, 1)
	edited(t, w)
	again, _, _ := saveAndReopen(t, w)
	if !reflect.DeepEqual(again.events, w.events) {
		t.Errorf("the events reopened differ from those saved")
	}
}

func countEdited(events []event.Event) int {
	n := 0
	for _, e := range events {
		if e.Edited {
			n++
		}
	}
	return n
}

func TestASecondWindowOpensAWorkspaceReadOnly(t *testing.T) {
	w, loop, shown := loadingWindow(t)
	w.open(nil)
	waitLoads(t, loop, shown, 1)
	first, _, _ := saveAndReopen(t, w)
	second, loop2, shown2 := loadingWindow(t)
	second.loadWorkspace(first.workspace.Path())
	waitLoads(t, loop2, shown2, 1)
	defer second.closeWorkspace()
	if !second.workspace.ReadOnly() {
		t.Fatal("a second window writes into a workspace open in the first")
	}
	if got, want := second.win.Title(), "work.gpkg (read-only) — Chronomap"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if d := second.win.Canvas().Overlays().Top(); d == nil || !strings.Contains(strings.Join(labelTexts(d), " "), "open in another Chronomap window") {
		t.Errorf("no dialog says the workspace is read-only")
	}
	second.commitEdit(edit.New(edit.Annotate, &second.events[0], second.editKeys(), edit.Value{Note: "kept nowhere"}))
	log, err := first.workspace.Edits()
	if err != nil || len(log.InForce()) != 0 {
		t.Errorf("the read-only window's edit reached the workspace: %d edits, %v", len(log.InForce()), err)
	}
}
