package main

import (
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// censusCounty is a row of the US Census Bureau's county gazetteer
// (2018_Gaz_counties_national.txt, public domain): a county or county
// equivalent (parish, borough, census area, independent city, and the
// municipios of Puerto Rico).
type censusCounty struct {
	state string // USPS code: "KY"
	geoid string // state and county FIPS codes: "21125"
	name  string // as written: "Laurel County", "Orleans Parish"
	aland float64
	point orb.Point // the Census internal point (INTPTLAT, INTPTLONG)
}

// readCensusCounties reads the county gazetteer: tab-separated with a
// header line, every line padded with trailing spaces.
func readCensusCounties(name string) ([]censusCounty, error) {
	var out []censusCounty
	err := readTSVFile(name, 10, func(r tsvRow) error {
		f := r.fields
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "USPS" {
			return nil // the header line
		}
		aland, err := strconv.ParseFloat(f[4], 64)
		if err != nil || aland < 0 {
			return r.errorf("bad ALAND %q", f[4])
		}
		lat, err1 := strconv.ParseFloat(f[8], 64)
		lon, err2 := strconv.ParseFloat(f[9], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return r.errorf("bad internal point %q %q", f[8], f[9])
		}
		out = append(out, censusCounty{state: f[0], geoid: f[1], name: f[3], aland: aland, point: orb.Point{lon, lat}})
		return nil
	})
	return out, err
}
