package geojson

import (
	"context"
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/text/texttest"
	"github.com/chronomap/chronomap/geo"
)

// TestCorpusRoundTrip loads the seeds and the dev corpus as the window
// does, exports all their events, reads them back, and wants every event
// and report as it was.
func TestCorpusRoundTrip(t *testing.T) {
	files := append(texttest.SeedFiles(t), texttest.DevFiles(t)...)
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	batch := extract.Batch{Extractor: extract.NewExtractor(gaz)}
	var reports []event.Event
	err = batch.Run(context.Background(), files, func(r extract.Result) error {
		if r.Err != nil {
			t.Error(r.Err)
		}
		reports = append(reports, r.Events...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := asLoaded(reports)
	got := exportedAndBack(t, want)
	if diff := diffEvents(got, want); diff != "" {
		t.Errorf("read back, the events differ:\n%s", diff)
	}
	t.Logf("%d events of %d reports exported, %d of %d read back", len(want), reportCount(want), len(got), reportCount(got))
}

// reportCount is how many reports events tell, one for each unmerged.
func reportCount(events []event.Event) int {
	n := 0
	for _, e := range events {
		n += max(1, len(e.Reports))
	}
	return n
}
