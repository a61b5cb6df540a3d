package geo

import "github.com/paulmach/orb"

// Kind says what sort of place a Place is.
type Kind uint8

const (
	City    Kind = iota // a populated place: city, town or village
	Region              // an administrative division or a named area
	Country             // a sovereign country or dependent territory
	Feature             // a physical or built feature: lake, river, hill, bridge, road
)

var kindNames = [...]string{City: "city", Region: "region", Country: "country", Feature: "feature"}

// String returns the kind as written in GeoJSON: city, region, country or feature.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Place is one gazetteer entry.
type Place struct {
	ID         string    // stable identifier: "geonames:586523", "curated:lachin-corridor"
	Name       string    // the preferred English name
	AltNames   []string  // other names and spellings, as written in the sources
	Kind       Kind      //
	Feature    string    // GeoNames feature code (PPLC, PPLA, ADM1, PCLI, LK, ...), "" if unknown
	Country    string    // ISO 3166-1 alpha-2 code, "" for places in no single country
	Admin1     string    // name of the first-level division, "" if unknown
	Point      orb.Point // longitude, latitude (WGS84)
	Population int       // 0 if unknown
}
