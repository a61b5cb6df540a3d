package app

import (
	"os/user"
	"slices"
	"time"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
)

// commitEdit makes edit e of the events shown: it records it, with who
// made it and when, applies it, and keeps the event selected.
func (w *mainWindow) commitEdit(e edit.Edit) {
	if w.set == nil {
		return
	}
	e.Who, e.At = analyst(), time.Now().UTC()
	w.edits.Do(e)
	w.editsMade++
	before := w.events
	w.reapplyEdits()
	w.keepEdits(&e, before)
}

// undo takes back the last edit, redo puts back the last undone; each
// says in the status line what it did.
func (w *mainWindow) undo() { w.step(w.edits.Undo, "Undid") }
func (w *mainWindow) redo() { w.step(w.edits.Redo, "Redid") }

func (w *mainWindow) step(do func() (edit.Edit, bool), verb string) {
	if w.waitingForEvents() || w.set == nil {
		return
	}
	e, ok := do()
	if !ok {
		w.status.SetText("Nothing to " + map[string]string{"Undid": "undo", "Redid": "redo"}[verb] + ".")
		return
	}
	w.editsMade++
	before := w.events
	w.reapplyEdits()
	w.keepEdits(nil, before)
	w.status.SetText(verb + " " + describeEdit(e) + ".")
}

// editKeys name the reports of the set loaded in edits.
func (w *mainWindow) editKeys() edit.Keys { return w.set.keys() }

// reapplyEdits shows the events with the edits in force, the selected
// event still selected, the view where it was.
func (w *mainWindow) reapplyEdits() {
	keys := w.editKeys()
	selected := ""
	if i := w.list.selected; i >= 0 && i < len(w.events) {
		selected = keys.KeyOf(&w.events[i])
	}
	events, _ := editedEvents(w.merged, slices.Clone(w.edits.InForce()), w.set)
	res := prepared(loaded{set: w.set, events: events})
	w.events = events
	w.list.setEvents(res.index)
	w.mapView.ReplaceEvents(res.onMap.events, res.onMap.places)
	w.timeline.SetIndex(res.days)
	w.applyFilter()
	if at := holding(events, keys, selected); at >= 0 {
		w.selected(at, nil)
	} else {
		w.unselect()
	}
}

// holding is the index of the event one of whose reports has key, -1 if
// none has.
func holding(events []event.Event, keys edit.Keys, key string) int {
	if key == "" {
		return -1
	}
	for i := range events {
		if slices.Contains(keys.All(&events[i]), key) {
			return i
		}
	}
	return -1
}

// analyst is who makes the edits: the user logged in.
func analyst() string {
	if u, err := user.Current(); err == nil {
		if u.Name != "" {
			return u.Name
		}
		return u.Username
	}
	return ""
}

// describeEdit names what e did, for the status line: "the move to
// Tartar", "the note".
func describeEdit(e edit.Edit) string {
	switch e.Kind {
	case edit.Move:
		if p := e.After.Place; p != nil {
			return "the move to " + p.Name
		}
		return "the move"
	case edit.Redate:
		return "the change of date"
	case edit.Retype:
		return "the change of type to " + e.After.Type.Info().Label
	case edit.Review:
		switch e.After.Review {
		case event.Verified:
			return "the verification"
		case event.Rejected:
			return "the rejection"
		}
		return "the review"
	case edit.Annotate:
		return "the note"
	case edit.Merge:
		return "the merge"
	}
	return "the split"
}
