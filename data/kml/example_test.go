package kml_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/kml"
	"github.com/chronomap/chronomap/geo"
)

// An event of a week: its Placemark spans the week, in its type's style.
func Example() {
	var b strings.Builder
	w := kml.NewWriter(&b)
	w.WriteEvents(event.Event{ID: "a.txt#1", Source: "a.txt", Type: event.Clash,
		Place:    &geo.Place{Name: "Hilltown", Point: orb.Point{45.3321, 39.7612}},
		Window:   eventtest.Window("2020-11-02", "2020-11-08", dates.Week),
		Sentence: "Fighting went on last week."})
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	_, placemark, _ := strings.Cut(b.String(), "<Placemark>\n")
	placemark, _, _ = strings.Cut(placemark, "<ExtendedData>")
	os.Stdout.WriteString(placemark)
	// Output:
	// <name>Clash · Hilltown</name>
	// <description>Fighting went on last week. (Source: a.txt)</description>
	// <TimeSpan><begin>2020-11-02T00:00:00Z</begin><end>2020-11-08T23:59:59Z</end></TimeSpan>
	// <styleUrl>#clash</styleUrl>
}
