package geojson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// ImportFile reads the events of the GeoJSON file at path (see Import).
func ImportFile(path string) ([]event.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		// Named first, as every other error of an import: "x.geojson:
		// permission denied", not "open x.geojson: permission denied".
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	return Import(path, f)
}

// Import reads events from a GeoJSON FeatureCollection of Points: an events
// layer written by Chronomap (see EncodeEvents), read whole with its merged
// reports, or any other point layer whose features carry a date, such as
// ACLED's. Of another layer it maps what it can (see foreignEvent): the date
// window, the event type, the place's name, the actors, the counts and the
// text; each event's source is the feature's "source" or else name. A
// UTF-8 byte-order mark before the JSON is skipped.
//
// Every point must be on Earth, every day within the years 1 to 9999, every
// count a whole number of people (see countOf). A file with a value that
// breaks a rule is not read at all, rather than read in part: the error
// starts with name and names the feature, by number and id, and the value.
func Import(name string, r io.Reader) ([]event.Event, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	features, err := readCollection(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var events []event.Event
	if isChronomapLayer(features) {
		events, err = eventsOf(features)
	} else {
		events, err = foreignEvents(name, features)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return events, nil
}

// isChronomapLayer says whether a collection is an events layer Chronomap
// wrote: its features have the properties only that layer has together.
func isChronomapLayer(features []rawFeature) bool {
	if len(features) == 0 {
		return true // nothing to tell apart; an empty layer is empty either way
	}
	var p map[string]json.RawMessage
	if json.Unmarshal(features[0].Properties, &p) != nil {
		return false
	}
	for _, key := range []string{"event_type", "geo_precision", "time_precision", "offset", "source"} {
		if _, ok := p[key]; !ok {
			return false
		}
	}
	return true
}

// foreignEvents maps the features of a layer written by another tool.
func foreignEvents(name string, features []rawFeature) ([]event.Event, error) {
	events := make([]event.Event, 0, len(features))
	dated := false
	for i, f := range features {
		ev, err := foreignFeature(name, i, f)
		if err != nil {
			return nil, f.errorAt(i, err)
		}
		dated = dated || ev.Window != nil
		events = append(events, ev)
	}
	if len(events) > 0 && !dated {
		return nil, fmt.Errorf("no feature has a date: looked for the properties %s",
			strings.Join(slices.Concat(dayKeys, startKeys, endKeys), ", "))
	}
	return events, nil
}

// foreignFeature reads feature i of a layer written by another tool.
func foreignFeature(name string, i int, f rawFeature) (event.Event, error) {
	at, err := decodePoint(f.Geometry)
	if err != nil {
		return event.Event{}, err
	}
	p, err := decodeProps(f.Properties)
	if err != nil {
		return event.Event{}, err
	}
	return foreignEvent(name, i, at, p)
}

// decodeProps reads the properties of a feature of another tool's layer,
// numbers as written (json.Number), so that a count or an id keeps every
// digit.
func decodeProps(raw json.RawMessage) (props, error) {
	var values map[string]any
	err := decodeProperties(raw, &values)
	return newProps(values), err
}
