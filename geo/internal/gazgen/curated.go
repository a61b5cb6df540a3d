package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// Curated rows that repeat a GeoNames place are merged into it when they
// lie this close (in metres): a city's point in two sources differs by a
// few hundred metres, a division's label point and its seat by tens of km.
const (
	mergeCityWithin   = 5_000
	mergeRegionWithin = 50_000
)

// curatedKinds are the kinds a curated row may have.
var curatedKinds = map[string]geo.Kind{"city": geo.City, "region": geo.Region, "feature": geo.Feature}

// geonameIDRef finds "geonameid N" in a curated row's reference.
var geonameIDRef = regexp.MustCompile(`geonameid (\d+)`)

// readCurated reads curated.tsv (see its header) and returns its places
// that are new. A city row that repeats a GeoNames city of its country
// within 5 km (same folded name or alternate name, or the city of its
// country that its reference names by geonameid) and a region row that repeats a first-level
// division within 50 km only add their names to that place. A missing file
// is no error: the gazetteer is then built without curated places.
func readCurated(in inputs, countries map[string]*geo.Place, cities map[int]*city, regions []*geo.Place) ([]*geo.Place, error) {
	name := filepath.Join(in.tables, "curated.tsv")
	if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
		in.logf("curated: %s not found, no curated places", name)
		return nil, nil
	}
	citiesIn := map[string][]*geo.Place{}
	for _, id := range sortedKeys(cities) {
		c := cities[id]
		citiesIn[c.Country] = append(citiesIn[c.Country], c.Place)
	}
	regionsIn := map[string][]*geo.Place{}
	for _, r := range regions {
		regionsIn[r.Country] = append(regionsIn[r.Country], r)
	}
	var out []*geo.Place
	ids := map[string]bool{}
	merged := 0
	err := readTSVFile(name, 9, func(r tsvRow) error {
		f := r.fields
		if f[0] == "id" {
			return nil // the header line
		}
		p, err := parseCurated(r, countries)
		if err != nil {
			return err
		}
		if ids[p.ID] {
			return r.errorf("duplicate id %q", f[0])
		}
		ids[p.ID] = true
		var target *geo.Place
		switch p.Kind {
		case geo.City:
			var linked *geo.Place
			if m := geonameIDRef.FindStringSubmatch(field(f, 9)); m != nil {
				if id, err := strconv.Atoi(m[1]); err == nil && cities[id] != nil && cities[id].Country == p.Country {
					linked = cities[id].Place
				}
			}
			target = sameName(p, citiesIn[p.Country], mergeCityWithin, linked)
		case geo.Region:
			target = sameName(p, regionsIn[p.Country], mergeRegionWithin, nil)
		}
		if target != nil {
			var before, after altStats
			target.AltNames = cleanAltNames(target.Name, slices.Concat(target.AltNames, []string{p.Name}, p.AltNames), &before, &after)
			if target.Population == 0 {
				target.Population = p.Population
			}
			merged++
			return nil
		}
		out = append(out, p)
		return nil
	})
	in.logf("curated: %d new places, %d merged into GeoNames places", len(out), merged)
	return out, err
}

// sameName returns the place among candidates within metres of p that
// shares a folded name with it, or linked if that is within metres.
func sameName(p *geo.Place, candidates []*geo.Place, metres float64, linked *geo.Place) *geo.Place {
	if linked != nil && orbgeo.Distance(p.Point, linked.Point) <= metres {
		return linked
	}
	names := map[string]bool{}
	for _, n := range append([]string{p.Name}, p.AltNames...) {
		names[text.Fold(n)] = true
	}
	var best *geo.Place
	bestDist := metres
	for _, c := range candidates {
		d := orbgeo.Distance(p.Point, c.Point)
		if d > bestDist {
			continue
		}
		if names[text.Fold(c.Name)] || slices.ContainsFunc(c.AltNames, func(n string) bool { return names[text.Fold(n)] }) {
			best, bestDist = c, d
		}
	}
	return best
}

func parseCurated(r tsvRow, countries map[string]*geo.Place) (*geo.Place, error) {
	f := r.fields
	id, name, kindName, cc := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2]), strings.TrimSpace(f[3])
	if id == "" || strings.ContainsAny(id, " \t:") {
		return nil, r.errorf("bad id %q (want a slug such as lachin-corridor)", id)
	}
	if name == "" {
		return nil, r.errorf("%s: empty name", id)
	}
	kind, ok := curatedKinds[kindName]
	if !ok {
		return nil, r.errorf("%s: kind %q, want city, region or feature", id, kindName)
	}
	if cc != "" && countries[cc] == nil {
		return nil, r.errorf("%s: unknown country code %q", id, cc)
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(f[4]), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(f[5]), 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return nil, r.errorf("%s: bad coordinates %q %q", id, f[4], f[5])
	}
	pop := 0
	if s := strings.TrimSpace(field(f, 8)); s != "" {
		if pop, err1 = strconv.Atoi(s); err1 != nil || pop < 0 {
			return nil, r.errorf("%s: bad population %q", id, s)
		}
	}
	var alts []string
	for _, a := range splitList(f[6]) {
		if a = strings.TrimSpace(a); a != "" {
			alts = append(alts, a)
		}
	}
	var before, after altStats
	return &geo.Place{
		ID: "curated:" + id, Name: name, AltNames: cleanAltNames(name, alts, &before, &after),
		Kind: kind, Country: cc, Admin1: strings.TrimSpace(f[7]), Point: orb.Point{lon, lat}, Population: pop,
	}, nil
}

// field returns f[i], or "" for a row without that column.
func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}
