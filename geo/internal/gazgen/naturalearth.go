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
		best, _, ok := largest(g, func(p orb.Polygon) float64 { return planar.Area(p) })
		return best, ok
	}
	return nil, false
}

// largest returns the non-empty part of a multi-geometry with the greatest
// size, and that size.
func largest[T ~[]E, E any](parts []T, size func(T) float64) (T, float64, bool) {
	var best T
	bestSize, found := -1.0, false
	for _, p := range parts {
		if s := size(p); s > bestSize && len(p) > 0 {
			best, bestSize, found = p, s, true
		}
	}
	return best, bestSize, found
}
