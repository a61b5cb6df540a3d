package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"path/filepath"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/paulmach/orb"
)

// inputs are the files the basemap is built from.
type inputs struct {
	data  string    // the shared data folder, with naturalearth/
	stats io.Writer // where to report counts, or nil
}

func defaultInputs(root string) inputs {
	return inputs{data: filepath.Join(root, "..", "shared", "data")}
}

func (in inputs) naturalEarth(scale, name string) string {
	return filepath.Join(in.data, "naturalearth", scale, name+".geojson.gz")
}

func (in inputs) logf(format string, args ...any) {
	if in.stats != nil {
		fmt.Fprintf(in.stats, format+"\n", args...)
	}
}

// lod is a level of detail: its layout, and the zoom whose half pixel is
// the simplification tolerance: the top of its zoom range; for the last,
// open-ended level, a zoom at which the 1:10m data shows all it has in
// the region the map is about, and less elsewhere to keep the file small.
type lod struct {
	basemap.LevelSpec
	detailZoom float64
	regionZoom float64 // the detail zoom in detailRegion; 0: as elsewhere
}

// detailRegion is where the map keeps Natural Earth's full detail: Europe,
// the Caucasus, the Middle East and Central Asia.
var detailRegion = orb.Bound{Min: mercator(orb.Point{-25, 12}), Max: mercator(orb.Point{75, 62})}

// lods are the levels of detail. Grids are finer where views are smaller,
// so that a view touches a few dozen cells at every zoom.
// Coordinates are kept to half a pixel at the finest detail zoom (Bits is 9
// more than that zoom: the world is 256·2^z pixels wide).
var lods = []lod{
	{basemap.LevelSpec{MaxZoom: 3, Grid: 1, Bits: 12}, 3, 0},
	{basemap.LevelSpec{MaxZoom: 5, Grid: 16, Bits: 14}, 5, 0},
	{basemap.LevelSpec{MaxZoom: 7, Grid: 64, Bits: 16}, 7, 0},
	{basemap.LevelSpec{MaxZoom: 0, Grid: 256, Bits: 21}, 9, 12},
}

// tolerance is half a pixel at a detail zoom, in metres.
func tolerance(zoom float64) float64 {
	return basemap.WorldMetres / (256 * math.Exp2(zoom)) / 2
}

// inRegion reports whether a cell of the level's grid gets the region's
// detail.
func (l lod) inRegion(col, row int) bool {
	return l.regionZoom > 0 && basemap.CellBound(l.Grid, col, row).Intersects(detailRegion)
}

// shows reports whether a feature shown from minZoom on appears at the
// level at all.
func (l lod) shows(minZoom float64) bool { return l.MaxZoom == 0 || minZoom < l.MaxZoom }

// generate builds the basemap file.
func generate(in inputs) ([]byte, error) {
	features, err := readFeatures(in)
	if err != nil {
		return nil, err
	}
	labels, err := readLabels(in)
	if err != nil {
		return nil, err
	}
	specs := make([]basemap.LevelSpec, len(lods))
	for i, l := range lods {
		specs[i] = l.LevelSpec
	}
	b := basemap.NewBuilder(specs)
	for i, l := range lods {
		pieces := 0
		for _, f := range features {
			if l.shows(f.minZoom) {
				pieces += f.cut(l, func(p basemap.Piece) { b.Add(i, f.layer, p) })
			}
		}
		in.logf("level %d: %d pieces", i, pieces)
	}
	for _, l := range labels {
		b.AddLabel(l)
	}
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		return nil, err
	}
	in.logf("features %d, labels %d, file %d bytes", len(features), len(labels), buf.Len())
	return buf.Bytes(), nil
}
