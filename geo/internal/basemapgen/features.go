package main

import (
	"fmt"

	"github.com/chronomap/chronomap/geo/basemap"
	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// feature is one Natural Earth feature of a layer, in Web Mercator metres.
type feature struct {
	layer   basemap.Layer
	polys   orb.MultiPolygon    // area layers
	lines   orb.MultiLineString // line layers
	minZoom float64
	class   basemap.Class
}

// source is a Natural Earth file and how its features become map features.
type source struct {
	file  string
	layer basemap.Layer
	// keep says whether a feature goes on the map (nil: all do).
	keep func(geojson.Properties) bool
	// minZoom is the zoom from which a feature is shown (nil: always).
	minZoom func(geojson.Properties) float64
	// class tells the feature's class (nil: 0).
	class func(geojson.Properties) basemap.Class
}

// sources are the map's layers, in the order their features are added, so
// that of two pieces in a cell the one listed first is drawn first.
var sources = []source{
	{file: "ne_10m_land", layer: basemap.Land},
	{file: "ne_10m_lakes", layer: basemap.Lakes, minZoom: lakeZoom},
	{file: "ne_10m_lakes_europe", layer: basemap.Lakes, minZoom: lakeZoom},
	{file: "ne_10m_admin_0_disputed_areas", layer: basemap.Disputed, keep: isDisputed, minZoom: disputedZoom},
	{file: "ne_10m_admin_0_disputed_areas", layer: basemap.DisputedOutlines, keep: isDisputed, minZoom: disputedZoom},
	{file: "ne_10m_rivers_lake_centerlines", layer: basemap.Rivers, keep: isRiver, minZoom: riverZoom, class: riverClass},
	{file: "ne_10m_rivers_europe", layer: basemap.Rivers, keep: isRiver, minZoom: riverZoom, class: riverClass},
	{file: "ne_10m_coastline", layer: basemap.Coastlines, minZoom: coastZoom},
	{file: "ne_10m_admin_0_boundary_lines_land", layer: basemap.Borders, class: borderClass},
}

// Lakes: Natural Earth's min_zoom, a little earlier, as the map's small
// lakes are dropped by size anyway (Sevan from 2.7, Mingachevir from 3.7).
func lakeZoom(p geojson.Properties) float64 { return max(0, p.MustFloat64("min_zoom", 0)-2) }

// Coastlines are stroked from zoom 3 on; below, the edge of the land on
// the sea draws the coast well enough, and the world's coasts are most of
// the lines of a world view.
func coastZoom(geojson.Properties) float64 { return 3 }

// Breakaway and disputed areas, not dependencies, leases or overlays.
func isDisputed(p geojson.Properties) bool {
	t := p.MustString("TYPE", "")
	return t == "Breakaway" || t == "Disputed"
}

func disputedZoom(p geojson.Properties) float64 { return max(0, p.MustFloat64("MIN_ZOOM", 0)-1) }

// Rivers, not the centre lines of the lakes they flow through, which the
// lakes cover.
func isRiver(p geojson.Properties) bool { return p.MustString("featurecla", "") != "Lake Centerline" }

// Rivers by scale rank: the largest at once, the Kura and Aras (rank 8)
// from continental zoom, the Europe supplement's (10 to 12) at regional.
func riverZoom(p geojson.Properties) float64 { return 0.6 * p.MustFloat64("scalerank", 10) }

func riverClass(p geojson.Properties) basemap.Class {
	if riverZoom(p) < 5 {
		return basemap.MajorRiver
	}
	return basemap.MinorRiver
}

func borderClass(p geojson.Properties) basemap.Class {
	if p.MustString("featurecla", "") == "International boundary (verify)" {
		return basemap.International
	}
	return basemap.Contested
}

// readFeatures reads every source.
func readFeatures(in inputs) ([]*feature, error) {
	var out []*feature
	read := map[string]*geojson.FeatureCollection{}
	for _, s := range sources {
		fc := read[s.file]
		if fc == nil {
			var err error
			if fc, err = naturalearth.Read(in.naturalEarth("10m", s.file)); err != nil {
				return nil, err
			}
			read[s.file] = fc
		}
		n := len(out)
		for i, f := range fc.Features {
			// A few features have no geometry: nothing to draw.
			if f.Geometry == nil || s.keep != nil && !s.keep(f.Properties) {
				continue
			}
			mf := &feature{layer: s.layer}
			if s.minZoom != nil {
				mf.minZoom = s.minZoom(f.Properties)
			}
			if s.class != nil {
				mf.class = s.class(f.Properties)
			}
			if err := mf.setGeometry(projected(f.Geometry)); err != nil {
				return nil, fmt.Errorf("%s: feature %d: %w", in.naturalEarth("10m", s.file), i, err)
			}
			out = append(out, mf)
		}
		in.logf("%s → %s: %d features", s.file, s.layer, len(out)-n)
	}
	return out, nil
}

// setGeometry sets the feature's polygons or lines from a geometry of the
// kind its layer has; the outline of an area becomes lines for an outline
// layer.
func (f *feature) setGeometry(g orb.Geometry) error {
	var polys orb.MultiPolygon
	switch g := g.(type) {
	case orb.Polygon:
		polys = orb.MultiPolygon{g}
	case orb.MultiPolygon:
		polys = g
	case orb.LineString:
		f.lines = orb.MultiLineString{g}
	case orb.MultiLineString:
		f.lines = g
	default:
		return fmt.Errorf("unexpected geometry %T", g)
	}
	switch {
	case f.layer.IsArea() && polys == nil:
		return fmt.Errorf("lines on the area layer %s", f.layer)
	case f.layer.IsArea():
		f.polys = polys
		for _, p := range polys {
			orient(p)
		}
	case polys != nil:
		for _, p := range polys {
			for _, r := range p {
				f.lines = append(f.lines, orb.LineString(r))
			}
		}
	}
	return nil
}

// orient turns a polygon's outer ring counter-clockwise and its holes
// clockwise, as a non-zero fill of several pieces needs.
func orient(p orb.Polygon) {
	for i, r := range p {
		if want := orb.CCW; (i == 0) != (r.Orientation() == want) {
			r.Reverse()
		}
	}
}
