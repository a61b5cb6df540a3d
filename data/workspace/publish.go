package workspace

import (
	"database/sql"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
)

// Publish writes the events and places layers anew: the events as the
// analyst left them, each with its reports, and the places the articles
// mention.
func (w *Workspace) Publish(events []event.Event, places []event.PlaceMentions) error {
	return w.update(func(tx *sql.Tx) error {
		if err := gpkg.ClearLayers(tx); err != nil {
			return err
		}
		t, err := gpkg.NewTables(tx)
		if err != nil {
			return err
		}
		if err := t.WriteEvents(events...); err != nil {
			return err
		}
		if err := t.WritePlaces(places...); err != nil {
			return err
		}
		return t.Close()
	})
}
