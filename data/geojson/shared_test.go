package geojson

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/chronomap/chronomap/data/event"
)

// The events of a layer share what they hold alike, and only that.
func TestImportSharesWhatEventsHoldAlike(t *testing.T) {
	feature := func(coordinates, props string) string {
		return `{"type":"Feature","geometry":` + at(coordinates) + `,"properties":{` + props + `}}`
	}
	ganja := `"place":"Ganja","date":"2020-10-11","source":"a.txt","actors":["Armenia","Azerbaijan"]`
	layer := `{"type":"FeatureCollection","features":[` + strings.Join([]string{
		feature("[46.36,40.68]", ganja),
		feature("[46.36,40.68]", ganja),
		feature("[46.36,40.69]", ganja),                                       // another point
		feature("[46.36,40.68]", strings.Replace(ganja, "Ganja", "Gəncə", 1)), // another name
		feature("[46.36,40.68]", strings.Replace(ganja, "11", "12", 1)),       // another day
	}, ",") + `]}`
	events, err := Import("in.geojson", strings.NewReader(layer))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		what   string
		shared func(a, b *event.Event) bool
		with   []bool // whether event 0 shares it with events 1 to 4
	}{
		{"place", func(a, b *event.Event) bool { return a.Place == b.Place }, []bool{true, false, false, true}},
		{"window", func(a, b *event.Event) bool { return a.Window == b.Window }, []bool{true, true, true, false}},
		{"source", func(a, b *event.Event) bool { return sameString(a.Source, b.Source) }, []bool{true, true, true, true}},
		{"actor", func(a, b *event.Event) bool { return sameString(a.Actors[1], b.Actors[1]) }, []bool{true, true, true, true}},
	}
	for _, tt := range tests {
		for k, want := range tt.with {
			if got := tt.shared(&events[0], &events[k+1]); got != want {
				t.Errorf("events 1 and %d share the %s: %v, want %v", k+2, tt.what, got, want)
			}
		}
	}
}

// sameString says whether a and b are one string in memory.
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b))
}
