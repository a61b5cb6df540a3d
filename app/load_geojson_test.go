package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/geojson"
)

func TestLoadOpensAGeoJSONExport(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":         " date 2020-11-07 Shelling hit Stepanakert on Saturday. Talks resumed in Moscow.",
		"broken.json":   `{"type": "Feature"}`,
		"notes.geojson": "not json",
	})
	articles, err := load([]string{filepath.Join(dir, "a.txt")})
	if err != nil || len(articles.events) == 0 {
		t.Fatalf("the article gave %d events, err %v", len(articles.events), err)
	}
	export := filepath.Join(dir, "events.geojson")
	f, err := os.Create(export)
	if err != nil {
		t.Fatal(err)
	}
	if err := geojson.EncodeEvents(f, articles.events); err != nil {
		t.Fatal(err)
	}
	f.Close()

	res, err := load([]string{export})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.events) != len(articles.events) || res.collections != 1 || res.articles != 0 {
		t.Errorf("got %d events from %d GeoJSON files and %d articles, want %d from 1 and 0",
			len(res.events), res.collections, res.articles, len(articles.events))
	}
	// A GeoJSON event always has a place, so a marker.
	if got := res.onMap.events.Placed(); got != len(res.events) {
		t.Errorf("%d of the %d events are ready for the map", got, len(res.events))
	}
	if got, want := loadedText(res), "1 layer, "+counted(len(res.events), "event"); got != want {
		t.Errorf("status %q, want %q", got, want)
	}

	for _, bad := range []string{"broken.json", "notes.geojson"} {
		_, err := load([]string{filepath.Join(dir, bad)})
		if err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("%s: error %v, want one naming the file", bad, err)
		}
	}
}
