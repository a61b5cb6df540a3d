package workspace

import (
	"context"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// TestLayerKeepsWhatItsRecordsSaid checks that the columns of an imported
// CSV file that no field of its events holds (event.Extra) survive the
// workspace, for an export back.
func TestLayerKeepsWhatItsRecordsSaid(t *testing.T) {
	w, path := create(t)
	said := []event.Attribute{{Name: "disorder_type", Value: "Political violence"}, {Name: "inter1", Value: "1"}}
	layer := Layer{Path: "/data/acled.csv", Events: []event.Event{
		{ID: "RUR1", Source: "acled.csv", Type: event.Clash, Place: barda, Extra: &event.Extra{Attributes: said}}}}
	if err := w.AddLayer(layer); err != nil {
		t.Fatal(err)
	}
	w.Close()
	w = reopen(t, path, "reopened read-only though closed")
	layers, err := w.Layers(context.Background())
	if err != nil || len(layers) != 1 || len(layers[0].Events) != 1 {
		t.Fatalf("layers %+v, %v", layers, err)
	}
	if x := layers[0].Events[0].Extra; x == nil || !slices.Equal(x.Attributes, said) {
		t.Errorf("the event keeps %+v, want %+v", x, said)
	}
}
