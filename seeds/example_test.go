package seeds_test

import (
	"fmt"

	"github.com/chronomap/chronomap/seeds"
)

func Example() {
	articles, err := seeds.Articles()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range articles {
		published := "undated"
		if a.Published != nil {
			published = a.Published.Format("2006-01-02")
		}
		fmt.Println(a.Name, published)
	}
	// Output:
	// 000_0c9996e1b47d4323.txt 2020-11-07
	// 001_041865ae3648969e.txt undated
	// 002_bc799acba1ccdee3.txt 2020-10-13
}
