package workspace

import (
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/geo"
)

// The outlines of the events published are what a map, a timeline and a
// list of them need: each event's ID, type, date window, place, and what
// the analyst made of it (Edited and Review), in the order published. They
// are kept beside the layers, in one value (see outlinecodec.go), with a
// stamp of what the layers were made of, so that the same program opening
// the same workspace again shows its events at once (see Current), and
// reads the rest (sentences, actors, claims, counts, reports) after.

// A stamp says what the published layers were made of.
type stamp struct {
	// Producer is the program that published (see Running).
	Producer string `json:"producer"`
	// Inputs is what the events come from: the articles, layers and
	// edits stored (see inputsQuery).
	Inputs string `json:"inputs"`
}

// inputsQuery sums up the inputs of the events: how many articles, layers
// and edits there are, the last of each (rows are never numbered again:
// a row replaced is a row added), and how many edits are undone.
const inputsQuery = `SELECT
  (SELECT count(*) || ':' || ifnull(max(fid), 0) FROM articles) || ' ' ||
  (SELECT count(*) || ':' || ifnull(max(fid), 0) FROM chronomap_layers) || ' ' ||
  (SELECT count(*) || ':' || ifnull(max(fid), 0) || ':' || ifnull(sum(undone), 0) FROM edits)`

// querier is a transaction or the database.
type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}

// stampNow is the stamp of layers published now by the workspace's
// producer.
func (w *Workspace) stampNow(q querier) (stamp, error) {
	s := stamp{Producer: w.producer}
	err := q.QueryRow(inputsQuery).Scan(&s.Inputs)
	return s, err
}

// savedStamp is the stamp of the layers published, false when there is
// none, or none this program reads.
func savedStamp(q querier) (stamp, bool) {
	var text string
	var s stamp
	if q.QueryRow("SELECT stamp FROM chronomap_outlines").Scan(&text) != nil || json.Unmarshal([]byte(text), &s) != nil {
		return stamp{}, false
	}
	return s, true
}

// writeOutlines keeps, within tx, the outlines of the events published,
// stamped as the producer's.
func (w *Workspace) writeOutlines(tx *sql.Tx, events []event.Event) error {
	s, err := w.stampNow(tx)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(s) // of strings: cannot fail
	_, err = tx.Exec("INSERT OR REPLACE INTO chronomap_outlines (fid, stamp, outlines) VALUES (1, ?, ?)", string(b), encodeOutlines(events))
	return err
}

// stampedByProducer says whether the layers tx reads were published by
// the workspace's producer.
func (w *Workspace) stampedByProducer(tx *sql.Tx) bool {
	s, ok := savedStamp(tx)
	return ok && w.producer != "" && s.Producer == w.producer
}

// Current says whether the layers published, and their outlines, are what
// this program would publish of the workspace as it is: published by the
// same program (see Running), from the same articles, layers and edits.
// A workspace that an older program published, or none, or whose inputs
// changed since, is not.
func (w *Workspace) Current() (bool, error) {
	saved, ok := savedStamp(w.db)
	if !ok || w.producer == "" {
		return false, nil
	}
	now, err := w.stampNow(w.db)
	return err == nil && saved == now, w.named(err)
}

// Outlines are the outlines of the events published (see Current for
// whether they are the events this program would publish). A place is
// known's when known (the gazetteer's ByID) has one of the same ID, name
// and point; the events at one place share it, and the events of one
// date window theirs, so that a million outlines take a few hundred
// megabytes.
func (w *Workspace) Outlines(known func(id string) *geo.Place) ([]event.Event, error) {
	var b []byte
	if err := w.db.QueryRow("SELECT outlines FROM chronomap_outlines").Scan(&b); err != nil {
		return nil, w.named(err)
	}
	events, err := decodeOutlines(b, known)
	return events, w.named(err)
}

// PublishedEvent is the event with ID id as the events layer holds it,
// with its reports (see gpkg.ReadEvent): the details of an outline. An
// event without a place, which the layer cannot hold, is sql.ErrNoRows.
func (w *Workspace) PublishedEvent(id string, known func(id string) *geo.Place) (event.Event, error) {
	ev, err := gpkg.ReadEvent(w.db, id, known)
	if errors.Is(err, sql.ErrNoRows) {
		return ev, err
	}
	return ev, w.named(err)
}
