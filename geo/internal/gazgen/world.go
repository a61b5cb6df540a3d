package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// The continents and oceans are what news name most after countries
// ("Africa", "the Atlantic"), and the data files hold them badly: GeoNames'
// cities files have no continents or oceans, only the towns named after
// them (Atlantic, Iowa; Asia in the Philippines), and Natural Earth puts
// them at label positions (the Indian Ocean south of 33° S). world.tsv
// gives them GeoNames' points and a population that ranks them above the
// towns of their names; they replace Natural Earth's features of the same
// name and feature code.

// worldKinds are the kinds a world.tsv row may have.
var worldKinds = map[string]geo.Kind{"region": geo.Region, "feature": geo.Feature}

// readWorld reads world.tsv (see its header).
func readWorld(in inputs) ([]*geo.Place, error) {
	var out []*geo.Place
	err := readTSVFile(filepath.Join(in.tables, "world.tsv"), 9, func(r tsvRow) error {
		if r.fields[0] == "id" {
			return nil // the header line
		}
		p, err := parseWorldRow(r.fields)
		if err != nil {
			return r.errorf("%v", err)
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

func parseWorldRow(f []string) (*geo.Place, error) {
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	id, name, code := f[0], f[1], f[3]
	if !strings.HasPrefix(id, "geonames:") && !strings.HasPrefix(id, "curated:") || strings.ContainsAny(id, " ") {
		return nil, fmt.Errorf("bad id %q (want geonames:N or curated:slug)", id)
	}
	kind, ok := worldKinds[f[2]]
	if !ok {
		return nil, fmt.Errorf("%s: kind %q, want region or feature", id, f[2])
	}
	if name == "" || code != "CONT" && code != "OCN" {
		return nil, fmt.Errorf("%s: name %q, feature %q (want CONT or OCN)", id, name, code)
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return nil, fmt.Errorf("%s: bad coordinates %q %q", id, f[4], f[5])
	}
	pop, err := strconv.Atoi(f[7])
	if err != nil || pop < 0 {
		return nil, fmt.Errorf("%s: bad population %q", id, f[7])
	}
	var alts []string
	for _, a := range splitList(f[6]) {
		alts = append(alts, strings.TrimSpace(a))
	}
	var before, after altStats
	return &geo.Place{
		ID: id, Name: name, AltNames: cleanAltNames(name, alts, &before, &after),
		Kind: kind, Feature: code, Point: orb.Point{lon, lat}, Population: pop,
	}, nil
}

// supersededKeys are the folded names and feature codes of the world rows
// ("africa|CONT"), which the Natural Earth features of that name and code
// give way to.
func supersededKeys(world []*geo.Place) map[string]bool {
	out := map[string]bool{}
	for _, p := range world {
		for _, n := range append([]string{p.Name}, p.AltNames...) {
			out[text.Fold(n)+"|"+p.Feature] = true
		}
	}
	return out
}

// dropWorldAltNames removes from the towns' alternate names those that are
// a continent's or an ocean's names: Mahdia was "Africa" to medieval
// Europeans, and GeoNames lists "Atlantic" and "Pacific" among the other
// names of a few American towns, but an English text that says "Africa" or
// "the Pacific" means the continent or the ocean. A town whose own name it
// is (Atlantic, Iowa) keeps it. It returns how many names it dropped.
func dropWorldAltNames(cities map[int]*city, world []*geo.Place) int {
	names := map[string]bool{}
	for _, p := range world {
		for _, n := range append([]string{p.Name}, p.AltNames...) {
			names[text.Fold(n)] = true
		}
	}
	dropped := 0
	for _, id := range sortedKeys(cities) {
		c := cities[id]
		kept := c.AltNames[:0]
		for _, n := range c.AltNames {
			if names[text.Fold(n)] {
				dropped++
				continue
			}
			kept = append(kept, n)
		}
		c.AltNames = kept
	}
	return dropped
}
