package app

import (
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/chronomap/chronomap/data/geojson"
)

func clipboard() fyne.Clipboard { return fyne.CurrentApp().Clipboard() }

func TestCopyPutsTheEventAsText(t *testing.T) {
	d := newTestDetails(t)
	d.show(stepanakertReport("a.txt"))
	test.Tap(d.copyText.button)

	want := `Type: Attack
Date: 27 Sep 2020 (to the day)
Place: Stepanakert (Xankandi; city, Karabakh)
Other names: Stepanakert, Khankendi, Ստեփանակերտ
Could also be: —
Country: AZ
Actors: Azerbaijani forces
Claimed by: Armenia
Denied by: Azerbaijan
Fatalities: 2
Injured: 11
Source: a.txt (published 28 Sep 2020)
Sentence: Azerbaijani forces shelled Stepanakert on Sunday, killing 2.
`
	if got := clipboard().Content(); got != want {
		t.Errorf("clipboard =\n%s\nwant\n%s", got, want)
	}
	if d.copyText.button.Text != "Copied" {
		t.Errorf("the button says %q once it copied", d.copyText.button.Text)
	}
	d.show(ganjaReport("b.txt"))
	if d.copyText.button.Text != "Copy" {
		t.Errorf("the button says %q for the next event", d.copyText.button.Text)
	}
}

func TestCopyPutsEachReportOfAMergedEvent(t *testing.T) {
	d := newTestDetails(t)
	d.show(reported(stepanakertReport("a.txt"), stepanakertReport("b.txt")))
	test.Tap(d.copyText.button)

	got := clipboard().Content()
	for _, want := range []string{
		"Source: 2 reports, below\n",
		"\nReport: 27 Sep 2020 · Stepanakert (Xankandi)\n  Source: b.txt (published 28 Sep 2020)\n" +
			"  Sentence: Azerbaijani forces shelled Stepanakert on Sunday, killing 2.\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("clipboard lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "Sentence:"); n != 2 {
		t.Errorf("clipboard has %d sentences, want one a report:\n%s", n, got)
	}
}

func TestCopyAsGeoJSONPutsOneFeature(t *testing.T) {
	d := newTestDetails(t)
	e := stepanakertReport("a.txt")
	d.show(e)
	test.Tap(d.copyGeoJSON.button)

	copied := clipboard().Content()
	var layer struct {
		Type     string
		Features []struct {
			Type     string
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal([]byte(copied), &layer); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, copied)
	}
	if layer.Type != "FeatureCollection" || len(layer.Features) != 1 {
		t.Fatalf("a %s of %d features, want a FeatureCollection of 1", layer.Type, len(layer.Features))
	}
	f := layer.Features[0]
	if f.Type != "Feature" || f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 ||
		f.Geometry.Coordinates[0] != 46.7519 || f.Geometry.Coordinates[1] != 39.8153 {
		t.Errorf("feature %s, geometry %s %v", f.Type, f.Geometry.Type, f.Geometry.Coordinates)
	}
	if f.Properties["place"] != "Xankandi" || f.Properties["sentence"] != e.Sentence {
		t.Errorf("properties place %v, sentence %v", f.Properties["place"], f.Properties["sentence"])
	}

	back, err := geojson.Import("clipboard", strings.NewReader(copied))
	if err != nil || len(back) != 1 {
		t.Fatalf("Import reads back %d events, %v", len(back), err)
	}
	if got := eventPlaceName(back[0]); got != "Stepanakert (Xankandi)" {
		t.Errorf("the event read back is at %q", got)
	}
}

func TestCopyAsGeoJSONNeedsAPlace(t *testing.T) {
	d := newTestDetails(t)
	e := stepanakertReport("a.txt")
	e.Place = nil
	d.show(e)
	if !d.copyGeoJSON.button.Disabled() {
		t.Error("Copy as GeoJSON is enabled for an event without a point")
	}
	d.show(stepanakertReport("a.txt"))
	if d.copyGeoJSON.button.Disabled() {
		t.Error("Copy as GeoJSON stays disabled for an event with a point")
	}
}
