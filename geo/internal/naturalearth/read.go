// Package naturalearth holds what the generators share about reading
// Natural Earth layers: the gzip-compressed GeoJSON files of
// ../shared/data/naturalearth, and the choice of a point to name a polygon
// by.
package naturalearth

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/paulmach/orb/geojson"
)

// Read reads a gzip-compressed GeoJSON FeatureCollection.
func Read(name string) (*geojson.FeatureCollection, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fc, nil
}
