package geojson

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// ImportFile reads the events of the GeoJSON file at path (see Import).
func ImportFile(path string) ([]event.Event, error) { return attrs.ImportFile(path, Import) }

// Import reads events from a GeoJSON FeatureCollection of Points: an events
// layer written by Chronomap (see EncodeEvents), read whole with its merged
// reports, or any other point layer whose features carry a date, such as
// ACLED's. Of another layer it maps what it can (see attrs.Event): the date
// window, the event type, the place's name, the actors, the counts and the
// text, and keeps the other properties in the event's Extra; each event's
// source is the feature's "source" or else name. A
// UTF-8 byte-order mark before the JSON is skipped.
//
// Every point must be on Earth, every day within the years 1 to 9999, every
// count a whole number of people (see countOf). A file with a value that
// breaks a rule is not read at all, rather than read in part: the error
// starts with name and names the feature, by number and id, and the value.
//
// r is read a feature at a time, so that a layer of a million events takes
// the memory of its events, not of its text. The events share what many
// of them hold alike (see sharedValues): a value an event points to, its
// place, its days, is changed by pointing to another, never in place.
func Import(name string, r io.Reader) ([]event.Event, error) {
	l := layerReader{name: name, shared: newSharedValues()}
	if err := readFeatures(r, &l); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if l.foreign && l.count > 0 && !l.dated {
		return nil, fmt.Errorf("%s: no feature has a date: looked for the properties %s",
			name, strings.Join(attrs.DateNames(), ", "))
	}
	events := make([]event.Event, 0, l.count)
	for k, block := range l.blocks {
		events = append(events, block...)
		l.blocks[k] = nil // for the collector, while the rest are copied
	}
	return events, nil
}

// layerReader reads the events of a layer, a feature at a time. The first
// feature tells whose layer it is (see isChronomapLayer).
type layerReader struct {
	name    string
	foreign bool
	// blocks hold the events read, in blocks of eventBlock, so that a
	// million of them are copied once, when they are put together, rather
	// than over and over as one slice grows.
	blocks [][]event.Event
	count  int
	dated  bool // whether a foreign event has a date
	shared *sharedValues
}

const eventBlock = 4096

func (l *layerReader) restart() {
	l.blocks, l.count, l.dated = nil, 0, false
}

func (l *layerReader) take(i int, f rawFeature) error {
	if i == 0 {
		l.foreign = !isChronomapLayer(f)
	}
	var ev event.Event
	var err error
	if l.foreign {
		ev, err = foreignFeature(l.name, i, f)
		l.dated = l.dated || ev.Window != nil
	} else {
		ev, err = eventOf(f)
	}
	if err != nil {
		return f.errorAt(i, err)
	}
	l.shared.share(&ev)
	if l.count%eventBlock == 0 {
		l.blocks = append(l.blocks, make([]event.Event, 0, eventBlock))
	}
	last := &l.blocks[len(l.blocks)-1]
	*last = append(*last, ev)
	l.count++
	return nil
}

// isChronomapLayer says whether a collection whose first feature is first
// is an events layer Chronomap wrote: its features have the properties
// only that layer has together.
func isChronomapLayer(first rawFeature) bool {
	var p map[string]json.RawMessage
	if json.Unmarshal(first.Properties, &p) != nil {
		return false
	}
	for _, key := range []string{"event_type", "geo_precision", "time_precision", "offset", "source"} {
		if _, ok := p[key]; !ok {
			return false
		}
	}
	return true
}
