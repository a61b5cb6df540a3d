package geojson

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/event"
	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"
)

// ImportFile reads the events of the GeoJSON file at path (see Import).
func ImportFile(path string) ([]event.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // an *fs.PathError, which names the file
	}
	defer f.Close()
	return Import(path, f)
}

// Import reads events from a GeoJSON FeatureCollection of Points: an events
// layer written by Chronomap (see EncodeEvents), read whole with its merged
// reports, or any other point layer whose features carry a date, such as
// ACLED's. Of another layer it maps what it can (see foreignEvent): the date
// window, the event type, the place's name, the actors, the counts and the
// text; each event's source is the feature's "source" or else name. Errors
// start with name.
func Import(name string, r io.Reader) ([]event.Event, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	fc, err := orbjson.UnmarshalFeatureCollection(b)
	if err != nil {
		return nil, fmt.Errorf("%s: not a GeoJSON FeatureCollection: %w", name, err)
	}
	var events []event.Event
	if isChronomapLayer(fc) {
		events, err = DecodeEvents(bytes.NewReader(b))
	} else {
		events, err = foreignEvents(name, fc)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return events, nil
}

// isChronomapLayer says whether a collection is an events layer Chronomap
// wrote: its features have the properties only that layer has together.
func isChronomapLayer(fc *orbjson.FeatureCollection) bool {
	if len(fc.Features) == 0 {
		return true // nothing to tell apart; an empty layer is empty either way
	}
	p := fc.Features[0].Properties
	for _, key := range []string{"event_type", "geo_precision", "time_precision", "offset", "source"} {
		if _, ok := p[key]; !ok {
			return false
		}
	}
	return true
}

// foreignEvents maps the features of a layer written by another tool.
func foreignEvents(name string, fc *orbjson.FeatureCollection) ([]event.Event, error) {
	events := make([]event.Event, 0, len(fc.Features))
	dated := false
	for i, f := range fc.Features {
		at, ok := f.Geometry.(orb.Point)
		if !ok {
			return nil, fmt.Errorf("feature %d: geometry is %s, not a Point", i+1, geometryName(f.Geometry))
		}
		ev, err := foreignEvent(name, i, at, newProps(f.Properties))
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i+1, err)
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

func geometryName(g orb.Geometry) string {
	if g == nil {
		return "null"
	}
	return "a " + g.GeoJSONType()
}
