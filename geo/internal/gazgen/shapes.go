package main

import (
	"cmp"
	"path/filepath"
	"slices"

	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// countryShape is a country's outline from Natural Earth's 1:50m countries.
type countryShape struct {
	cc      string
	a3      string // Natural Earth ADM0_A3
	shape   orb.MultiPolygon
	largest orb.Polygon
	bound   orb.Bound
}

// neCountryCodes maps the Natural Earth ADM0_A3 codes that are not ISO
// alpha-3 codes to ISO alpha-2.
var neCountryCodes = map[string]string{"KOS": "XK", "SDS": "SS", "PSX": "PS", "SAH": "EH", "ALD": "AX"}

// readCountryShapes reads the 1:50m country polygons, with their ISO
// alpha-2 code (from ISO_A2, else from ADM0_A3 through iso3).
func readCountryShapes(in inputs, iso3 map[string]string) ([]countryShape, error) {
	fc, err := naturalearth.Read(filepath.Join(in.data, "naturalearth", "50m", "ne_50m_admin_0_countries.geojson.gz"))
	if err != nil {
		return nil, err
	}
	var out []countryShape
	for _, f := range fc.Features {
		a3 := f.Properties.MustString("ADM0_A3", "")
		cc := f.Properties.MustString("ISO_A2", "")
		if len(cc) != 2 {
			cc = cmp.Or(iso3[a3], neCountryCodes[a3])
		}
		var mp orb.MultiPolygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			mp = orb.MultiPolygon{g}
		case orb.MultiPolygon:
			mp = g
		}
		if cc == "" || len(mp) == 0 {
			continue
		}
		largest := slices.MaxFunc(mp, func(a, b orb.Polygon) int { return cmp.Compare(planar.Area(a), planar.Area(b)) })
		out = append(out, countryShape{cc: cc, a3: a3, shape: mp, largest: largest, bound: mp.Bound()})
	}
	return out, nil
}

// countryAt returns the code of the country a point lies in, or "".
func countryAt(shapes []countryShape, pt orb.Point) string {
	for _, s := range shapes {
		if s.bound.Contains(pt) && planar.MultiPolygonContains(s.shape, pt) {
			return s.cc
		}
	}
	return ""
}
