// Package iso3166 holds the country codes of ISO 3166-1 (alpha-2, alpha-3
// and numeric) with the English name GeoNames gives each country: the
// table countries.tsv, made from GeoNames' countryInfo.txt (CC BY 4.0),
// embedded in the binary. ACLED names a country by its numeric code and
// name, Chronomap's places by the alpha-2 code.
package iso3166
