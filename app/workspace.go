package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/workspace"
)

var workspaceFilter = storage.NewExtensionFileFilter([]string{".gpkg"})

// workspaceIn is the workspace among paths, if one is a GeoPackage (see
// workspace.Open): opened, or dropped on the window, it opens in place of
// the set, whatever comes with it.
func workspaceIn(paths []string) (string, bool) {
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".gpkg") {
			return p, true
		}
	}
	return "", false
}

// newWorkspace asks where to make a new, empty workspace, and opens it in
// place of the set loaded.
func (w *mainWindow) newWorkspace() {
	save(w.win, "workspace.gpkg", workspaceFilter, func(path string) error {
		ws, err := workspace.Create(path)
		if err == nil {
			ws.Close()
		}
		return err
	}, "Could not make the workspace", w.loadWorkspace)
}

// openWorkspace asks for a workspace and opens it in place of the set
// loaded.
func (w *mainWindow) openWorkspace() {
	askFile(w.win, "Open Workspace", "Open", workspaceFilter, func(paths []string) { w.loadWorkspace(paths[0]) })
}

// saveWorkspace keeps the window's state in the workspace open, whose
// articles and edits are kept as they come; with none open, it asks where
// to make one of the set loaded, which the window then works in.
func (w *mainWindow) saveWorkspace() {
	if ws := w.workspace; ws != nil {
		if err := ws.SetState(stateKey, w.state()); err != nil {
			showError("Could not save the workspace", err, w.win)
			return
		}
		w.status.SetText("Saved " + filepath.Base(ws.Path()) + ".")
		return
	}
	set, events, log, state := w.set, w.events, w.edits, w.state()
	files := w.articleSource()
	save(w.win, "workspace.gpkg", workspaceFilter, func(path string) error {
		ws, err := workspace.Create(path)
		if err != nil {
			return err
		}
		defer ws.Close()
		return saveSet(ws, set, files, events, log, state)
	}, "Could not save the workspace", w.loadWorkspace)
}

// saveSet writes into ws the articles of set, read again, its layers, the
// edits, the events and the window's state.
func saveSet(ws *workspace.Workspace, set *articleSet, files articleSource, events []event.Event, log *edit.Log, state string) error {
	if set == nil {
		return nil
	}
	var articles []workspace.Stored
	for _, name := range set.names {
		a, err := files.read(name)
		if err != nil {
			return err
		}
		articles = append(articles, workspace.Stored{Path: set.files[name], Article: a})
	}
	if err := storeLoaded(ws, articles, set.layers, nil, nil); err != nil {
		return err
	}
	all := append(log.InForce(), log.Undone()...)
	for _, e := range all {
		if _, err := ws.SaveEdit(e); err != nil {
			return err
		}
	}
	if err := ws.SetUndone(len(log.Undone())); err != nil {
		return err
	}
	if err := ws.SetState(stateKey, state); err != nil {
		return err
	}
	return ws.Publish(events, set.places)
}

// storeLoaded writes into ws the articles and layers a load added, and the
// events and places layers anew, if events are given.
func storeLoaded(ws *workspace.Workspace, articles []workspace.Stored, layers []workspace.Layer, events []event.Event, places []event.PlaceMentions) error {
	if err := ws.AddArticles(articles); err != nil {
		return err
	}
	for _, l := range layers {
		if err := ws.AddLayer(l); err != nil {
			return err
		}
	}
	if events == nil {
		return nil
	}
	return ws.Publish(events, places)
}

// loadWorkspace opens the workspace at path in place of the set loaded:
// its events layer's outlines are shown at once when it is current (see
// outline.go), and its articles are extracted again (see loadStored), its
// edits applied, and the window put back as it was left.
func (w *mainWindow) loadWorkspace(path string) {
	go func() {
		ws, st, log, err := readWorkspace(path)
		var first *loaded
		if err == nil {
			// Outlines that cannot be read are made anew, as stale ones
			// are: the workspace opens as it would without them.
			first, _ = outlined(ws)
		}
		w.do(func() {
			if err != nil {
				showError("Could not open the workspace", err, w.win)
				return
			}
			w.closeWorkspace()
			w.stopFollowing()
			w.workspace = ws
			w.writesTo(ws)
			w.queued = nil
			req := loadRequest{stored: st, log: log, workspace: ws}
			if first != nil {
				st.current, req.behind = true, true
				first.log, first.editsSeen = log, w.editsMade
				w.showOutline(*first, st.state)
			}
			w.load(req)
		})
	}()
}

// readWorkspace opens the workspace at path and reads its edits and the
// window's state; the load reads its articles and layers.
func readWorkspace(path string) (*workspace.Workspace, *stored, *edit.Log, error) {
	ws, err := workspace.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	st := &stored{ws: ws}
	log, err := ws.Edits()
	if err == nil {
		st.state, err = ws.State(stateKey)
	}
	if err != nil {
		ws.Close()
		return nil, nil, nil, err
	}
	return ws, st, log, nil
}

// loadStored adds to set what a workspace holds: its layers, and its
// articles, extracted again with the rules of this version of Chronomap,
// which may find more than the version that made the workspace.
func loadStored(ctx context.Context, st *stored, set *articleSet, x *extract.Extractor, add func(extract.Result)) error {
	stored, err := st.ws.Articles(ctx)
	if err != nil {
		return err
	}
	layers, err := st.ws.Layers(ctx)
	if err != nil {
		return err
	}
	for _, l := range layers {
		set.addCollection(l.Path, l.Events)
	}
	articles := make([]article.Article, len(stored))
	paths := map[string]string{}
	for i, s := range stored {
		articles[i], paths[s.Article.Name] = s.Article, s.Path
	}
	batch := extract.Batch{Extractor: x}
	return batch.RunArticles(ctx, articles, func(r extract.Result) error {
		r.Path = paths[r.Article.Name]
		add(r)
		return nil
	})
}

// closeWorkspace keeps the window's state in the workspace open, if any,
// and closes it. The load under way, which may be reading it, is dropped
// first: closing waits for the reads under way.
func (w *mainWindow) closeWorkspace() {
	ws := w.workspace
	if ws == nil {
		return
	}
	if w.dropLoad != nil {
		w.dropLoad()
		w.dropLoad = nil
	}
	w.workspace = nil
	w.writesTo(nil) // the edits queued are written first
	if !ws.ReadOnly() {
		ws.SetState(stateKey, w.state())
	}
	ws.Close()
	w.win.SetTitle("Chronomap")
}

// republish writes into ws the events shown, and the places, anew, so
// that its events layer is this Chronomap's and opens at once next time
// (see outline.go). Of a million events that takes minutes, in the
// background: the edits made meanwhile are written after it, in order.
func (w *mainWindow) republish(ws *workspace.Workspace) {
	events, places := w.events, w.set.places
	w.writes.write(func() error { return ws.Publish(events, places) })
}

// showWorkspace names the workspace in the title once its load is shown,
// puts the window back as it was left, and says what could not be stored.
func (w *mainWindow) showWorkspace(res loaded) {
	ws := res.workspace
	if ws == nil || ws != w.workspace {
		return
	}
	title := filepath.Base(ws.Path()) + " — Chronomap"
	if ws.ReadOnly() {
		title = filepath.Base(ws.Path()) + " (read-only) — Chronomap"
	}
	w.win.SetTitle(title)
	if res.state != "" {
		w.restoreState(res.state)
	}
	if res.stale && w.writes != nil {
		w.republish(ws)
	}
	switch {
	case res.storeErr != nil:
		showError("Could not keep the articles in the workspace", res.storeErr, w.win)
	case ws.ReadOnly() && res.state != "" || ws.ReadOnly() && res.addedTo == nil:
		dialog.ShowInformation("Opened read-only",
			fmt.Sprintf("%s is open in another Chronomap window. It is shown here as it was saved, and nothing done here is kept in it.", filepath.Base(ws.Path())), w.win)
	}
}
