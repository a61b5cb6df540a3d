package geo_test

import (
	"fmt"
	"strings"

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

// A user typing the start of a name finds the places with a name, or
// another name, that starts so: Xankandi is also Stepanakert. Those named
// so whole come first: Genç, which is "Gənc" without its accents, before
// Ganja, the larger.
func ExampleGazetteer_Search() {
	g, err := geo.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, typed := range []string{"Stepanak", "nagorno-kar", "Gənc"} {
		var found []string
		for _, p := range g.Search(typed, 3) {
			found = append(found, fmt.Sprintf("%s (%s, %s)", p.Name, p.Kind, p.Country))
		}
		fmt.Printf("%s: %s\n", typed, strings.Join(found, "; "))
	}
	// Output:
	// Stepanak: Xankandi (city, AZ); Xankǝndi (region, AZ); Lachin corridor (feature, AZ)
	// nagorno-kar: Nagorno-Karabakh (region, AZ)
	// Gənc: Genç (city, TR); Ganja (city, AZ); Gǝncǝ (region, AZ)
}
