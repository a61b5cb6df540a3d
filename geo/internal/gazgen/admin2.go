package main

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// Second-level divisions (counties, districts, rayons) are named in news
// mostly with their designation: "Laurel County", "Afrin District", "Bakhmut
// Raion". Their bare names are those of their seats, or of nothing a reader
// would think of first ("Laurel", "Hall"), so only the designated forms are
// names here: a bare county name must not outrank the town of that name.
//
// GeoNames' admin2Codes.txt has no coordinates. US counties come from the
// Census county gazetteer, with its internal point, and take the GeoNames
// id where one matches; elsewhere a division is put at its seat (a PPLA2 in
// it), else at its most populous town, joined by the towns' admin2 code.

// admin2 is a row of admin2Codes.txt.
type admin2 struct {
	key       string // "US.KY.125": country, admin1 and admin2 codes
	cc        string
	admin1Key string // "US.KY"
	name      string
	ascii     string
	geonameID int
}

// readAdmin2 reads admin2Codes.txt into a map by key.
func readAdmin2(name string) (map[string]*admin2, error) {
	out := map[string]*admin2{}
	err := readTSVFile(name, 4, func(r tsvRow) error {
		f := r.fields
		parts := strings.Split(f[0], ".")
		if len(parts) != 3 || parts[0] == "" || parts[2] == "" {
			return r.errorf("bad key %q", f[0])
		}
		id, err := strconv.Atoi(f[3])
		if err != nil || id <= 0 {
			return r.errorf("bad geonameid %q", f[3])
		}
		out[f[0]] = &admin2{key: f[0], cc: parts[0], admin1Key: parts[0] + "." + parts[1], name: f[1], ascii: f[2], geonameID: id}
		return nil
	})
	return out, err
}

// usCounties makes a place of every county of the Census gazetteer in a US
// state: its name as the Census writes it, at its internal point, with the
// GeoNames id of the admin2Codes row of the same state and county code (else
// of the same state and folded name; else census:GEOID) and that row's names.
// Its population is that of its towns, a lower bound. Puerto Rico's
// municipios are GeoNames' first-level divisions of PR already, and a county
// named like its state (the District of Columbia) would only repeat it.
func usCounties(counties []censusCounty, admin2s map[string]*admin2, admin1s map[string]*admin1, towns map[string][]*city) []*geo.Place {
	byName := map[string]*admin2{}
	for _, k := range slices.Sorted(maps.Keys(admin2s)) {
		a := admin2s[k]
		if a.cc == "US" {
			byName[a.admin1Key+"|"+text.Fold(a.name)] = a
		}
	}
	var out []*geo.Place
	for _, c := range counties {
		state := admin1s["US."+c.state]
		if state == nil || text.Fold(c.name) == text.Fold(state.name) || len(c.geoid) != 5 {
			continue
		}
		key := "US." + c.state + "." + c.geoid[2:]
		a := admin2s[key]
		if a == nil {
			a = byName["US."+c.state+"|"+text.Fold(c.name)]
		}
		p := &geo.Place{
			ID: "census:" + c.geoid, Name: c.name, Kind: geo.Region, Feature: "ADM2",
			Country: "US", Admin1: state.name, Point: c.point,
		}
		var names []string
		if a != nil {
			p.ID = geonamesID(a.geonameID)
			names = append(names, a.name, a.ascii)
			key = a.key
		}
		p.Population = totalPopulation(towns[key])
		var before, after altStats
		p.AltNames = cleanAltNames(p.Name, names, &before, &after)
		out = append(out, p)
	}
	return out
}

// admin2Designations are what English news call each country's
// second-level divisions, first the usual word. Countries whose divisions
// go by their bare names (the United Kingdom's counties, France's
// departments) or by words English seldom uses are not listed, and their
// divisions are left out for now.
var admin2Designations = map[string][]string{
	"AF": {"District"}, "BD": {"District"}, "IN": {"District"}, "IQ": {"District"}, "IR": {"County"},
	"LB": {"District"}, "MM": {"District"}, "PK": {"District"}, "RU": {"District", "Rayon"},
	"SO": {"District"}, "SY": {"District"}, "TR": {"District"}, "UA": {"Raion", "Rayon", "District"},
	"YE": {"District"}, "KZ": {"District"}, "UZ": {"District"}, "ET": {"Zone"}, "ML": {"Cercle"},
	"NE": {"Department"}, "BF": {"Province"}, "GH": {"District"}, "KE": {"District"},
	"CD": {"Territory"}, "NG": {"LGA", "Local Government Area"}, "CM": {"Department"}, "TD": {"Department"},
	"TZ": {"District"}, "MZ": {"District"},
}

// admin2Suffixes and admin2Prefixes are the designations GeoNames writes in
// second-level names, in English and in the local forms it uses
// ("Kuluncak İlçesi", "Shahrestān-e Dehlorān", "Caza de Tyr").
var (
	admin2Suffixes = []string{"District", "Rayon", "Raion", "County", "Zone", "Cercle", "Department", "Province",
		"Division", "İlçesi", "Ilcesi", "Tumani", "sub-county", "Territory", "LGA", "Local Government Area"}
	admin2Prefixes = []string{"Shahrestān-e ", "Shahrestan-e ", "Caza de ", "Cercle de ", "Province du ", "Province de la ",
		"Province de l'", "Province de ", "Département de ", "Departement de ", "Qada ", "Rayon ", "District of "}
)

// bareAdmin2Name strips the designation GeoNames writes in a second-level
// name, or returns "" if what is left would mean nothing alone.
func bareAdmin2Name(name string) string {
	for _, p := range admin2Prefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			name = rest
			break
		}
	}
	name = stripDesignation(name, admin2Suffixes)
	if hasDesignation(name, admin2Suffixes) || slices.Contains(admin2Suffixes, name) {
		return ""
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if notBareWords[strings.ToLower(last)] && !strings.Contains(name, " ") {
		return ""
	}
	return name
}

// endsWithDesignation says whether a name ends with a designation word
// that stripDesignation would not remove ("Ketu North District").
func endsWithDesignation(name string) bool {
	return slices.ContainsFunc(admin2Suffixes, func(w string) bool { return strings.HasSuffix(name, " "+w) })
}

// designatedAdmin2Names are a division's names with its country's
// designations ("Afrin District"; "Bakhmut Raion", "Bakhmut Rayon",
// "Bakhmut District"), the first the preferred one, or nil for a country
// without designations.
func designatedAdmin2Names(a *admin2) []string {
	words := admin2Designations[a.cc]
	var out []string
	for _, n := range []string{a.name, a.ascii} {
		bare := bareAdmin2Name(n)
		if bare == "" || len(words) == 0 {
			continue
		}
		if endsWithDesignation(bare) {
			out = append(out, bare) // "Ketu North District": designated already
			continue
		}
		for _, w := range words {
			out = append(out, bare+" "+w)
		}
	}
	return out
}

// otherAdmin2s makes a place of every second-level division outside the US
// in a country with designations (admin2Designations) that has a seat: the
// most populous PPLA2 in it, else its most populous town, else the town of
// its first-level division it is named after (few GeoNames towns outside
// the US and Europe carry an admin2 code, but districts are mostly named
// after their seats: Afrin District and Afrin). It says how many it left
// out for want of a seat.
func otherAdmin2s(admin2s map[string]*admin2, admin1s map[string]*admin1, towns, admin1Towns map[string][]*city) ([]*geo.Place, int) {
	var out []*geo.Place
	noTown := 0
	for _, k := range slices.Sorted(maps.Keys(admin2s)) {
		a := admin2s[k]
		if a.cc == "US" {
			continue
		}
		names := designatedAdmin2Names(a)
		if len(names) == 0 {
			continue
		}
		seat := admin2Seat(towns[k])
		if seat == nil {
			seat = namesakeSeat(a, admin1Towns[a.admin1Key])
		}
		if seat == nil {
			noTown++
			continue
		}
		p := &geo.Place{
			ID: geonamesID(a.geonameID), Name: names[0], Kind: geo.Region, Feature: "ADM2",
			Country: a.cc, Point: seat.Point, Population: totalPopulation(towns[k]),
		}
		if a1 := admin1s[a.admin1Key]; a1 != nil {
			p.Admin1 = a1.name
		}
		var before, after altStats
		p.AltNames = cleanAltNames(p.Name, names[1:], &before, &after)
		out = append(out, p)
	}
	return out, noTown
}

// admin2Seat is the most populous PPLA2 among a division's towns, else its
// most populous town (the lower geonameid on a tie), or nil.
func admin2Seat(cs []*city) *city {
	var best *city
	rank := func(c *city) int {
		if c.Feature == "PPLA2" {
			return 1
		}
		return 0
	}
	for _, c := range cs {
		if best == nil || rank(c) > rank(best) || rank(c) == rank(best) &&
			(c.Population > best.Population || c.Population == best.Population && c.geonameID < best.geonameID) {
			best = c
		}
	}
	return best
}

// namesakeSeat is the most populous of a first-level division's towns whose
// name or alternate name folds like the bare name of a second-level
// division in it, or nil.
func namesakeSeat(a *admin2, cs []*city) *city {
	bare := map[string]bool{}
	for _, n := range []string{a.name, a.ascii} {
		if b := bareAdmin2Name(n); b != "" {
			bare[text.Fold(b)] = true
		}
	}
	var best *city
	for _, c := range cs {
		if !bare[text.Fold(c.Name)] && !slices.ContainsFunc(c.AltNames, func(n string) bool { return bare[text.Fold(n)] }) {
			continue
		}
		if best == nil || c.Population > best.Population || c.Population == best.Population && c.geonameID < best.geonameID {
			best = c
		}
	}
	return best
}

// buildAdmin2 makes the second-level divisions: US counties and the
// designated divisions of other countries.
func buildAdmin2(in inputs, admin1s map[string]*admin1, cities map[int]*city, counties []censusCounty) ([]*geo.Place, error) {
	admin2s, err := readAdmin2(in.geonames("admin2Codes.txt"))
	if err != nil {
		return nil, err
	}
	towns, admin1Towns := map[string][]*city{}, map[string][]*city{}
	for _, id := range sortedKeys(cities) {
		c := cities[id]
		if c.admin2Key != "" {
			towns[c.admin2Key] = append(towns[c.admin2Key], c)
		}
		if c.admin1Key != "" {
			admin1Towns[c.admin1Key] = append(admin1Towns[c.admin1Key], c)
		}
	}
	us := usCounties(counties, admin2s, admin1s, towns)
	withID := 0
	for _, p := range us {
		if strings.HasPrefix(p.ID, "geonames:") {
			withID++
		}
	}
	other, noTown := otherAdmin2s(admin2s, admin1s, towns, admin1Towns)
	in.logf("second-level divisions: %d US counties (%d with a GeoNames id), %d elsewhere (%d left out without a seat)",
		len(us), withID, len(other), noTown)
	return slices.Concat(us, other), nil
}
