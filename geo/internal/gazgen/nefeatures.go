package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
)

// neLayer is a kind of Natural Earth named feature. Its name is the middle
// part of the IDs of its places ("ne:lake:lake-sevan"), so that an ID tells
// which layers a place comes from.
type neLayer struct {
	name  string
	files []string
	names func(name string, props geojson.Properties) []string // English forms beyond the name
}

var neLayers = []neLayer{
	{"lake", []string{"ne_10m_lakes", "ne_10m_lakes_europe"}, lakeNames},
	{"river", []string{"ne_10m_rivers_lake_centerlines", "ne_10m_rivers_europe"}, riverNames},
	{"sea", []string{"ne_10m_geography_marine_polys"}, seaNames},
	{"region", []string{"ne_10m_geography_regions_polys", "ne_10m_geography_regions_points"}, nil},
	{"peak", []string{"ne_10m_geography_regions_elevation_points"}, peakNames},
}

// neFeatureCodes maps Natural Earth's featurecla to GeoNames feature codes.
var neFeatureCodes = map[string]string{
	"lake": "LK", "alkaline lake": "LKN", "reservoir": "RSV", "river": "STM", "intermittent river": "STMI",
	"lake centerline": "STM", "ocean": "OCN", "sea": "SEA", "gulf": "GULF", "bay": "BAY", "strait": "STRT",
	"sound": "SD", "channel": "CHN", "lagoon": "LGN", "fjord": "FJD", "inlet": "INLT", "reef": "RF",
	"island": "ISL", "island group": "ISLS", "range/mtn": "MTS", "plateau": "PLAT", "desert": "DSRT",
	"pen/cape": "PEN", "peninsula": "PEN", "cape": "CAPE", "coast": "CST", "plain": "PLN", "delta": "DLTA",
	"basin": "BSN", "continent": "CONT", "valley": "VAL", "lowland": "LWLD", "tundra": "TUND",
	"isthmus": "ISTH", "wetlands": "WTLD", "gorge": "GRGE", "foothills": "HLLS", "depression": "DPR",
	"mountain": "MT", "pass": "PASS", "waterfall": "FLLS", "pole": "PT", "geoarea": "AREA",
}

// neAreas are the featurecla values named as areas rather than features.
var neAreas = map[string]bool{"continent": true, "geoarea": true}

// neSkipped are featurecla values that are not places a text would name.
var neSkipped = map[string]bool{"spot elevation": true, "dragons-be-here": true, "generic": true}

// neFeature is one named feature being assembled from a layer's records.
type neFeature struct {
	place  *geo.Place
	bound  orb.Bound
	length float64 // of the longest line so far, for rivers
}

// readNaturalEarth makes places of the named features of each layer. Records
// of one name whose extents touch are one feature (rivers come in many
// segments, and the Europe supplements repeat features of the main layers).
// A feature whose folded name and feature code are in superseded
// ("africa|CONT") is left to the place that supersedes it.
func readNaturalEarth(in inputs, shapes []countryShape, superseded map[string]bool) ([]*geo.Place, error) {
	var out []*geo.Place
	dropped := 0
	for _, layer := range neLayers {
		var feats []*neFeature
		byName := map[string][]*neFeature{}
		for _, file := range layer.files {
			fc, err := naturalearth.Read(in.naturalEarth(file))
			if err != nil {
				return nil, err
			}
			for _, f := range fc.Features {
				cla := strings.ToLower(strings.TrimSpace(f.Properties.MustString("featurecla", "")))
				raw := cleanNEName(f.Properties.MustString("name", ""))
				if raw == "" || neSkipped[cla] || f.Geometry == nil {
					continue
				}
				name := englishName(raw)
				if superseded[text.Fold(name)+"|"+neFeatureCodes[cla]] {
					dropped++
					continue
				}
				pt, length, ok := representativePoint(f.Geometry)
				if !ok {
					continue
				}
				bound := f.Geometry.Bound().Pad(0.1)
				key := text.Fold(name)
				var same *neFeature
				for _, nf := range byName[key] {
					if nf.bound.Intersects(bound) {
						same = nf
						break
					}
				}
				if same != nil {
					same.bound = same.bound.Union(bound)
					if length > same.length {
						same.length, same.place.Point = length, pt
					}
					continue
				}
				kind := geo.Feature
				if neAreas[cla] {
					kind = geo.Region
				}
				names := []string{raw}
				if alt := cleanNEName(f.Properties.MustString("name_alt", "")); alt != "" {
					names = append(names, alt, englishName(alt))
				}
				if layer.names != nil {
					names = append(names, layer.names(name, f.Properties)...)
				}
				var before, after altStats
				nf := &neFeature{
					place: &geo.Place{
						Name: name, AltNames: cleanAltNames(name, names, &before, &after),
						Kind: kind, Feature: neFeatureCodes[cla], Point: pt,
					},
					bound: bound, length: length,
				}
				feats = append(feats, nf)
				byName[key] = append(byName[key], nf)
			}
		}
		seen := map[string]int{}
		for _, nf := range feats {
			p := nf.place
			if layer.name != "sea" && p.Kind == geo.Feature {
				p.Country = countryAt(shapes, p.Point)
			}
			slug := slugify(p.Name)
			seen[slug]++
			if n := seen[slug]; n > 1 {
				slug += "-" + strconv.Itoa(n)
			}
			p.ID = "ne:" + layer.name + ":" + slug
			out = append(out, p)
		}
		in.logf("natural earth %ss: %d", layer.name, len(feats))
	}
	in.logf("natural earth: %d records left to the continents and oceans of world.tsv", dropped)
	return out, nil
}

// representativePoint is where a feature is put: a point as it is, a point
// inside the largest polygon, or the middle of the longest line (whose
// length is returned, to compare the segments of one river).
func representativePoint(g orb.Geometry) (orb.Point, float64, bool) {
	switch g := g.(type) {
	case orb.Point:
		return g, 0, true
	case orb.Polygon, orb.MultiPolygon:
		if p, ok := naturalearth.LargestPolygon(g); ok {
			return naturalearth.InteriorPoint(p), 0, true
		}
	case orb.LineString:
		return midpoint(g), planar.Length(g), len(g) > 0
	case orb.MultiLineString:
		if best, length, ok := naturalearth.Largest(g, func(ls orb.LineString) float64 { return planar.Length(ls) }); ok {
			return midpoint(best), length, true
		}
	}
	return orb.Point{}, 0, false
}

// midpoint is the point half way along a line.
func midpoint(ls orb.LineString) orb.Point {
	half := planar.Length(ls) / 2
	for i := 1; i < len(ls); i++ {
		d := planar.Distance(ls[i-1], ls[i])
		if d >= half && d > 0 {
			t := half / d
			return orb.Point{ls[i-1][0] + t*(ls[i][0]-ls[i-1][0]), ls[i-1][1] + t*(ls[i][1]-ls[i-1][1])}
		}
		half -= d
	}
	return ls[len(ls)-1]
}

// cleanNEName trims a Natural Earth name and collapses its spaces (some
// end in a carriage return, some have double spaces).
func cleanNEName(s string) string { return strings.Join(strings.Fields(s), " ") }

// neAbbreviations are the abbreviations of Natural Earth labels, spelled out.
var neAbbreviations = map[string]string{
	"mts.": "Mountains", "mt.": "Mount", "mtn.": "Mountain", "pk.": "Peak", "pen.": "Peninsula",
	"i.": "Island", "is.": "Islands", "ra.": "Range", "plat.": "Plateau", "cord.": "Cordillera",
	"arch.": "Archipelago", "pt.": "Point", "sd.": "Sound", "str.": "Strait",
}

// englishName spells out abbreviations and gives labels written in capitals
// ("CAUCASUS MTS.") the case of a name ("Caucasus Mountains").
func englishName(s string) string {
	words := strings.Fields(s)
	caps := s == strings.ToUpper(s)
	for i, w := range words {
		if full, ok := neAbbreviations[strings.ToLower(w)]; ok {
			words[i] = full
			continue
		}
		if caps {
			words[i] = titleWord(w, i == 0)
		}
	}
	return strings.Join(words, " ")
}

var lowerWords = map[string]bool{"of": true, "the": true, "and": true, "de": true, "del": true, "la": true, "des": true, "du": true, "da": true, "do": true, "dos": true, "das": true}

func titleWord(w string, first bool) string {
	lw := strings.ToLower(w)
	if !first && lowerWords[lw] {
		return lw
	}
	r, size := utf8.DecodeRuneInString(lw)
	return string(unicode.ToUpper(r)) + lw[size:]
}

// lakeNames adds "Lake X" and "X Lake" for a lake named either way or
// bare, and "X Reservoir" for a bare reservoir.
func lakeNames(name string, props geojson.Properties) []string {
	if rest, ok := strings.CutPrefix(name, "Lake "); ok {
		return []string{rest + " Lake"}
	}
	if rest, ok := strings.CutSuffix(name, " Lake"); ok {
		return []string{"Lake " + rest}
	}
	if strings.Contains(name, " ") {
		return nil // "Mingevir Reservoir", "Ozero Yambuto": already say what they are
	}
	if strings.EqualFold(props.MustString("featurecla", ""), "Reservoir") {
		return []string{name + " Reservoir"}
	}
	return []string{"Lake " + name, name + " Lake"}
}

// seaNames adds "North Atlantic" for "North Atlantic Ocean" and the like:
// the halves of an ocean go without "Ocean" in news. A bare ocean keeps its
// word ("Arctic" alone is the region, not the ocean).
func seaNames(name string, _ geojson.Properties) []string {
	rest, ok := strings.CutSuffix(name, " Ocean")
	if !ok || !strings.HasPrefix(rest, "North ") && !strings.HasPrefix(rest, "South ") {
		return nil
	}
	return []string{rest}
}

// riverNames adds "X River" and "River X" to a river named bare.
func riverNames(name string, _ geojson.Properties) []string {
	if strings.Contains(name, " ") {
		return nil // "Columbia River", "White Sea Canal", "Rio Negro"
	}
	return []string{name + " River", "River " + name}
}

// mountainWords are words that say "mountain" in the languages of Natural
// Earth's peak labels, before or after the name.
var (
	mountainPrefixes = []string{"Mount ", "Mt. ", "Gora ", "Kuh-e ", "Jabal ", "Jebel ", "Gunung ", "Monte ", "Mont ", "Cerro ", "Pico "}
	mountainSuffixes = []string{" Lerr", " Dagi", " Dağı", " Tau", " Shan", " Feng", " Dag"}
)

// peakNames adds "Mount X" and "Mt X" for a peak named "Mount X", "Gora X",
// "X Lerr" and the like.
func peakNames(name string, _ geojson.Properties) []string {
	for _, p := range mountainPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			return []string{"Mount " + rest, "Mt " + rest}
		}
	}
	for _, s := range mountainSuffixes {
		if rest, ok := strings.CutSuffix(name, s); ok {
			return []string{"Mount " + rest, "Mt " + rest}
		}
	}
	return nil
}

// slugify makes the last part of an ID from a name: its folded form with
// hyphens for spaces.
func slugify(name string) string { return strings.ReplaceAll(text.Fold(name), " ", "-") }
