package iso3166_test

import (
	"fmt"

	"github.com/chronomap/chronomap/geo/iso3166"
)

func Example() {
	c, _ := iso3166.ByNumeric(51) // ACLED's iso column
	fmt.Println(c.Alpha2, c.Alpha3, c.Name)
	c, _ = iso3166.ByAlpha2("AZ") // a Chronomap place's country
	fmt.Println(c.Numeric, c.Name)
	// Output:
	// AM ARM Armenia
	// 31 Azerbaijan
}
