package geojson_test

import (
	"os"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

func ExampleEncodeEvents() {
	day := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	shushi := &geo.Place{ID: "geonames:147105", Name: "Shushi", Kind: geo.City, Country: "AZ",
		Point: orb.Point{46.7498912, 39.7600631}}
	events := []event.Event{{
		ID: "a.txt#1", Source: "a.txt", DocDate: &day, Type: event.Attack, Place: shushi,
		Window:   &dates.Window{Start: day, End: day, Precision: dates.Day},
		Actors:   []string{"Azerbaijani forces"},
		Sentence: "Azerbaijani forces shelled Shushi.", Offset: text.Span{Start: 0, End: 34},
	}}
	geojson.EncodeEvents(os.Stdout, events)
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"type":"Feature","geometry":{"type":"Point","coordinates":[46.749891,39.760063]},"properties":{"id":"a.txt#1","source":"a.txt","doc_date":"2020-11-07","event_date":"2020-11-07","date_start":"2020-11-07","date_end":"2020-11-07","time_precision":1,"event_type":"attack","acled_event_type":"Explosions/Remote violence","acled_sub_event_type":"Shelling/artillery/missile attack","place":"Shushi","place_id":"geonames:147105","country_code":"AZ","admin1":null,"geo_precision":1,"actors":["Azerbaijani forces"],"claimed_by":[],"denied_by":[],"fatalities":null,"injured":null,"sentence":"Azerbaijani forces shelled Shushi.","offset":[0,34],"place_kind":"city","place_offset":[0,0],"date_offset":null,"reports":[],"edited":false,"verified":null,"note":null}}
	// ]}
}

func ExampleNewLineWriter() {
	shushi := &geo.Place{ID: "geonames:147105", Name: "Shushi", Kind: geo.City, Country: "AZ",
		Point: orb.Point{46.7498912, 39.7600631}}
	fw := geojson.NewLineWriter(os.Stdout)
	fw.WritePlaces(event.PlaceMentions{Source: "a.txt", Place: shushi,
		Mentions: []geo.Mention{{Text: "Shushi", Start: 27, End: 33, Confidence: 0.9}}})
	fw.Close()
	// Output:
	// {"type":"Feature","geometry":{"type":"Point","coordinates":[46.749891,39.760063]},"properties":{"source":"a.txt","place":"Shushi","place_id":"geonames:147105","country_code":"AZ","admin1":null,"kind":"city","confidence":0.9,"mentions":[{"text":"Shushi","start":27,"end":33,"confidence":0.9}]}}
}
