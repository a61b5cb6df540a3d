package gpkg_test

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/geo"
)

func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.gpkg")

	day := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	shushi := &geo.Place{ID: "geonames:147105", Name: "Shushi", Kind: geo.City, Country: "AZ",
		Point: orb.Point{46.7498912, 39.7600631}}
	w, _ := gpkg.Create(path)
	defer w.Abort()
	w.WriteEvents(event.Event{ID: "a.txt#1", Source: "a.txt", DocDate: &day, Type: event.Attack,
		Place: shushi, Sentence: "Azerbaijani forces shelled Shushi."})
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}

	db, _ := sql.Open("sqlite", path)
	defer db.Close()
	var id, place, kind string
	db.QueryRow("SELECT id, place, place_kind FROM events WHERE fid IN "+
		"(SELECT id FROM rtree_events_geom WHERE minx > 46 AND maxx < 47)").Scan(&id, &place, &kind)
	fmt.Println(id, place, kind)
	// Output:
	// a.txt#1 Shushi city
}
