package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/chronomap/chronomap/data/event"
)

// acledRows is a CSV file in ACLED's layout, its rows made up for the
// test: two good, and one whose latitude is off the Earth.
const acledRows = "event_id_cnty,event_date,event_type,sub_event_type,actor1,iso,admin1,location,latitude,longitude,fatalities\r\n" +
	"RUR1,07 November 2020,Battles,Armed clash,Military Forces of Ruritania,51,Vayots Dzor,Hilltown,39.7612,45.3321,2\r\n" +
	"RUR2,2020-11-08,Explosions/Remote violence,Air/drone strike,Military Forces of Borduria,31,Lowland,Riverside,140.1055,46.9012,4\r\n" +
	"RUR3,2020-11-09,Protests,Peaceful protest,Protesters (Ruritania),51,Capital Province,Old Port,40.1811,44.5136,0\r\n"

// TestLoadOpensACSVFile checks that a CSV file of events opens as a
// layer, as a GeoJSON one does, and that its broken row is left out with
// its line, the others read.
func TestLoadOpensACSVFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"acled.CSV": acledRows})
	path := filepath.Join(dir, "acled.CSV")
	res, err := load([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.events) != 2 || res.collections != 1 || res.articles != 0 {
		t.Fatalf("got %d events from %d layers and %d articles, want 2 from 1 and 0", len(res.events), res.collections, res.articles)
	}
	if e := res.events[0]; e.ID != "RUR1" || e.Type != event.Clash || e.Place.Name != "Hilltown" || e.Place.Country != "AM" || *e.Fatalities != 2 {
		t.Errorf("the first event is %+v at %+v", e, *e.Place)
	}
	if got := res.onMap.events.Placed(); got != 2 {
		t.Errorf("%d of the 2 events are ready for the map", got)
	}
	if len(res.leftOut) != 1 || res.leftOut[0].Error() != path+`: line 3 (id "RUR2"): latitude 140.1055 is outside -90 to 90: the latitude and longitude look swapped` {
		t.Errorf("rows left out: %v", res.leftOut)
	}
	if got := loadedText(res); got != "1 layer, 2 events" {
		t.Errorf("status %q", got)
	}
	if got := problemsTitle(res); got != "Some rows were left out" {
		t.Errorf("the problems' title is %q", got)
	}
}

// TestLoadSkipsACSVFileOfNoEvent checks that a CSV file none of whose rows
// can be read is skipped, its rows listed.
func TestLoadSkipsACSVFileOfNoEvent(t *testing.T) {
	header, _, _ := strings.Cut(acledRows, "\r\n")
	dir := writeFiles(t, map[string]string{
		"a.txt":   " date 2020-11-07\nShelling hit Stepanakert on Saturday.",
		"bad.csv": header + "\r\nX1,someday,Battles,Armed clash,,,,Hilltown,39.76,45.33,2\r\n",
	})
	res, err := load([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "bad.csv")})
	if err != nil {
		t.Fatal(err)
	}
	if res.collections != 0 || len(res.skipped) != 1 || !strings.HasSuffix(res.skipped[0].Error(), "bad.csv: none of its rows could be read") || len(res.leftOut) != 1 {
		t.Errorf("%d layers, skipped %v, rows left out %v", res.collections, res.skipped, res.leftOut)
	}
	if got := problemsTitle(res); got != "Some files were skipped or not read whole" {
		t.Errorf("the problems' title is %q", got)
	}
}

// TestDroppingACSVFileAddsItsEvents checks that a CSV file dropped on the
// window is added as a layer, and that a dialog lists its row left out.
func TestDroppingACSVFileAddsItsEvents(t *testing.T) {
	first := writeFiles(t, map[string]string{"a.txt": shellingText})
	dropped := writeFiles(t, map[string]string{"acled.csv": acledRows})
	w, loop, shown := loadingWindow(t)
	w.open([]string{first})
	waitLoads(t, loop, shown, 1)

	w.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(filepath.Join(dropped, "acled.csv"))})
	waitLoads(t, loop, shown, 2)
	if got, want := w.status.Text, "Added 1 layer, 2 events (3 in all)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	problems := w.win.Canvas().Overlays().Top()
	if problems == nil || !rendersText(problems, "1 row of a CSV file was left out") || !rendersText(problems, `acled.csv: line 3 (id "RUR2")`) {
		t.Error("no dialog lists the row left out")
	}
}
