package workspace

import (
	"database/sql"
	"reflect"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
)

// Publish writes the events and places layers anew: the events as the
// analyst left them, each with its reports, and the places the articles
// mention; and the outlines of the events, stamped as the producer's (see
// Current).
func (w *Workspace) Publish(events []event.Event, places []event.PlaceMentions) error {
	return w.update(func(tx *sql.Tx) error {
		err := gpkg.ReplaceLayers(tx, func(t *gpkg.Tables) error {
			if err := t.WriteEvents(events...); err != nil {
				return err
			}
			return t.WritePlaces(places...)
		})
		if err != nil {
			return err
		}
		return w.writeOutlines(tx, events)
	})
}

// Republish brings the events layer from before to after, the events as
// they were published and as they are now: only the events that changed
// are written again, so that an edit costs the few rows it changes, and
// the outlines, a few bytes an event. The layer stays the producer's if it
// was (see Current): a layer another program published is another
// program's still, changed or not.
func (w *Workspace) Republish(before, after []event.Event) error {
	old := make(map[string]*event.Event, len(before))
	for i := range before {
		old[before[i].ID] = &before[i]
	}
	var gone []string
	var changed []event.Event
	for i := range after {
		ev := &after[i]
		was, ok := old[ev.ID]
		delete(old, ev.ID)
		if ok && reflect.DeepEqual(was, ev) {
			continue
		}
		if ok {
			gone = append(gone, ev.ID)
		}
		changed = append(changed, *ev)
	}
	for id := range old {
		gone = append(gone, id)
	}
	return w.update(func(tx *sql.Tx) error {
		for _, id := range gone {
			if _, err := tx.Exec("DELETE FROM reports WHERE event_fid IN (SELECT fid FROM events WHERE id = ?)", id); err != nil {
				return err
			}
			if _, err := tx.Exec("DELETE FROM events WHERE id = ?", id); err != nil {
				return err
			}
		}
		t, err := gpkg.NewTables(tx)
		if err != nil {
			return err
		}
		if err := t.WriteEvents(changed...); err != nil {
			return err
		}
		if err := gpkg.UpdateExtents(tx); err != nil {
			return err
		}
		if !w.stampedByProducer(tx) {
			return nil
		}
		return w.writeOutlines(tx, after)
	})
}
