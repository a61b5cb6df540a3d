package attrs_test

import (
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/attrs"
)

// A row of ACLED's layout, as a CSV reader hands it over: one set of
// names for the file, values for each row (nil for an empty cell).
func Example() {
	header := attrs.NewNames([]string{"EVENT_ID_CNTY", "EVENT_DATE", "EVENT_TYPE", "SUB_EVENT_TYPE",
		"ACTOR1", "INTER1", "ISO", "LOCATION", "FATALITIES", "NOTES"})
	row := attrs.NewRecord(header, []any{"XYZ1", "07 November 2020", "Battles", "Armed clash",
		"Military Forces of Ruritania", "1", "51", "Hilltown", "2", nil})
	ev, err := attrs.Event("fixture.csv", 0, orb.Point{45.1, 39.2}, row)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.ID, ev.Window.Start.Format(time.DateOnly), ev.Type, ev.ACLEDType().SubEventType)
	fmt.Println(ev.Place.Name, ev.Place.Country, *ev.Fatalities, ev.Actors)
	fmt.Println("kept:", ev.Extra.Attributes)
	// Output:
	// XYZ1 2020-11-07 clash Armed clash
	// Hilltown AM 2 [Military Forces of Ruritania]
	// kept: [{INTER1 1}]
}
