package acled_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/acled"
)

// A file in ACLED's layout (made up), read, and written back with
// Chronomap's columns after ACLED's.
func Example() {
	file := "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,iso,location,latitude,longitude,fatalities\n" +
		"XYZ1,07 November 2020,Battles,Armed clash,Military Forces of Ruritania,1,51,Hilltown,39.7612,45.3321,2\n"
	events, err := acled.Import("fixture.csv", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := events[0]
	fmt.Println(ev.ID, ev.Window.Start.Format(time.DateOnly), ev.Type, ev.Place.Name, ev.Place.Country, *ev.Fatalities)

	var out bytes.Buffer
	w := acled.NewWriter(&out)
	w.WriteEvents(events...)
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	header, row, _ := strings.Cut(strings.TrimPrefix(out.String(), "\ufeff"), "\r\n")
	names, cells := strings.Split(header, ","), strings.Split(strings.TrimSuffix(row, "\r\n"), ",")
	for i, name := range names {
		if strings.Contains(" event_date inter1 iso country location fatalities chronomap_event_type ", " "+name+" ") {
			fmt.Printf("%s=%s ", name, cells[i])
		}
	}
	fmt.Println()
	// Output:
	// XYZ1 2020-11-07 clash Hilltown AM 2
	// event_date=2020-11-07 inter1=1 iso=51 country=Armenia location=Hilltown fatalities=2 chronomap_event_type=clash
}
