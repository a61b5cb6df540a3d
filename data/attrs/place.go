package attrs

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/iso3166"
)

// place is where the record's event is, at, named after the most local
// name the record gives.
func (r *Record) place(at orb.Point) (*geo.Place, error) {
	pl := &geo.Place{
		ID:     r.Text("place_id"),
		Name:   r.Text("place", "location", "name", "admin3", "admin2", "admin1", "country"),
		Kind:   geo.City,
		Admin1: r.Text("admin1"),
		Point:  at,
	}
	pl.Country = r.country()
	if v, name := r.Get("place_kind"); v != nil {
		k, ok := geo.ParseKind(asText(v))
		if !ok {
			return nil, fmt.Errorf("%s %s is not country, region, city or feature", name, Shortened(v))
		}
		pl.Kind = k
		// geo_precision then says again what the kind says.
		r.Get("geo_precision")
	} else if v, name := r.Get("geo_precision"); v != nil {
		gp, _ := whole(v)
		k, ok := KindOfPrecision(gp)
		if !ok {
			return nil, fmt.Errorf("%s %s is not 1, 2 or 3", name, Shortened(v))
		}
		pl.Kind = k
	}
	if pl.Name == "" {
		pl.Name = fmt.Sprintf("%.4f, %.4f", at[1], at[0])
	}
	return pl, nil
}

// country is the ISO 3166-1 alpha-2 code of the record's country:
// country_code or iso2; else ACLED's numeric iso, or its country's name.
// The country's name, however spelled, is read with the code it names; a
// number or a name the table does not know is left unread.
func (r *Record) country() string {
	if cc := r.Text("country_code", "iso2"); len(cc) == 2 {
		return strings.ToUpper(cc)
	}
	name := r.lookup("country")
	if i := r.lookup("iso"); i >= 0 {
		if n, ok := whole(r.values[i]); ok {
			if c, ok := iso3166.ByNumeric(n); ok {
				r.markRead(i)
				r.markRead(name)
				return c.Alpha2
			}
		}
	}
	if name >= 0 {
		if c, ok := iso3166.ByName(asText(r.values[name])); ok {
			r.markRead(name)
			return c.Alpha2
		}
	}
	return ""
}
