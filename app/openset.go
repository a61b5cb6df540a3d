package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/chronomap/chronomap/data/edit"
)

// open reads the articles at paths (the seeds if there are none) into a
// new set and extracts their events off the UI goroutine, then shows them.
// A load or Add still under way is dropped, and the Adds queued behind it:
// the newer set replaces them. The folder followed, if any, is no longer.
func (w *mainWindow) open(paths []string) {
	if ws, ok := workspaceIn(paths); ok {
		w.loadWorkspace(ws)
		return
	}
	w.closeWorkspace() // a new set is not the workspace's
	w.stopFollowing()
	w.queued = nil
	w.load(loadRequest{paths: paths})
}

// replace is Open: it asks before a new set replaces the one loaded, unless
// that is only the bundled samples, which can always be had again.
func (w *mainWindow) replace(paths []string) {
	if w.set == nil || len(w.set.paths) == 0 || len(w.events) == 0 {
		w.open(paths)
		return
	}
	d := dialog.NewConfirm(fmt.Sprintf("Replace the %s loaded?", counted(len(w.events), "event")),
		"Open starts a new set of articles. To keep these, add to them with Add Articles…, Add Folder… or Import Events…, or drop files on the window.",
		func(ok bool) {
			if ok {
				w.open(paths)
			}
		}, w.win)
	d.SetConfirmText("Replace")
	d.SetDismissText("Cancel")
	d.Show()
}

// add reads the articles at paths into the set loaded (see enqueue).
func (w *mainWindow) add(paths []string) { w.enqueue(loadRequest{paths: paths}) }

// dropped adds the files and folders dropped on the window: layers of
// events (GeoJSON, CSV) import, folders and .txt files read as articles,
// and other files are skipped (see loadArticles).
func (w *mainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if ws, ok := workspaceIn(paths); ok {
		w.loadWorkspace(ws)
		return
	}
	w.enqueue(loadRequest{paths: paths, dropped: true})
}

// enqueue adds what req asks for to the set loaded, off the UI goroutine;
// while a load or another Add is under way, it waits for it, and then adds
// to what that loaded, so that no Add is lost or adds to a set replaced.
func (w *mainWindow) enqueue(req loadRequest) {
	if len(req.paths) == 0 {
		return
	}
	if w.outline != nil && w.outline.failed { // there is no set to add to
		w.waitingForEvents()
		return
	}
	if w.dropLoad != nil {
		w.queued = append(w.queued, req)
		return
	}
	req.base = w.set
	w.load(req)
}

// load starts what req asks for, dropping the load under way if any.
func (w *mainWindow) load(req loadRequest) {
	if w.dropLoad != nil {
		w.dropLoad()
	}
	if req.log == nil {
		req.log = edit.NewLog(nil, 0) // a new set starts with no edits
		if req.base != nil {
			req.log = w.edits
		}
	}
	req.edits, req.editsSeen = slices.Clone(req.log.InForce()), w.editsMade
	if req.base != nil && w.workspace != nil && !w.workspace.ReadOnly() {
		req.workspace = w.workspace // an Add goes into it
	}
	w.dropLoad = startLoad(context.Background(), loadUI{w.win, w.status.SetText, func(res loaded, err error) {
		w.dropLoad = nil
		switch {
		case req.followed != "":
			w.showFollowed(req, res, err)
		case req.behind:
			w.showBehind(res, err)
		default:
			w.show(res, err)
		}
		if err == nil {
			w.remember(res)
		}
		if w.shown != nil {
			w.shown(err)
		}
		w.next()
	}, w.do, func() { w.dropLoad, w.queued = nil, nil }}, req)
}

// next starts the first Add queued, if any.
func (w *mainWindow) next() {
	if len(w.queued) == 0 {
		return
	}
	req := w.queued[0]
	w.queued = w.queued[1:]
	w.enqueue(req)
}

// remember puts the set loaded first in Open Recent, in place of the set it
// grew from.
func (w *mainWindow) remember(res loaded) {
	if ws := res.workspace; ws != nil {
		if res.addedTo == nil { // opened, not added to
			prefs{w.app.Preferences()}.addRecentSet(recentSet{Paths: []string{absolute(ws.Path())},
				Articles: res.set.articles, Collections: res.set.collections}, nil)
			w.setMenu()
		}
		return
	}
	if res.set == nil || len(res.set.paths) == 0 || res.set == res.addedTo {
		return
	}
	var was []string
	if res.addedTo != nil {
		was = res.addedTo.paths
	}
	prefs{w.app.Preferences()}.addRecentSet(recentSet{Paths: res.set.paths, Articles: res.set.articles, Collections: res.set.collections}, was)
	w.setMenu()
}

// addedText is the status line after an Add: "Added 3 articles, 5 events
// (81 in all)"; before is how many events there were.
func addedText(res loaded, before int) string {
	text := "Added " + addedList(res, before)
	if res.again > 0 {
		text += "; " + againText(res.again)
	}
	return text
}

// addedList says what an Add added: "3 articles, 1 changed article, 5
// events (81 in all)"; before is how many events there were.
func addedList(res loaded, before int) string {
	var added []string
	if n := len(res.set.added); n > 0 {
		added = append(added, counted(n, "article"))
	}
	if n := res.collections - res.addedTo.collectionCount(); n > 0 {
		added = append(added, counted(n, "layer"))
	}
	if n := len(res.set.replaced); n > 0 {
		added = append(added, counted(n, "changed article"))
	}
	return strings.Join(added, ", ") + eventsAdded(res, before)
}

// eventsAdded ends the status line of an Add with the events it added:
// ", 5 events (81 in all)"; or, when it read changed articles and added
// none, " (81 events in all)". Reports that join events already loaded
// add none, and a changed article may take away as many as it brings.
func eventsAdded(res loaded, before int) string {
	n, all := len(res.events)-before, len(res.events)
	if n <= 0 && len(res.set.replaced) > 0 {
		return fmt.Sprintf(" (%s in all)", counted(all, "event"))
	}
	return fmt.Sprintf(", %s (%s in all)", counted(max(n, 0), "event"), thousands(all))
}

// againText says how many files an Add left out as loaded already.
func againText(n int) string {
	if n == 1 {
		return "1 file was loaded already"
	}
	return thousands(n) + " files were loaded already"
}
