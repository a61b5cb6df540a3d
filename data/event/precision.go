package event

import "github.com/chronomap/chronomap/geo"

// GeoPrecision is ACLED's geo_precision of a place of kind k: 1 for a town,
// village or feature, 2 for a region or district, 3 for a country.
func GeoPrecision(k geo.Kind) int {
	switch k {
	case geo.Region:
		return 2
	case geo.Country:
		return 3
	}
	return 1
}
