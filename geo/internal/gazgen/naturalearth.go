package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// readGeoJSON reads a gzip-compressed GeoJSON FeatureCollection.
func readGeoJSON(name string) (*geojson.FeatureCollection, error) {
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

// contains reports whether a point is inside a polygon (not in its holes).
func contains(p orb.Polygon, pt orb.Point) bool {
	return p.Bound().Contains(pt) && planar.PolygonContains(p, pt)
}

// largestPolygon returns the largest polygon of a polygon or multipolygon.
func largestPolygon(g orb.Geometry) (orb.Polygon, bool) {
	switch g := g.(type) {
	case orb.Polygon:
		return g, len(g) > 0
	case orb.MultiPolygon:
		var best orb.Polygon
		bestArea := -1.0
		for _, p := range g {
			if a := planar.Area(p); a > bestArea && len(p) > 0 {
				best, bestArea = p, a
			}
		}
		return best, best != nil
	}
	return nil, false
}
