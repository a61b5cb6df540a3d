package main

import (
	"cmp"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
)

// readCountries builds a place for every country of countryInfo.txt, with
// the English forms of countries.tsv as alternate names, placed at GeoNames'
// point for it, else Google's, else its Natural Earth label point, else its
// capital (see countrypoints.go).
func readCountries(in inputs, cities map[int]*city) (map[string]*geo.Place, []countryShape, error) {
	countries := map[string]*geo.Place{}
	iso3 := map[string]string{} // ISO alpha-3 → alpha-2
	capitals := map[string]string{}
	err := readTSVFile(in.geonames("countryInfo.txt"), 17, func(r tsvRow) error {
		f := r.fields
		cc := f[0]
		if cc == "" {
			return nil
		}
		id, err := strconv.Atoi(f[16])
		if err != nil || id <= 0 {
			return r.errorf("bad geonameid %q", f[16])
		}
		pop, err := strconv.Atoi(cmp.Or(f[7], "0"))
		if err != nil || pop < 0 {
			return r.errorf("bad population %q", f[7])
		}
		countries[cc] = &geo.Place{
			ID: geonamesID(id), Name: strings.TrimSpace(f[4]), Kind: geo.Country,
			Feature: "PCLI", Country: cc, Population: pop,
		}
		iso3[f[1]] = cc
		capitals[cc] = strings.TrimSpace(f[5])
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	shapes, err := readCountryShapes(in, iso3)
	if err != nil {
		return nil, nil, err
	}
	points, err := countryLabelPoints(in, shapes)
	if err != nil {
		return nil, nil, err
	}
	sources, err := readCountryPointSources(in)
	if err != nil {
		return nil, nil, err
	}
	caps := capitalPoints(cities, capitals)
	interiors := map[string]orb.Point{}
	for _, s := range shapes {
		if _, ok := interiors[s.cc]; !ok {
			interiors[s.cc] = naturalearth.InteriorPoint(s.largest)
		}
	}
	bySource := map[string]int{}
	for _, cc := range slices.Sorted(maps.Keys(countries)) {
		pt, ok := points[cc]
		if !ok {
			pt, ok = caps[cc]
		}
		if !ok {
			pt, ok = interiors[cc]
		}
		pt, source, ok := sources.choose(cc, pt, ok)
		bySource[source]++
		if !ok {
			// Dissolved countries (Serbia and Montenegro) and uninhabited
			// territories without a polygon: nowhere to put them.
			in.logf("country %s %s: no label point, capital or polygon, left out", cc, countries[cc].Name)
			delete(countries, cc)
			continue
		}
		countries[cc].Point = pt
	}
	in.logf("countries: %d at GeoNames' point, %d at Google's, %d at their label point, capital or interior point (or left out)",
		bySource["geonames"], bySource["google"], bySource["fallback"])
	if err := addCountryNames(filepath.Join(in.tables, "countries.tsv"), countries); err != nil {
		return nil, nil, err
	}
	return countries, shapes, nil
}

// countryLabelPoints picks a Natural Earth label point for each country.
func countryLabelPoints(in inputs, shapes []countryShape) (map[string]orb.Point, error) {
	labels, err := naturalearth.Read(in.naturalEarth("ne_10m_admin_0_label_points"))
	if err != nil {
		return nil, err
	}
	out := map[string]orb.Point{}
	for _, s := range shapes {
		if _, done := out[s.cc]; done {
			continue
		}
		if pt, ok := naturalearth.CountryLabelPoint(labels, s.a3, s.largest); ok {
			out[s.cc] = pt
		}
	}
	return out, nil
}

// capitalPoints finds each country's capital among the cities: the most
// populous PPLC, else the most populous place with the capital's name.
func capitalPoints(cities map[int]*city, capitals map[string]string) map[string]orb.Point {
	type best struct {
		pop, rank, id int
		pt            orb.Point
	}
	found := map[string]best{}
	for _, c := range cities {
		rank := 2
		switch {
		case c.Feature == "PPLC":
			rank = 0
		case text.Fold(c.Name) == text.Fold(capitals[c.Country]) && capitals[c.Country] != "":
			rank = 1
		default:
			continue
		}
		b, ok := found[c.Country]
		if !ok || rank < b.rank || rank == b.rank && (c.Population > b.pop || c.Population == b.pop && c.geonameID < b.id) {
			found[c.Country] = best{c.Population, rank, c.geonameID, c.Point}
		}
	}
	out := make(map[string]orb.Point, len(found))
	for cc, b := range found {
		out[cc] = b.pt
	}
	return out
}

// addCountryNames reads countries.tsv: a country code, a tab and the
// comma-separated English forms news use for it.
func addCountryNames(name string, countries map[string]*geo.Place) error {
	return readTSVFile(name, 2, func(r tsvRow) error {
		c := countries[r.fields[0]]
		if c == nil {
			return r.errorf("unknown or unplaced country code %q", r.fields[0])
		}
		for _, n := range splitList(r.fields[1]) {
			n = strings.TrimSpace(n)
			if n == "" {
				return r.errorf("empty name in list")
			}
			c.AltNames = append(c.AltNames, n)
		}
		return nil
	})
}
