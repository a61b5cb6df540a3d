package app

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chronomap/chronomap/data/event"
	tl "github.com/chronomap/chronomap/data/timeline"
	"github.com/chronomap/chronomap/data/workspace"
	"github.com/chronomap/chronomap/geo"
)

// A workspace whose events layer is current (see workspace.Current) is
// shown at once from it: the outlines of its events (their places, date
// windows, types and reviews; see workspace.Outlines) are what the map,
// the timeline and the list draw, and take a few seconds and a few hundred
// megabytes for a million events. The load of the whole set (its
// articles extracted, its layers imported, its edits applied) goes on
// behind them, and replaces them with the events once done, the window
// as the user left it meanwhile.
//
// Until then, the details of the event selected are read from the
// workspace's events layer as it holds them, and what needs more of the
// events than their outlines waits: the search, the corrections, Undo and
// Redo, and the export of events. The map, the timeline, the type filters,
// the figure and the animation work on the outlines.

// outlineMode is the window showing outlines; nil once it shows events.
type outlineMode struct {
	// query and selected are the search and the event selected (a
	// report's key, see edit.Key) that the workspace saved: the search
	// needs the events' words, and the key their reports, so both are
	// put back with the events.
	query, selected string
	// failed is set when the load of the events failed: what waits for
	// them waits in vain.
	failed bool
}

// outlined is the first frame of the workspace ws, if its events layer is
// current: its outlines, prepared for the map, the list and the timeline.
// It is nil, with no error, when the layer is not current.
func outlined(ws *workspace.Workspace) (*loaded, error) {
	current, err := ws.Current()
	if err != nil || !current {
		return nil, err
	}
	g, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the gazetteer: %w", err)
	}
	events, err := ws.Outlines(g.ByID)
	if err != nil {
		return nil, err
	}
	res := prepared(loaded{events: events, index: indexOutlines(events), gazetteer: g, workspace: ws})
	return &res, nil
}

// showOutline shows the outlines of the workspace open, as it was left
// (saved, its window's state) but for the search and the selection (see
// outlineMode), while its load goes on. The search waits for the events.
func (w *mainWindow) showOutline(res loaded, saved string) {
	mode := &outlineMode{}
	var s windowState
	if saved != "" && json.Unmarshal([]byte(saved), &s) == nil {
		mode.query, mode.selected = s.Query, s.Selected
		s.Query, s.Selected = "", ""
		b, _ := json.Marshal(s) // of strings and numbers: cannot fail
		res.state = string(b)
	}
	w.showEvents(res)
	w.outline = mode
	w.list.search.Disable()
	w.loadedStatus = readingText(len(res.events))
	w.applyFilter()
	w.mapView.FitEvents()
	w.showWorkspace(res)
}

// readingText is the status line while the events behind outlines load.
func readingText(n int) string {
	return fmt.Sprintf("%s · reading their details…", counted(n, "event"))
}

// waitingForEvents says, when the window shows outlines, that what the
// user asked for waits for the events, and returns true; false when the
// events are there.
func (w *mainWindow) waitingForEvents() bool {
	switch {
	case w.outline == nil:
		return false
	case w.outline.failed:
		w.status.SetText("The workspace's events could not be read: open it again.")
	default:
		w.status.SetText("The events' details are still being read; try again in a moment.")
	}
	return true
}

// showBehind replaces the outlines shown with the events their load gave,
// the window as the user left it meanwhile, the search and selection saved
// put back; the user's own selection, made meanwhile, wins: the events are
// those outlined, in the same order. A load that failed leaves the
// outlines, and says why.
func (w *mainWindow) showBehind(res loaded, err error) {
	mode := w.outline
	if mode == nil || w.workspace == nil {
		return // closed meanwhile; a load that replaces this one drops it
	}
	if err != nil {
		mode.failed = true
		w.status.SetText("Could not read the workspace's events.")
		w.showLoadError(err)
		return
	}
	picked := -1
	if i := w.list.selected; i >= 0 && i < len(w.events) {
		picked = i
	}
	outlines, state := w.events, w.state()
	w.showEvents(res)
	w.loadedStatus = loadedText(res)
	w.restoreState(state)
	w.applyFilter()
	if picked >= 0 && picked < len(w.events) && sameOutline(outlines[picked], w.events[picked]) {
		w.selected(picked, nil)
	}
	w.showProblems(res)
	if res.storeErr != nil {
		showError("Could not keep the articles in the workspace", res.storeErr, w.win)
	}
}

// sameOutline says whether event ev is outlined by o: of the same type,
// at the same point, in the same window of days.
func sameOutline(o, ev event.Event) bool {
	samePoint := (o.Place == nil) == (ev.Place == nil) && (o.Place == nil || o.Place.Point == ev.Place.Point)
	sameDays := (o.Window == nil) == (ev.Window == nil) &&
		(o.Window == nil || tl.DayOf(o.Window.Start) == tl.DayOf(ev.Window.Start) && tl.DayOf(o.Window.End) == tl.DayOf(ev.Window.End))
	return o.Type == ev.Type && samePoint && sameDays
}

// showPublished shows in the details the event i outlines, read from the
// workspace's events layer off the UI goroutine, unless the selection or
// the events shown changed meanwhile. An event the layer does not hold
// (one without a place), or an outline of a workspace closed meanwhile
// (as another set loads in its place), waits for the events.
func (w *mainWindow) showPublished(i int) {
	w.details.waiting()
	mode, ws, g, id := w.outline, w.workspace, w.gazetteer, w.events[i].ID
	if ws == nil {
		return
	}
	go func() {
		ev, err := ws.PublishedEvent(id, g.ByID)
		w.do(func() {
			if w.outline != mode || w.list.selected != i {
				return
			}
			switch {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				w.status.SetText("Could not read the event's details: " + err.Error())
			default:
				w.details.showUneditable(ev)
			}
		})
	}()
}
