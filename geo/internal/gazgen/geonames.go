package main

import (
	"archive/zip"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// admin1 is a first-level division from admin1CodesASCII.txt.
type admin1 struct {
	key       string // "AZ.61": country code + "." + admin1 code
	name      string
	ascii     string
	geonameID int
}

// readAdmin1 reads admin1CodesASCII.txt into a map by key ("AZ.61").
func readAdmin1(name string) (map[string]*admin1, error) {
	out := map[string]*admin1{}
	err := readTSVFile(name, 4, func(r tsvRow) error {
		id, err := strconv.Atoi(r.fields[3])
		if err != nil || id <= 0 {
			return r.errorf("bad geonameid %q", r.fields[3])
		}
		out[r.fields[0]] = &admin1{key: r.fields[0], name: r.fields[1], ascii: r.fields[2], geonameID: id}
		return nil
	})
	return out, err
}

// city is a populated place from the GeoNames cities files.
type city struct {
	*geo.Place
	geonameID int
	admin1Key string   // "AZ.61", "" if the row has no admin1 code
	admin2Key string   // "US.KY.125", "" if the row has no admin1 or admin2 code
	names     []string // asciiname and alternate names, before cleaning
}

// readCities reads cities500 and then cities15000, whose rows replace those
// of cities500 with the same geonameid (it is the newer dump); the alternate
// names of both are kept. Alternate names are cleaned (see cleanAltNames).
func readCities(in inputs, admin1s map[string]*admin1) (map[int]*city, error) {
	cities := map[int]*city{}
	add := func(r tsvRow) error {
		c, err := parseCity(r, admin1s)
		if err != nil {
			return err
		}
		if old := cities[c.geonameID]; old != nil {
			c.names = append(c.names, old.names...)
		}
		cities[c.geonameID] = c
		return nil
	}
	if err := readGzipTSV(in.geonames("cities500.txt.gz"), add); err != nil {
		return nil, err
	}
	if err := readZipTSV(in.geonames("cities15000.zip"), add); err != nil {
		return nil, err
	}
	var before, after altStats
	for _, c := range cities {
		c.AltNames = cleanAltNames(c.Name, c.names, &before, &after)
	}
	in.logf("cities %d; alternate names %d (%d bytes) before cleaning, %d (%d bytes) after",
		len(cities), before.names, before.bytes, after.names, after.bytes)
	return cities, nil
}

// The 19 columns of the GeoNames main table.
const (
	colID = iota
	colName
	colASCII
	colAltNames
	colLat
	colLon
	colClass
	colCode
	colCountry
	colCC2
	colAdmin1
	colAdmin2
	colAdmin3
	colAdmin4
	colPopulation
	numGeonamesCols = 19
)

func parseCity(r tsvRow, admin1s map[string]*admin1) (*city, error) {
	f := r.fields
	id, err := strconv.Atoi(f[colID])
	if err != nil || id <= 0 {
		return nil, r.errorf("bad geonameid %q", f[colID])
	}
	lat, err1 := strconv.ParseFloat(f[colLat], 64)
	lon, err2 := strconv.ParseFloat(f[colLon], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return nil, r.errorf("bad coordinates %q %q", f[colLat], f[colLon])
	}
	pop := 0
	if f[colPopulation] != "" {
		if pop, err = strconv.Atoi(f[colPopulation]); err != nil || pop < 0 {
			return nil, r.errorf("bad population %q", f[colPopulation])
		}
	}
	if f[colClass] != "P" {
		return nil, r.errorf("feature class %q, want P (populated place)", f[colClass])
	}
	c := &city{
		Place: &geo.Place{
			ID:         geonamesID(id),
			Name:       f[colName],
			Kind:       geo.City,
			Feature:    f[colCode],
			Country:    f[colCountry],
			Point:      orb.Point{lon, lat},
			Population: pop,
		},
		geonameID: id,
	}
	if f[colAdmin1] != "" {
		c.admin1Key = f[colCountry] + "." + f[colAdmin1]
		if a := admin1s[c.admin1Key]; a != nil {
			c.Admin1 = a.name
		}
		if f[colAdmin2] != "" {
			c.admin2Key = c.admin1Key + "." + f[colAdmin2]
		}
	}
	c.names = append([]string{f[colASCII]}, splitList(f[colAltNames])...)
	return c, nil
}

func geonamesID(id int) string { return "geonames:" + strconv.Itoa(id) }

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func readGzipTSV(name string, fn func(tsvRow) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return readTSV(name, zr, numGeonamesCols, fn)
}

// readZipTSV reads the single member of a GeoNames zip file.
func readZipTSV(name string, fn func(tsvRow) error) error {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return err
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		return fmt.Errorf("%s: %d members, want 1", name, len(zr.File))
	}
	m, err := zr.File[0].Open()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer m.Close()
	return readTSV(name+"/"+zr.File[0].Name, m, numGeonamesCols, fn)
}
