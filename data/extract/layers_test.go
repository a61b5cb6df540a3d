package extract

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
)

// TestExtractLayers checks that a layer asked for alone is what Extract
// gives of it, and that the other is left out.
func TestExtractLayers(t *testing.T) {
	x := mustExtractor(t)
	published := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	a := article.Article{Name: "layers.txt", Published: &published,
		Text: "Azerbaijani forces shelled Stepanakert overnight, Armenia said. Shusha was hit on Friday."}
	events, places := x.Extract(a)
	if len(events) == 0 || len(places) == 0 {
		t.Fatalf("the test's article gives %d events and %d places; want some of both", len(events), len(places))
	}
	tests := []struct {
		name           string
		want           Layers
		events, places bool
	}{
		{"events alone are Extract's, without places", Events, true, false},
		{"places alone are Extract's, without events", Places, false, true},
		{"both layers are Extract's", Events | Places, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotEvents, gotPlaces := x.ExtractLayers(a, tt.want)
			if tt.events != reflect.DeepEqual(gotEvents, events) || !tt.events && gotEvents != nil {
				t.Errorf("events: got %v, want Extract's: %t", gotEvents, tt.events)
			}
			if tt.places != reflect.DeepEqual(gotPlaces, places) || !tt.places && gotPlaces != nil {
				t.Errorf("places: got %v, want Extract's: %t", gotPlaces, tt.places)
			}
		})
	}
}

// TestBatchLayers checks that a Batch's Results hold the layers it is
// asked for, and both when it is asked for none.
func TestBatchLayers(t *testing.T) {
	tests := []struct {
		name           string
		layers         Layers
		events, places bool
	}{
		{"no layers named means both", 0, true, true},
		{"the events layer alone leaves the places out", Events, true, false},
		{"the places layer alone leaves the events out", Places, false, true},
	}
	published := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	articles := []article.Article{{Name: "a.txt", Published: &published,
		Text: "Azerbaijani forces shelled Stepanakert overnight, Armenia said."}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Batch{Extractor: mustExtractor(t), Layers: tt.layers}
			err := b.RunArticles(context.Background(), articles, func(r Result) error {
				if got := len(r.Events) > 0; got != tt.events {
					t.Errorf("events: %d, want some: %t", len(r.Events), tt.events)
				}
				if got := len(r.Places) > 0; got != tt.places {
					t.Errorf("places: %d, want some: %t", len(r.Places), tt.places)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
