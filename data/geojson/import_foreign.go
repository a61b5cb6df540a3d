package geojson

import (
	"encoding/json"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// foreignFeature reads feature i of a layer written by another tool: its
// point, and its properties as package attrs maps them, which a CSV row's
// columns share; a place_id from the bundled gazetteer is checked as in
// Chronomap's own layer, which is what the event exports to.
func foreignFeature(name string, i int, f rawFeature) (event.Event, error) {
	at, err := decodePoint(f.Geometry)
	if err != nil {
		return event.Event{}, err
	}
	p, err := decodeProps(f.Properties)
	if err != nil {
		return event.Event{}, err
	}
	ev, err := attrs.Event(name, i, at, p)
	if err != nil {
		return event.Event{}, err
	}
	if err := checkSwapped(at, ev.Place.ID); err != nil {
		return event.Event{}, err
	}
	return ev, nil
}

// decodeProps reads the properties of a feature of another tool's layer,
// numbers as written (json.Number), so that a count or an id keeps every
// digit.
func decodeProps(raw json.RawMessage) (*attrs.Record, error) {
	var values map[string]any
	err := decodeProperties(raw, &values)
	return attrs.FromMap(values), err
}
