package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/geo"
)

// inputs are the files the gazetteer is built from.
type inputs struct {
	data   string    // the shared data folder, with geonames/ and naturalearth/
	tables string    // the folder of countries.tsv, demonyms.tsv, curated.tsv, world.tsv and apabbrev.tsv
	stats  io.Writer // where to report counts, or nil
}

func defaultInputs(root string) inputs {
	return inputs{
		data:   filepath.Join(root, "..", "shared", "data"),
		tables: filepath.Join(root, "geo", "internal", "gazgen"),
	}
}

func (in inputs) geonames(name string) string {
	return filepath.Join(in.data, "geonames", name)
}

func (in inputs) naturalEarth(name string) string {
	return filepath.Join(in.data, "naturalearth", "10m", name+".geojson.gz")
}

func (in inputs) logf(format string, args ...any) {
	if in.stats != nil {
		fmt.Fprintf(in.stats, format+"\n", args...)
	}
}

// generate builds the gazetteer file.
func generate(in inputs) ([]byte, error) {
	places, demonyms, err := collect(in)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(places, func(a, b *geo.Place) int { return strings.Compare(a.ID, b.ID) })
	for i := 1; i < len(places); i++ {
		if places[i].ID == places[i-1].ID {
			return nil, fmt.Errorf("two places with ID %s: %s and %s", places[i].ID, places[i-1].Name, places[i].Name)
		}
	}
	g := geo.New(places, demonyms)
	var buf bytes.Buffer
	if _, err := g.WriteTo(&buf); err != nil {
		return nil, err
	}
	in.logf("places %d, demonyms %d, file %d bytes", g.Len(), len(demonyms), buf.Len())
	return buf.Bytes(), nil
}

// collect reads every source into places and demonyms.
func collect(in inputs) ([]*geo.Place, map[string]string, error) {
	admin1, err := readAdmin1(in.geonames("admin1CodesASCII.txt"))
	if err != nil {
		return nil, nil, err
	}
	cities, err := readCities(in, admin1)
	if err != nil {
		return nil, nil, err
	}
	countries, shapes, err := readCountries(in, cities)
	if err != nil {
		return nil, nil, err
	}
	counties, err := readCensusCounties(in.dataFile("census", "2018_Gaz_counties_national.txt"))
	if err != nil {
		return nil, nil, err
	}
	regions, err := buildRegions(in, admin1, cities, counties, shapes)
	if err != nil {
		return nil, nil, err
	}
	if err := addAPAbbreviations(in, regions); err != nil {
		return nil, nil, err
	}
	admin2s, err := buildAdmin2(in, admin1, cities, counties)
	if err != nil {
		return nil, nil, err
	}
	world, err := readWorld(in)
	if err != nil {
		return nil, nil, err
	}
	in.logf("world: %d continents and oceans; %d towns' alternate names that are theirs dropped", len(world), dropWorldAltNames(cities, world))
	features, err := readNaturalEarth(in, shapes, supersededKeys(world))
	if err != nil {
		return nil, nil, err
	}
	curated, err := readCurated(in, countries, cities, regions)
	if err != nil {
		return nil, nil, err
	}
	demonyms, err := readDemonyms(in, filepath.Join(in.tables, "demonyms.tsv"), countries)
	if err != nil {
		return nil, nil, err
	}
	places := make([]*geo.Place, 0, len(cities)+len(countries)+len(regions))
	for _, c := range cities {
		places = append(places, c.Place)
	}
	for _, c := range countries {
		places = append(places, c)
	}
	places = slices.Concat(places, regions, admin2s, world, features, curated)
	return places, demonyms, nil
}

// dataFile is a file of the shared data folder outside geonames/ and
// naturalearth/: countries/, dspl/, census/.
func (in inputs) dataFile(dir, name string) string {
	return filepath.Join(in.data, dir, name)
}
