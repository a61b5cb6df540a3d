package geo_test

import (
	"fmt"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// The bundled gazetteer finds a place under the spellings news use.
func ExampleDefault() {
	g, err := geo.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Stepanakert", "Xankəndi", "Shushi", "Gəncə"} {
		p := g.Lookup(text.Fold(name))[0]
		fmt.Printf("%s: %s, %s (%s)\n", name, p.Name, p.Country, p.ID)
	}
	cc, _ := g.Demonym(text.Fold("Azerbaijani"))
	fmt.Println("Azerbaijani:", g.Country(cc).Name)
	// Output:
	// Stepanakert: Xankandi, AZ (geonames:146970)
	// Xankəndi: Xankandi, AZ (geonames:146970)
	// Shushi: Şuşa, AZ (geonames:147105)
	// Gəncə: Ganja, AZ (geonames:586523)
	// Azerbaijani: Azerbaijan
}
