package toponym_test

import (
	"fmt"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/toponym"
	"github.com/paulmach/orb"
)

func ExampleGeocoder_Analyze() {
	g := geo.New([]*geo.Place{
		{ID: "geonames:587116", Name: "Azerbaijan", Kind: geo.Country, Feature: "PCLI", Country: "AZ",
			Point: orb.Point{47.5, 40.5}, Population: 10000000},
		{ID: "geonames:586523", Name: "Ganja", AltNames: []string{"Gyanja", "Gəncə"}, Kind: geo.City,
			Feature: "PPLA", Country: "AZ", Point: orb.Point{46.36, 40.68}, Population: 330000},
		{ID: "geonames:587084", Name: "Baku", Kind: geo.City, Feature: "PPLC", Country: "AZ",
			Point: orb.Point{49.89, 40.38}, Population: 2000000},
	}, map[string]string{"Azerbaijani": "AZ"})
	c := toponym.NewGeocoder(g)
	doc := text.Read("BAKU, October 4. Azerbaijani officials said Gyanja, the second city of Azerbaijan, was shelled. Baku accused Yerevan.")
	defer doc.Release()
	var an toponym.Analysis
	c.Analyze(doc, &an)
	for _, m := range an.Places {
		fmt.Printf("%d-%d %s → %s (%s)\n", m.Start, m.End, m.Text, m.Place.Name, m.Place.Kind)
	}
	for _, d := range an.Demonyms {
		fmt.Printf("%s → %s\n", d.Text, d.Country)
	}
	// Output:
	// 0-4 BAKU → Baku (city)
	// 44-50 Gyanja → Ganja (city)
	// 71-81 Azerbaijan → Azerbaijan (country)
	// Azerbaijani → AZ
}
