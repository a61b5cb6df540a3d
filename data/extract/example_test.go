package extract_test

import (
	"fmt"
	"strings"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/geo"
)

func ExampleExtractor_Extract() {
	g, err := geo.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	file := " date 2020-11-07 Armenia said Azerbaijani forces shelled Stepanakert overnight. " +
		"Azerbaijan's Defense Ministry denied the claims.\n"
	a, err := article.ReadArticle("example.txt", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	events, places := extract.NewExtractor(g).Extract(a)
	for _, e := range events {
		fmt.Printf("%s at %s (%s), %s to %s\n", e.Type, e.Place.Name, e.Place.ID,
			e.Window.Start.Format("2006-01-02"), e.Window.End.Format("2006-01-02"))
		fmt.Println("actors:", e.Actors, "claimed by:", e.ClaimedBy, "denied by:", e.DeniedBy)
	}
	for _, p := range places {
		fmt.Printf("%s: %d mention(s)\n", p.Place.Name, len(p.Mentions))
	}
	// Output:
	// attack at Xankandi (geonames:146970), 2020-11-06 to 2020-11-07
	// actors: [Azerbaijani forces Armenia] claimed by: [Armenia] denied by: [Azerbaijan's Defense Ministry]
	// Armenia: 1 mention(s)
	// Xankandi: 1 mention(s)
	// Azerbaijan: 1 mention(s)
}

func ExampleExtractor_ExtractLayers() {
	g, err := geo.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := article.Article{Name: "example.txt", Text: "Shelling hit Stepanakert and Shusha overnight, Armenia said."}
	// The places alone: the event rules and the date tagger are not run.
	events, places := extract.NewExtractor(g).ExtractLayers(a, extract.Places)
	fmt.Println(len(events), "events")
	for _, p := range places {
		fmt.Printf("%s: %d mention(s)\n", p.Place.Name, len(p.Mentions))
	}
	// Output:
	// 0 events
	// Xankandi: 1 mention(s)
	// Şuşa: 1 mention(s)
	// Armenia: 1 mention(s)
}
