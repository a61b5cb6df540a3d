package iso3166

import (
	_ "embed"
	"strconv"
	"strings"
)

// Country is one row of the table.
type Country struct {
	Alpha2, Alpha3 string
	// Numeric is the numeric code; 0 for Kosovo, which ISO has not
	// coded, as GeoNames and ACLED write it.
	Numeric int
	Name    string // as GeoNames writes it: "Azerbaijan", "Palestinian Territory"
}

//go:embed countries.tsv
var table string

// countries are the rows of the table, indexed by each code and the
// folded name.
var countries = func() (c struct {
	byAlpha2, byName map[string]Country
	byNumeric        map[int]Country
}) {
	c.byAlpha2, c.byName, c.byNumeric = map[string]Country{}, map[string]Country{}, map[int]Country{}
	for line := range strings.Lines(table) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 4 {
			panic("iso3166: countries.tsv: bad row " + strconv.Quote(line))
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			panic("iso3166: countries.tsv: bad numeric code in " + strconv.Quote(line))
		}
		row := Country{Alpha2: f[0], Alpha3: f[1], Numeric: n, Name: f[3]}
		c.byAlpha2[row.Alpha2] = row
		c.byName[strings.ToLower(row.Name)] = row
		c.byNumeric[n] = row
	}
	return c
}()

// ByAlpha2 is the country of the alpha-2 code cc ("AZ"), in upper case.
func ByAlpha2(cc string) (Country, bool) {
	c, ok := countries.byAlpha2[cc]
	return c, ok
}

// ByNumeric is the country of the numeric code n (31 for Azerbaijan).
func ByNumeric(n int) (Country, bool) {
	c, ok := countries.byNumeric[n]
	return c, ok
}

// ByName is the country GeoNames names name, in any case.
func ByName(name string) (Country, bool) {
	c, ok := countries.byName[strings.ToLower(strings.TrimSpace(name))]
	return c, ok
}
