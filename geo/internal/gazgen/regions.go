package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/internal/naturalearth"
	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// buildRegions makes a place for every first-level division of
// admin1CodesASCII.txt, with the English forms news use for it (see
// regionNames) and a point: for a US state the centre of its counties (see
// usStateCentres); elsewhere the Natural Earth label point of its main
// territory (see mainTerritoryPoint), else its seat (the most populous PPLA
// in it), else the centroid of its cities. A division with none of these is
// left out.
func buildRegions(in inputs, admin1s map[string]*admin1, cities map[int]*city, counties []censusCounty, shapes []countryShape) ([]*geo.Place, error) {
	labels, err := admin1LabelPoints(in)
	if err != nil {
		return nil, err
	}
	states := usStateCentres(counties)
	land := countryLandParts(shapes)
	inside := map[string][]*city{}
	for _, id := range slices.Sorted(maps.Keys(cities)) {
		c := cities[id]
		if c.admin1Key != "" {
			inside[c.admin1Key] = append(inside[c.admin1Key], c)
		}
	}
	var out []*geo.Place
	byState, byLabel, bySeat, byCentroid := 0, 0, 0, 0
	var moves []float64 // km each region moved from the first label point of its name
	for _, key := range slices.Sorted(maps.Keys(admin1s)) {
		a := admin1s[key]
		cc, _, _ := strings.Cut(key, ".")
		cs := inside[key]
		p := &geo.Place{
			ID: geonamesID(a.geonameID), Name: a.name, Kind: geo.Region, Feature: "ADM1",
			Country: cc, Admin1: a.name, Population: totalPopulation(cs),
		}
		namesake := namesakeCity(a, cs)
		p.AltNames = regionNames(a, cc, namesake)
		pts := labelPoints(labels[cc], p, namesake)
		if st, ok := states[strings.TrimPrefix(key, "US.")]; ok && cc == "US" {
			p.Point = st
			byState++
		} else if len(pts) > 0 {
			p.Point = mainTerritoryPoint(pts, cityPoints(cs), land[cc])
			byLabel++
		} else if seat := seatCity(cs); seat != nil {
			p.Point = seat.Point
			bySeat++
		} else if len(cs) > 0 {
			p.Point = centroid(cs)
			byCentroid++
		} else {
			in.logf("region %s %s: no point, left out", key, a.name)
			continue
		}
		if len(pts) > 0 {
			moves = append(moves, orbgeo.Distance(pts[0], p.Point)/1000)
		}
		out = append(out, p)
	}
	in.logf("regions %d: %d US states at the centre of their counties, %d at a Natural Earth label point, %d at their seat, %d at the centroid of their cities",
		len(out), byState, byLabel, bySeat, byCentroid)
	in.logf("regions: %s", describeMoves(moves))
	return out, nil
}

// describeMoves sums up how far regions moved from their old point (the first
// label point of their name).
func describeMoves(km []float64) string {
	slices.Sort(km)
	moved := slices.DeleteFunc(slices.Clone(km), func(d float64) bool { return d < 1 })
	if len(moved) == 0 {
		return fmt.Sprintf("none of %d with a label point moved", len(km))
	}
	over := func(limit float64) int {
		n, _ := slices.BinarySearch(moved, limit)
		return len(moved) - n
	}
	return fmt.Sprintf("%d of %d with a label point moved 1 km or more (median %.0f km, %d over 100 km, %d over 500 km, most %.0f km)",
		len(moved), len(km), moved[len(moved)/2], over(100), over(500), moved[len(moved)-1])
}

func cityPoints(cs []*city) []orb.Point {
	out := make([]orb.Point, len(cs))
	for i, c := range cs {
		out[i] = c.Point
	}
	return out
}

// admin1LabelPoints indexes the Natural Earth admin-1 label points by
// country code and folded name. The layer has no GeoNames id, so names are
// what links the two. A name has as many points as its division has polygon
// parts (islands), in the order of the file; mainTerritoryPoint chooses.
func admin1LabelPoints(in inputs) (map[string]map[string][]orb.Point, error) {
	fc, err := naturalearth.Read(in.naturalEarth("ne_10m_admin_1_label_points"))
	if err != nil {
		return nil, err
	}
	out := map[string]map[string][]orb.Point{}
	for _, f := range fc.Features {
		pt, ok := f.Geometry.(orb.Point)
		cc := f.Properties.MustString("iso_a2", "")
		key := text.Fold(f.Properties.MustString("name", ""))
		if !ok || len(cc) != 2 || key == "" {
			continue
		}
		if out[cc] == nil {
			out[cc] = map[string][]orb.Point{}
		}
		out[cc][key] = append(out[cc][key], pt)
	}
	return out, nil
}

// labelPoints finds the label points of a region under the first of its
// names, bare names or the names of the city it is named after that has any.
func labelPoints(labels map[string][]orb.Point, p *geo.Place, namesake *city) []orb.Point {
	names := append([]string{p.Name}, p.AltNames...)
	if namesake != nil {
		names = append(names, namesake.Name)
		names = append(names, namesake.AltNames...)
	}
	for _, n := range names {
		if pts, ok := labels[text.Fold(stripDesignation(n, allDesignations))]; ok {
			return pts
		}
	}
	return nil
}

// namesakeCity is the city a division is named after (Fuzuli District and
// the town of Füzuli): the most populous city in it whose name folds like the
// division's bare name.
func namesakeCity(a *admin1, cs []*city) *city {
	bare := map[string]bool{}
	for _, n := range []string{a.name, a.ascii} {
		bare[text.Fold(stripDesignation(n, allDesignations))] = true
	}
	var best *city
	for _, c := range cs {
		if !bare[text.Fold(c.Name)] && !slices.ContainsFunc(c.AltNames, func(n string) bool { return bare[text.Fold(n)] }) {
			continue
		}
		if best == nil || c.Population > best.Population {
			best = c
		}
	}
	return best
}

// seatCity is the most populous seat of a first-level division (PPLA) in cs.
func seatCity(cs []*city) *city {
	var best *city
	for _, c := range cs {
		if c.Feature == "PPLA" && (best == nil || c.Population > best.Population) {
			best = c
		}
	}
	return best
}

func centroid(cs []*city) orb.Point {
	var lon, lat float64
	for _, c := range cs {
		lon += c.Point.Lon()
		lat += c.Point.Lat()
	}
	return orb.Point{lon / float64(len(cs)), lat / float64(len(cs))}
}

// totalPopulation adds up the populations of the cities of a division: a
// lower bound of its own, enough to rank divisions of one name.
func totalPopulation(cs []*city) int {
	total := 0
	for _, c := range cs {
		total += c.Population
	}
	return total
}

// regionNames derives the English forms of a division's name: its ASCII
// name; its name without a generic designation ("Zangilan District" →
// "Zangilan"); and the bare names, and those of the city it is named after,
// with the designations English news use for that country's divisions
// ("Syunik Province", "Fizuli District").
func regionNames(a *admin1, cc string, namesake *city) []string {
	names := []string{a.ascii}
	bare := []string{stripDesignation(a.name, bareDesignations), stripDesignation(a.ascii, bareDesignations)}
	for _, b := range bare[:2] {
		if short := shortDirection(b); short != "" {
			bare = append(bare, short)
		}
	}
	names = append(names, bare...)
	if namesake != nil {
		bare = append(bare, namesake.Name)
		bare = append(bare, namesake.AltNames...)
	}
	if b := adjectivalBase(a.ascii); b != "" {
		bare = append(bare, b)
	}
	for _, b := range bare {
		if hasDesignation(b, allDesignations) {
			continue
		}
		for _, d := range designations[cc] {
			names = append(names, b+" "+d)
		}
	}
	var before, after altStats
	return cleanAltNames(a.name, names, &before, &after)
}

// shortDirection is the form news give a division named for its direction
// ("Western Darfur" → "West Darfur", "Southern Kordofan" → "South
// Kordofan"), or "" for a name that opens with none or is no more than a
// direction and a designation ("Southern Region").
func shortDirection(name string) string {
	for _, d := range []string{"North", "South", "East", "West"} {
		if rest, ok := strings.CutPrefix(name, d+"ern "); ok && rest != "" && !slices.Contains(allDesignations, rest) {
			return d + " " + rest
		}
	}
	return ""
}

// adjectivalBase turns the transliterated adjectival form GeoNames gives some
// oblasts into the name they are called by in English: "Kharkivs'ka Oblast'"
// → "Kharkiv" (so that "Kharkiv Oblast" and "Kharkiv region" are found). It
// returns "" for other names.
func adjectivalBase(name string) string {
	for _, suffix := range []string{"s'ka Oblast'", "s'ka Oblast", "ska Oblast"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && base != "" {
			return base
		}
	}
	return ""
}

// stripDesignation removes a trailing designation word from a name, unless
// what is left would be a bare direction or the like ("Northern Region").
func stripDesignation(name string, words []string) string {
	for _, w := range words {
		rest, ok := strings.CutSuffix(name, " "+w)
		if !ok {
			continue
		}
		last := rest[strings.LastIndexByte(rest, ' ')+1:]
		if rest == "" || notBareWords[strings.ToLower(last)] {
			return name
		}
		return rest
	}
	return name
}

func hasDesignation(name string, words []string) bool {
	return stripDesignation(name, words) != name
}

// notBareWords end names that mean nothing without their designation.
var notBareWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "capital": true, "autonomous": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "upper": true, "lower": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true, "federal": true,
}

// bareDesignations are the designations whose removal leaves the name news
// use ("Shamkir Rayon" → "Shamkir"). Oblast, Krai, Republic and City are
// kept: "Moscow Oblast" is not what "Moscow" means.
var bareDesignations = []string{"District", "Rayon", "Province", "Governorate", "Region", "Prefecture"}

// allDesignations are removed to compare names with other sources.
var allDesignations = append(slices.Clone(bareDesignations),
	"Oblast", "Oblast'", "Krai", "Kray", "Republic", "City", "County", "State", "Municipality", "Voivodeship",
	"Department", "Canton", "Territory")

// designations are what English news call each country's first-level
// divisions, when that is not already part of the name.
var designations = map[string][]string{
	"AF": {"Province"}, "AM": {"Province"}, "AZ": {"District", "Rayon"}, "BY": {"Region", "Oblast"},
	"CN": {"Province"}, "EG": {"Governorate"}, "GE": {"Region"}, "IQ": {"Governorate", "Province"},
	"IR": {"Province"}, "JO": {"Governorate"}, "KZ": {"Region"}, "KG": {"Region"}, "LB": {"Governorate"},
	"LY": {"District"}, "MD": {"District"}, "PK": {"Province"}, "PS": {"Governorate"},
	"SA": {"Province", "Region"}, "SY": {"Governorate", "Province"}, "TJ": {"Region"}, "TM": {"Region"},
	"TR": {"Province"}, "UA": {"Oblast", "Region"}, "UZ": {"Region"}, "YE": {"Governorate"},
	"IL": {"District"}, "SD": {"State"}, "SS": {"State"}, "NG": {"State"}, "IN": {"State"},
	"ET": {"Region"}, "SO": {"Region"}, "KE": {"County"}, "VN": {"Province"}, "TH": {"Province"},
	"KR": {"Province"}, "KP": {"Province"}, "JP": {"Prefecture"}, "CA": {"Province"}, "ZA": {"Province"},
	"TN": {"Governorate"}, "DZ": {"Province"}, "MA": {"Region"}, "ML": {"Region"}, "NE": {"Region"},
	"BF": {"Region"}, "TD": {"Province"}, "CD": {"Province"}, "CM": {"Region"}, "AO": {"Province"},
	"MZ": {"Province"}, "PL": {"Voivodeship", "Province"}, "RO": {"County"}, "HU": {"County"},
	"HR": {"County"}, "IT": {"Region"}, "FR": {"Region"}, "GR": {"Region"}, "BG": {"Province"},
	"CZ": {"Region"}, "SK": {"Region"}, "CL": {"Region"}, "PE": {"Region"}, "CO": {"Department"},
	"AR": {"Province"}, "MX": {"State"}, "BR": {"State"}, "VE": {"State"}, "US": {"State"},
	"DE": {"State"}, "AT": {"State"}, "AU": {"State"}, "MM": {"Region"}, "KW": {"Governorate"},
	"OM": {"Governorate"}, "BH": {"Governorate"}, "LT": {"County"}, "EE": {"County"}, "NO": {"County"},
	"SE": {"County"}, "IE": {"County"}, "CH": {"Canton"}, "ES": {"Province"}, "PH": {"Region"},
	"ID": {"Province"}, "MY": {"State"}, "BD": {"Division"}, "NP": {"Province"}, "LK": {"Province"},
	"RS": {"District"}, "MN": {"Province"}, "LA": {"Province"}, "KH": {"Province"}, "SN": {"Region"},
	"GH": {"Region"}, "UG": {"District"}, "TZ": {"Region"}, "RW": {"Province"}, "BI": {"Province"},
}
