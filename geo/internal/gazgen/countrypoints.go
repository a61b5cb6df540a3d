package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// Where a country is put matters more than any other point in the
// gazetteer: news name countries more than anything else, and a country's
// point is what a reader (and a scorer built on GeoNames) takes it to mean.
// Natural Earth's label points are made for drawing a label inside the
// outline, not for standing for the country: they put the United States in
// Colorado and Canada at 117° W. GeoNames has a point of its own for each
// country (the United States at 39.76 N 98.5 W), which is preferred; for
// the countries that table lacks, Google's canonical country points (DSPL,
// BSD-3-Clause) are the next best; the label point is the last resort.

// countryPointSources are the tables of country points, best first.
type countryPointSources struct {
	geonames map[string]orb.Point // countries/country-points.csv (GeoNames' country points)
	google   map[string]orb.Point // dspl/countries.csv (Google's canonical country points)
}

// readCountryPointSources reads both tables from the shared data folder.
func readCountryPointSources(in inputs) (countryPointSources, error) {
	gn, err := readPointsCSV(in.dataFile("countries", "country-points.csv"), "iso2", "latitude", "longitude")
	if err != nil {
		return countryPointSources{}, err
	}
	gg, err := readPointsCSV(in.dataFile("dspl", "countries.csv"), "country", "latitude", "longitude")
	if err != nil {
		return countryPointSources{}, err
	}
	return countryPointSources{geonames: gn, google: gg}, nil
}

// choose returns the point of country cc: GeoNames', else Google's, else
// fallback (the Natural Earth label point, the capital, ...) if ok. It says
// which source it took, for the statistics.
func (s countryPointSources) choose(cc string, fallback orb.Point, ok bool) (orb.Point, string, bool) {
	if pt, found := s.geonames[cc]; found {
		return pt, "geonames", true
	}
	if pt, found := s.google[cc]; found {
		return pt, "google", true
	}
	return fallback, "fallback", ok
}

// readPointsCSV reads a comma-separated table with a header line into points
// by the value of the key column. Rows with an empty or bad coordinate (the
// U.S. Minor Outlying Islands in Google's table) are skipped.
func readPointsCSV(name, keyCol, latCol, lonCol string) (map[string]orb.Point, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parsePointsCSV(name, f, keyCol, latCol, lonCol)
}

func parsePointsCSV(name string, r io.Reader, keyCol, latCol, lonCol string) (map[string]orb.Point, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", name)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	ki, ok1 := col[keyCol]
	lai, ok2 := col[latCol]
	loi, ok3 := col[lonCol]
	if !ok1 || !ok2 || !ok3 {
		return nil, fmt.Errorf("%s: header %q lacks %s, %s or %s", name, rows[0], keyCol, latCol, lonCol)
	}
	out := map[string]orb.Point{}
	for _, row := range rows[1:] {
		key := strings.TrimSpace(row[ki])
		lat, err1 := strconv.ParseFloat(strings.TrimSpace(row[lai]), 64)
		lon, err2 := strconv.ParseFloat(strings.TrimSpace(row[loi]), 64)
		if key == "" || err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			continue
		}
		out[key] = orb.Point{lon, lat}
	}
	return out, nil
}
