package geojson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/attrs"
)

// geometryTypes are the types of GeoJSON geometry other than Point, which
// an error names as they are.
var geometryTypes = map[string]bool{
	"MultiPoint": true, "LineString": true, "MultiLineString": true, "Polygon": true,
	"MultiPolygon": true, "GeometryCollection": true,
}

// decodePoint reads a feature's geometry, which must be a Point on Earth
// (see decodePosition).
func decodePoint(geometry json.RawMessage) (orb.Point, error) {
	if lon, lat, ok := writtenPoint(geometry); ok {
		return pointOf(lon, lat)
	}
	if isNull(geometry) {
		return orb.Point{}, errors.New("geometry is null, not a Point")
	}
	var g struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if err := json.Unmarshal(geometry, &g); err != nil {
		return orb.Point{}, fmt.Errorf("geometry %s is not a GeoJSON geometry", shown(geometry))
	}
	switch {
	case geometryTypes[g.Type]:
		return orb.Point{}, fmt.Errorf("geometry is a %s, not a Point", g.Type)
	case g.Type != "Point":
		return orb.Point{}, fmt.Errorf("geometry type %s is not Point", attrs.Shortened(g.Type))
	}
	return decodePosition(g.Coordinates)
}

// decodePosition reads a GeoJSON position: [longitude, latitude], finite
// and on Earth, rounded as the writer rounds it so that an imported event
// exports as it was read. A third number, the altitude GIS tools write for
// 3-D points, is accepted and dropped, as are any after it (RFC 7946 lets a
// reader ignore them): Chronomap's map is flat.
func decodePosition(raw json.RawMessage) (orb.Point, error) {
	if isNull(raw) {
		return orb.Point{}, errors.New("coordinates are missing: a Point needs [longitude, latitude]")
	}
	var numbers []json.RawMessage
	if err := json.Unmarshal(raw, &numbers); err != nil {
		return orb.Point{}, fmt.Errorf("coordinates %s are not an array [longitude, latitude]", shown(raw))
	}
	if len(numbers) < 2 {
		return orb.Point{}, fmt.Errorf("coordinates %s are too few: a Point needs [longitude, latitude]", shown(raw))
	}
	for _, n := range numbers {
		if !isNumber(n) {
			return orb.Point{}, fmt.Errorf("coordinates %s are not all numbers", shown(raw))
		}
	}
	return pointOf(numbers[0], numbers[1])
}

// pointOf is the point of the JSON numbers lonText and latText.
func pointOf(lonText, latText []byte) (orb.Point, error) {
	// A JSON number fails to parse only when it is too big for a float64,
	// and then comes back infinite, which attrs.CheckLonLat refuses.
	lon, _ := strconv.ParseFloat(string(lonText), 64)
	lat, _ := strconv.ParseFloat(string(latText), 64)
	if err := attrs.CheckLonLat(lon, lat, string(lonText), string(latText), lookSwapped); err != nil {
		return orb.Point{}, err
	}
	return orb.Point{attrs.RoundCoordinate(lon), attrs.RoundCoordinate(lat)}, nil
}

// writtenPoint reads the numbers of a geometry written as Chronomap
// writes a Point, {"type":"Point","coordinates":[lon,lat]}, most of a
// layer, without decoding it; ok is false for any other, which
// decodePoint decodes. The geometry must be valid JSON.
func writtenPoint(geometry []byte) (lon, lat []byte, ok bool) {
	coordinates, ok := bytes.CutPrefix(geometry, writtenPointStart)
	comma, end := bytes.IndexByte(coordinates, ','), bytes.IndexByte(coordinates, ']')
	if !ok || comma < 0 || end < comma || string(coordinates[end:]) != "]}" {
		return nil, nil, false
	}
	lon, lat = coordinates[:comma], coordinates[comma+1:end]
	return lon, lat, isPlainNumber(lon) && isPlainNumber(lat)
}

// isPlainNumber says whether a JSON value is a number with nothing around
// it: a number ends with a digit, and a value that holds a comma is more
// than one.
func isPlainNumber(value []byte) bool {
	return isNumber(value) && '0' <= value[len(value)-1] && value[len(value)-1] <= '9' && bytes.IndexByte(value, ',') < 0
}

var writtenPointStart = []byte(`{"type":"Point","coordinates":[`)

// isNumber says whether a JSON value is a number, by its first byte.
func isNumber(value []byte) bool {
	return len(value) > 0 && (value[0] == '-' || '0' <= value[0] && value[0] <= '9')
}

// lookSwapped ends the errors of points that seem written latitude first.
const lookSwapped = "the coordinates look swapped, [latitude, longitude] instead of GeoJSON's [longitude, latitude]"
